package io.strata.sql.ast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of EXPLAIN AST and EXPLAIN SYNTAX in ClickHouse's shapes.
 * <ul>
 *   <li>AST: one line per node, {@code Name [detail] [(alias a)] [(children n)]}, each level indented by
 *       one space, with ClickHouse's node names (SelectWithUnionQuery, ExpressionList, SelectQuery,
 *       TablesInSelectQuery, Function, Identifier, Literal UInt64_1...).</li>
 *   <li>SYNTAX: the query formatted over several lines: one clause per line, and a clause's list with
 *       more than one element put one element per line, indented by four spaces; ORDER BY elements
 *       spell their direction.</li>
 * </ul>
 */
public final class ExplainFormatter {
    private ExplainFormatter() {
    }

    // ---- EXPLAIN AST ----

    private record Node(String label, List<Node> children) {
        Node(String label) {
            this(label, new ArrayList<>());
        }

        Node add(Node child) {
            children.add(child);
            return this;
        }
    }

    public static List<String> ast(SelectUnion union) {
        List<String> lines = new ArrayList<>();
        render(unionNode(union), 0, lines);
        return lines;
    }

    private static void render(Node n, int depth, List<String> out) {
        out.add(" ".repeat(depth) + n.label() + (n.children().isEmpty() ? "" : " (children " + n.children().size() + ")"));
        for (Node c : n.children()) render(c, depth + 1, out);
    }

    private static Node unionNode(SelectUnion u) {
        Node list = new Node("ExpressionList");
        for (SelectQuery q : u.queries()) list.add(queryNode(q));
        return new Node("SelectWithUnionQuery").add(list);
    }

    private static Node list(List<Expr> exprs) {
        Node n = new Node("ExpressionList");
        for (Expr e : exprs) n.add(exprNode(e));
        return n;
    }

    private static Node queryNode(SelectQuery q) {
        Node n = new Node("SelectQuery");
        if (!q.with().isEmpty()) {
            Node w = new Node("ExpressionList");
            for (WithItem item : q.with()) {
                if (item.table()) {
                    w.add(new Node("WithElement").add(exprNode(item.expr())));
                } else {
                    w.add(withAlias(exprNode(item.expr()), item.name()));
                }
            }
            n.add(w);
        }
        n.add(list(q.select()));
        if (q.from() != null) n.add(new Node("TablesInSelectQuery").add(tableNode(q.from())));
        if (q.prewhere() != null) n.add(exprNode(q.prewhere()));
        if (q.where() != null) n.add(exprNode(q.where()));
        if (q.groupBy() != null) {
            if (q.groupBy().groupingSets() != null) {
                Node sets = new Node("ExpressionList");
                for (List<Expr> s : q.groupBy().groupingSets()) sets.add(list(s));
                n.add(sets);
            } else {
                n.add(list(q.groupBy().exprs()));
            }
        }
        if (q.having() != null) n.add(exprNode(q.having()));
        if (!q.orderBy().isEmpty()) {
            Node o = new Node("ExpressionList");
            for (OrderItem item : q.orderBy()) {
                Node el = new Node("OrderByElement").add(exprNode(item.expr()));
                if (item.fill() != null) {
                    if (item.fill().from() != null) el.add(exprNode(item.fill().from()));
                    if (item.fill().to() != null) el.add(exprNode(item.fill().to()));
                    if (item.fill().step() != null) el.add(exprNode(item.fill().step()));
                }
                o.add(el);
            }
            n.add(o);
        }
        if (q.limitBy() != null) {
            n.add(exprNode(q.limitBy().limit()));
            if (q.limitBy().offset() != null) n.add(exprNode(q.limitBy().offset()));
            n.add(list(q.limitBy().by()));
        }
        if (q.limit() != null) {
            if (q.limit().offset() != null) n.add(exprNode(q.limit().offset()));
            if (q.limit().limit() != null) n.add(exprNode(q.limit().limit()));
        }
        if (!q.settings().isEmpty()) n.add(new Node("Set"));
        return n;
    }

    private static Node tableNode(TableExpr t) {
        return switch (t) {
            case JoinExpr j -> {
                Node left = tableNode(j.left());
                Node right = tableNode(j.right());
                // TablesInSelectQuery holds the elements flat: the left side's, then the joined one
                Node holder = new Node("TablesInSelectQuery");
                if (left.label().equals("TablesInSelectQuery")) holder.children().addAll(left.children());
                else holder.add(left);
                Node joined = right.label().equals("TablesInSelectQuery") ? right.children().get(0) : right;
                joined.children().add(0, new Node("TableJoin"));
                holder.add(joined);
                yield holder;
            }
            case ArrayJoinExpr aj -> {
                Node holder = new Node("TablesInSelectQuery");
                if (aj.source() != null) {
                    Node left = tableNode(aj.source());
                    if (left.label().equals("TablesInSelectQuery")) holder.children().addAll(left.children());
                    else holder.add(left);
                }
                holder.add(new Node("TablesInSelectQueryElement").add(new Node("ArrayJoin").add(list(aj.arrays()))));
                yield holder;
            }
            default -> new Node("TablesInSelectQueryElement").add(tableExpression(t));
        };
    }

    private static Node tableExpression(TableExpr t) {
        Node te = new Node("TableExpression");
        switch (t) {
            case TableRef r -> {
                String name = (r.database() == null ? "" : r.database() + ".") + r.table();
                te.add(withAlias(new Node("TableIdentifier " + name), r.alias()));
                if (r.sample() != null) {
                    te.add(new Node("SampleRatio " + ratio(r.sample().ratio())));
                    if (r.sample().offset() != null) te.add(new Node("SampleRatio " + ratio(r.sample().offset())));
                }
            }
            case TableFunctionRef f -> te.add(withAlias(exprNode(f.function()), f.alias()));
            case SubqueryRef s -> te.add(withAlias(new Node("Subquery").add(unionNode(s.query())), s.alias()));
            default -> te.add(new Node(SqlFormatter.format(t)));
        }
        return te;
    }

    private static String ratio(Expr e) {
        if (e instanceof FunctionCall f && f.name().equals("divide") && f.args().size() == 2) {
            return SqlFormatter.format(f.args().get(0)) + " / " + SqlFormatter.format(f.args().get(1));
        }
        return SqlFormatter.format(e);
    }

    private static Node withAlias(Node n, String alias) {
        if (alias == null) return n;
        return new Node(n.label() + " (alias " + alias + ")", n.children());
    }

    private static Node exprNode(Expr e) {
        return switch (e) {
            case Aliased a -> withAlias(exprNode(a.expr()), a.alias());
            case Identifier id -> new Node("Identifier " + String.join(".", id.parts()));
            case Literal l -> new Node("Literal " + literal(l.value()));
            case Asterisk a -> new Node(a.qualifier() == null ? "Asterisk" : "QualifiedAsterisk");
            case SubqueryExpr s -> new Node("Subquery").add(unionNode(s.query()));
            case Lambda l -> {
                Node args = new Node("ExpressionList");
                for (String p : l.params()) args.add(new Node("Identifier " + p));
                Node tuple = new Node("Function tuple").add(args);
                yield new Node("Function lambda").add(new Node("ExpressionList").add(tuple).add(exprNode(l.body())));
            }
            case FunctionCall f -> {
                Node n = new Node("Function " + f.name());
                n.add(list(f.args()));
                if (f.parameters() != null && !f.parameters().isEmpty()) n.add(list(f.parameters()));
                yield n;
            }
            default -> new Node(e.getClass().getSimpleName() + " " + SqlFormatter.format(e));
        };
    }

    /** ClickHouse's dump of a literal: type and value, {@code UInt64_1}, {@code Int64_-1}, {@code Float64_0.5}, {@code 'a'}. */
    private static String literal(Object v) {
        return switch (v) {
            case null -> "NULL";
            case Long n -> (n >= 0 ? "UInt64_" : "Int64_") + n;
            case BigInteger n -> (n.signum() >= 0 ? "UInt64_" : "Int64_") + n;
            case Double d -> "Float64_" + SqlFormatter.literal(new Literal(d));
            case Boolean b -> "Bool_" + (b ? 1 : 0);
            case String s -> SqlFormatter.quoteString(s);
            case BinaryString b -> b.quoted();
            default -> v.toString();
        };
    }

    // ---- EXPLAIN SYNTAX ----

    public static String syntax(SelectUnion union) {
        StringBuilder sb = new StringBuilder(syntax(union.queries().get(0)));
        for (int i = 0; i < union.modes().size(); i++) {
            String mode = switch (union.modes().get(i)) {
                case UNION_ALL -> "UNION ALL";
                case UNION_DISTINCT -> "UNION DISTINCT";
                case UNION -> "UNION";
                case INTERSECT -> "INTERSECT";
                case INTERSECT_ALL -> "INTERSECT ALL";
                case INTERSECT_DISTINCT -> "INTERSECT DISTINCT";
                case EXCEPT -> "EXCEPT";
                case EXCEPT_ALL -> "EXCEPT ALL";
                case EXCEPT_DISTINCT -> "EXCEPT DISTINCT";
            };
            sb.append('\n').append(mode).append('\n').append(syntax(union.queries().get(i + 1)));
        }
        return sb.toString();
    }

    private static String syntax(SelectQuery q) {
        StringBuilder sb = new StringBuilder();
        if (!q.with().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (WithItem w : q.with()) {
                items.add(w.table() ? SqlFormatter.identifier(w.name()) + " AS " + SqlFormatter.format(w.expr())
                        : SqlFormatter.format(new Aliased(w.expr(), w.name())));
            }
            sb.append(clause("WITH", items)).append('\n');
        }
        String select = "SELECT" + (q.distinct() ? " DISTINCT" : "");
        if (q.distinct() && !q.distinctOn().isEmpty()) select += " ON (" + joined(q.distinctOn()) + ")";
        sb.append(clause(select, formatted(q.select())));
        // FROM and the rest are one-line clauses, as SqlFormatter writes them
        String rest = SqlFormatter.format(SelectQuery.simple(List.of(Literal.of(0)), q.from()));
        if (q.from() != null) sb.append('\n').append(rest.substring("SELECT 0 ".length()));
        if (q.prewhere() != null) sb.append("\nPREWHERE ").append(SqlFormatter.format(q.prewhere()));
        if (q.where() != null) sb.append("\nWHERE ").append(SqlFormatter.format(q.where()));
        if (q.groupBy() != null) {
            GroupBy g = q.groupBy();
            if (g.all()) sb.append("\nGROUP BY ALL");
            else if (g.groupingSets() != null) {
                List<String> sets = new ArrayList<>();
                for (List<Expr> s : g.groupingSets()) sets.add("(" + joined(s) + ")");
                sb.append("\nGROUP BY GROUPING SETS\n    (\n        ").append(String.join(",\n        ", sets)).append("\n    )");
            } else {
                sb.append('\n').append(clause("GROUP BY", formatted(g.exprs())));
            }
            if (g.modifier() != null && g.modifier() != GroupBy.Modifier.NONE) sb.append(" WITH ").append(g.modifier().name());
            if (g.withTotals()) sb.append(" WITH TOTALS");
        }
        if (q.having() != null) sb.append("\nHAVING ").append(SqlFormatter.format(q.having()));
        if (!q.orderBy().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (OrderItem o : q.orderBy()) items.add(orderItem(o));
            sb.append('\n').append(clause("ORDER BY", items));
        }
        if (q.limitBy() != null) {
            String n = (q.limitBy().offset() == null ? "" : SqlFormatter.format(q.limitBy().offset()) + ", ")
                    + SqlFormatter.format(q.limitBy().limit());
            sb.append("\nLIMIT ").append(n).append(' ').append(clause("BY", formatted(q.limitBy().by())));
        }
        if (q.limit() != null) {
            Limit l = q.limit();
            if (l.limit() != null) {
                sb.append("\nLIMIT ").append(l.offset() == null ? "" : SqlFormatter.format(l.offset()) + ", ")
                        .append(SqlFormatter.format(l.limit()));
                if (l.withTies()) sb.append(" WITH TIES");
            } else if (l.offset() != null) {
                sb.append("\nOFFSET ").append(SqlFormatter.format(l.offset()));
            }
        }
        if (!q.settings().isEmpty()) {
            List<String> s = new ArrayList<>();
            q.settings().forEach((k, v) -> s.add(k + " = " + SqlFormatter.format(v)));
            sb.append("\nSETTINGS ").append(String.join(", ", s));
        }
        return sb.toString();
    }

    private static String orderItem(OrderItem o) {
        StringBuilder sb = new StringBuilder(SqlFormatter.format(o.expr())).append(o.descending() ? " DESC" : " ASC");
        if (o.nullsFirst() != null) sb.append(o.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        if (o.collation() != null) sb.append(" COLLATE ").append(SqlFormatter.quoteString(o.collation()));
        if (o.fill() != null) {
            sb.append(" WITH FILL");
            if (o.fill().from() != null) sb.append(" FROM ").append(SqlFormatter.format(o.fill().from()));
            if (o.fill().to() != null) sb.append(" TO ").append(SqlFormatter.format(o.fill().to()));
            if (o.fill().step() != null) sb.append(" STEP ").append(SqlFormatter.format(o.fill().step()));
        }
        return sb.toString();
    }

    private static List<String> formatted(List<Expr> exprs) {
        List<String> out = new ArrayList<>();
        for (Expr e : exprs) out.add(SqlFormatter.format(e));
        return out;
    }

    private static String joined(List<Expr> exprs) {
        return String.join(", ", formatted(exprs));
    }

    /** A keyword and its list: on the same line for one element, else one element per indented line. */
    private static String clause(String keyword, List<String> items) {
        if (items.size() == 1) return keyword + " " + items.get(0);
        return keyword + "\n    " + String.join(",\n    ", items);
    }
}
