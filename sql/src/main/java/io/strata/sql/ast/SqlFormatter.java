package io.strata.sql.ast;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Prints the AST back as SQL, for SHOW CREATE, DESCRIBE's default_expression and stored metadata.
 * Contract: parsing the output gives back an equal AST. To keep that simple every operator operand that
 * is itself an operator gets parentheses, so precedence never has to be reasoned about here.
 */
public final class SqlFormatter {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

    // Words that, unquoted, the parser would read as syntax rather than as a name.
    private static final Set<String> RESERVED = Set.of("ALL", "AND", "ANTI", "ANY", "ARRAY", "AS", "ASC", "ASCENDING", "ASOF",
            "BETWEEN", "CASE", "CAST", "COLLATE", "COLUMNS", "CROSS", "DESC", "DESCENDING", "DISTINCT", "DIV", "ELSE", "END",
            "EXCEPT", "EXISTS", "EXTRACT", "FALSE", "FETCH", "FINAL", "FOR", "FORMAT", "FROM", "FULL", "GLOBAL", "GROUP", "HAVING",
            "ILIKE", "IN", "INF", "INFINITY", "INNER", "INTERSECT", "INTERVAL", "INTO", "IS", "JOIN", "LEFT", "LIKE", "LIMIT", "MOD",
            "NAN", "NOT", "NULL", "NULLS", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PASTE", "PREWHERE", "QUALIFY", "RIGHT", "SAMPLE",
            "SELECT", "SEMI", "SETTINGS", "SUBSTRING", "THEN", "TRIM", "TRUE", "UNION", "USING", "WHEN", "WHERE",
            "WINDOW", "WITH");

    private static final Map<String, String> BINARY_OPERATORS = Map.ofEntries(
            Map.entry("plus", "+"), Map.entry("minus", "-"), Map.entry("multiply", "*"), Map.entry("divide", "/"),
            Map.entry("modulo", "%"), Map.entry("equals", "="), Map.entry("notEquals", "!="), Map.entry("less", "<"),
            Map.entry("greater", ">"), Map.entry("lessOrEquals", "<="), Map.entry("greaterOrEquals", ">="),
            Map.entry("like", "LIKE"), Map.entry("notLike", "NOT LIKE"), Map.entry("ilike", "ILIKE"),
            Map.entry("notILike", "NOT ILIKE"), Map.entry("in", "IN"), Map.entry("notIn", "NOT IN"),
            Map.entry("globalIn", "GLOBAL IN"), Map.entry("globalNotIn", "GLOBAL NOT IN"), Map.entry("concat", "||"));

    private SqlFormatter() {}

    // ---- names and literals ----

    /** A name as SQL: bare when that reads back the same, else in backquotes. */
    public static String identifier(String name) {
        if (PLAIN_IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        return backquote(name);
    }

    /** Always quoted, as SHOW CREATE prints column names. */
    public static String backquote(String name) {
        return "`" + escape(name, '`') + "`";
    }

    /** A string literal with ClickHouse's escaping. */
    public static String quoteString(String s) {
        return "'" + escape(s, '\'') + "'";
    }

    /** The inside of a single-quoted literal: {@link #quoteString} without the quotes. */
    static String escapeQuoted(String s) {
        return escape(s, '\'');
    }

    private static String escape(String s, char quote) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\0' -> sb.append("\\0");
                default -> {
                    if (c == quote) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** A literal as ClickHouse prints it (also used for result column names). */
    public static String literal(Literal literal) {
        return switch (literal.value()) {
            case null -> "NULL";
            case String s -> quoteString(s);
            case BinaryString b -> b.quoted();
            case Double d -> FloatText.format(d);
            case Boolean b -> b ? "true" : "false";
            case Long l -> Long.toString(l);
            case BigInteger b -> b.toString();
            default -> String.valueOf(literal.value());
        };
    }

    // ---- expressions ----

    public static String format(Expr expr) {
        return switch (expr) {
            case Literal l -> literal(l);
            case Identifier id -> qualified(id.parts());
            case Asterisk a -> (a.qualifier() == null ? "*" : qualifiedText(a.qualifier()) + ".*") + exceptText(a.except());
            case ColumnsMatcher m -> (m.qualifier() == null ? "" : qualifiedText(m.qualifier()) + ".") + "COLUMNS(" + quoteString(m.regexp()) + ")"
                    + exceptText(m.except());
            case FunctionCall f -> function(f);
            case Lambda l -> (l.params().size() == 1 ? identifier(l.params().get(0))
                    : "(" + String.join(", ", l.params().stream().map(SqlFormatter::identifier).toList()) + ")") + " -> " + format(l.body());
            case SubqueryExpr s -> "(" + format(s.query()) + ")";
            case QueryParameter p -> "{" + p.name() + ":" + p.type() + "}";
            case Aliased a -> operand(a.expr()) + " AS " + identifier(a.alias());
        };
    }

    private static String qualified(List<String> parts) {
        return String.join(".", parts.stream().map(SqlFormatter::identifier).toList());
    }

    private static String qualifiedText(String dotted) {
        return qualified(List.of(dotted.split("\\.")));
    }

    private static String function(FunctionCall f) {
        List<Expr> args = f.args();
        boolean plain = f.parameters() == null && !f.distinct() && f.over() == null;
        if (plain) {
            String op = BINARY_OPERATORS.get(f.name());
            if (op != null && args.size() == 2) {
                return operand(args.get(0)) + " " + op + " " + operand(args.get(1));
            }
            if ((f.name().equals("and") || f.name().equals("or")) && args.size() >= 2) {
                StringJoiner j = new StringJoiner(f.name().equals("and") ? " AND " : " OR ");
                args.forEach(a -> j.add(operand(a)));
                return j.toString();
            }
            if (args.size() == 1) {
                switch (f.name()) {
                    case "not" -> { return "NOT " + operand(args.get(0)); }
                    case "negate" -> { return "-" + operand(args.get(0)); }
                    case "isNull" -> { return operand(args.get(0)) + " IS NULL"; }
                    case "isNotNull" -> { return operand(args.get(0)) + " IS NOT NULL"; }
                    default -> { }
                }
            }
            if (f.name().equals("arrayElement") && args.size() == 2) {
                return postfixOperand(args.get(0)) + "[" + format(args.get(1)) + "]";
            }
            if (f.name().equals("tupleElement") && args.size() == 2 && args.get(1) instanceof Literal l
                    && l.value() instanceof Long index && index >= 0) {
                return postfixOperand(args.get(0)) + "." + index;
            }
            if (f.name().equals("array")) {
                return "[" + list(args) + "]";
            }
            if (f.name().equals("tuple") && args.size() >= 2) {
                return "(" + list(args) + ")";
            }
        }
        StringBuilder sb = new StringBuilder(functionName(f.name()));
        if (f.parameters() != null) {
            sb.append('(').append(list(f.parameters())).append(')');
        }
        sb.append('(');
        if (f.distinct()) {
            sb.append("DISTINCT ");
        }
        sb.append(list(args)).append(')');
        if (f.over() != null) {
            sb.append(" OVER ").append(f.over().baseWindow() != null && isBare(f.over())
                    ? identifier(f.over().baseWindow()) : "(" + window(f.over()) + ")");
        }
        return sb.toString();
    }

    private static String functionName(String name) {
        // Names that open special syntax (CAST, EXTRACT...) still read back as plain calls when followed by '(',
        // but keywords the parser never accepts as a name must be quoted.
        return PLAIN_IDENTIFIER.matcher(name).matches() ? name : backquote(name);
    }

    private static boolean isBare(WindowSpec w) {
        return w.partitionBy().isEmpty() && w.orderBy().isEmpty() && w.frame() == null;
    }

    private static String list(List<Expr> exprs) {
        StringJoiner j = new StringJoiner(", ");
        exprs.forEach(e -> j.add(format(e)));
        return j.toString();
    }

    /** An operand of an infix or prefix operator: parenthesized unless it binds tighter than any operator. */
    private static String operand(Expr e) {
        return isAtomic(e) ? format(e) : "(" + format(e) + ")";
    }

    private static String postfixOperand(Expr e) {
        return operand(e);
    }

    private static boolean isAtomic(Expr e) {
        return switch (e) {
            case Literal l -> !(l.value() instanceof Number n) || !(n.doubleValue() < 0 || (n instanceof Double d && d == 0 && 1 / d < 0));
            case Identifier i -> true;
            case Asterisk a -> true;
            case ColumnsMatcher m -> true;
            case QueryParameter p -> true;
            case SubqueryExpr s -> true;
            case FunctionCall f -> !isOperatorForm(f) || isPostfixForm(f);
            default -> false;
        };
    }

    private static boolean isPlain(FunctionCall f) {
        return f.parameters() == null && !f.distinct() && f.over() == null;
    }

    /** Whether function() prints the call as an operator rather than as name(args). */
    private static boolean isOperatorForm(FunctionCall f) {
        if (!isPlain(f)) {
            return false;
        }
        int n = f.args().size();
        return (BINARY_OPERATORS.containsKey(f.name()) && n == 2)
                || ((f.name().equals("and") || f.name().equals("or")) && n >= 2)
                || (n == 1 && Set.of("not", "negate", "isNull", "isNotNull").contains(f.name()))
                || isPostfixForm(f);
    }

    private static boolean isPostfixForm(FunctionCall f) {
        return isPlain(f) && f.args().size() == 2 && (f.name().equals("arrayElement")
                || (f.name().equals("tupleElement") && f.args().get(1) instanceof Literal l && l.value() instanceof Long index && index >= 0));
    }

    public static String window(WindowSpec w) {
        StringJoiner j = new StringJoiner(" ");
        if (w.baseWindow() != null) {
            j.add(identifier(w.baseWindow()));
        }
        if (!w.partitionBy().isEmpty()) {
            j.add("PARTITION BY " + list(w.partitionBy()));
        }
        if (!w.orderBy().isEmpty()) {
            j.add("ORDER BY " + orderItems(w.orderBy()));
        }
        if (w.frame() != null) {
            WindowFrame f = w.frame();
            j.add(f.unit().name() + (f.end() == null ? " " + bound(f.start()) : " BETWEEN " + bound(f.start()) + " AND " + bound(f.end())));
        }
        return j.toString();
    }

    private static String bound(WindowFrame.Bound b) {
        return switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
            case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
            case CURRENT_ROW -> "CURRENT ROW";
            case PRECEDING -> operand(b.offset()) + " PRECEDING";
            case FOLLOWING -> operand(b.offset()) + " FOLLOWING";
        };
    }

    static String orderItems(List<OrderItem> items) {
        StringJoiner j = new StringJoiner(", ");
        for (OrderItem item : items) {
            StringBuilder sb = new StringBuilder(format(item.expr()));
            sb.append(item.descending() ? " DESC" : " ASC");
            if (item.nullsFirst() != null) {
                sb.append(item.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
            }
            if (item.collation() != null) {
                sb.append(" COLLATE ").append(quoteString(item.collation()));
            }
            if (item.fill() != null) {
                sb.append(" WITH FILL");
                if (item.fill().from() != null) {
                    sb.append(" FROM ").append(format(item.fill().from()));
                }
                if (item.fill().to() != null) {
                    sb.append(" TO ").append(format(item.fill().to()));
                }
                if (item.fill().step() != null) {
                    sb.append(" STEP ").append(format(item.fill().step()));
                }
            }
            j.add(sb);
        }
        return j.toString();
    }

    // ---- queries ----

    public static String format(SelectUnion union) {
        StringBuilder sb = new StringBuilder(format(union.queries().get(0)));
        for (int i = 0; i < union.modes().size(); i++) {
            sb.append(switch (union.modes().get(i)) {
                case UNION_ALL -> " UNION ALL ";
                case UNION_DISTINCT -> " UNION DISTINCT ";
                case UNION -> " UNION ";
                case INTERSECT -> " INTERSECT ";
                case INTERSECT_DISTINCT -> " INTERSECT DISTINCT ";
                case EXCEPT -> " EXCEPT ";
                case EXCEPT_DISTINCT -> " EXCEPT DISTINCT ";
                case INTERSECT_ALL -> " INTERSECT ALL ";
                case EXCEPT_ALL -> " EXCEPT ALL ";
            }).append(format(union.queries().get(i + 1)));
        }
        return sb.toString();
    }

    public static String format(SelectQuery q) {
        StringBuilder sb = new StringBuilder();
        if (!q.with().isEmpty()) {
            StringJoiner j = new StringJoiner(", ", "WITH ", " ");
            for (WithItem w : q.with()) {
                j.add(w.table() ? identifier(w.name()) + " AS " + format(w.expr()) : operand(w.expr()) + " AS " + identifier(w.name()));
            }
            sb.append(j);
        }
        sb.append("SELECT ");
        if (q.distinct()) {
            sb.append("DISTINCT ");
            if (!q.distinctOn().isEmpty()) {
                sb.append("ON (").append(list(q.distinctOn())).append(") ");
            }
        }
        sb.append(list(q.select()));
        if (q.from() != null) {
            sb.append(from(q.from()));
        }
        if (q.prewhere() != null) {
            sb.append(" PREWHERE ").append(format(q.prewhere()));
        }
        if (q.where() != null) {
            sb.append(" WHERE ").append(format(q.where()));
        }
        if (q.groupBy() != null) {
            sb.append(groupBy(q.groupBy()));
        }
        if (q.having() != null) {
            sb.append(" HAVING ").append(format(q.having()));
        }
        if (!q.windows().isEmpty()) {
            StringJoiner j = new StringJoiner(", ", " WINDOW ", "");
            q.windows().forEach(w -> j.add(identifier(w.name()) + " AS (" + window(w.spec()) + ")"));
            sb.append(j);
        }
        if (q.qualify() != null) {
            sb.append(" QUALIFY ").append(format(q.qualify()));
        }
        if (!q.orderBy().isEmpty()) {
            sb.append(" ORDER BY ").append(orderItems(q.orderBy()));
        }
        if (q.limitBy() != null) {
            sb.append(" LIMIT ").append(format(q.limitBy().limit()));
            if (q.limitBy().offset() != null) {
                sb.append(" OFFSET ").append(format(q.limitBy().offset()));
            }
            sb.append(" BY ").append(list(q.limitBy().by()));
        }
        if (q.limit() != null) {
            Limit l = q.limit();
            if (l.limit() != null) {
                sb.append(" LIMIT ").append(format(l.limit()));
                if (l.offset() != null) {
                    sb.append(" OFFSET ").append(format(l.offset()));
                }
                if (l.withTies()) {
                    sb.append(" WITH TIES");
                }
            } else if (l.offset() != null) {
                sb.append(" OFFSET ").append(format(l.offset()));
            }
        }
        sb.append(settings(q.settings()));
        return sb.toString();
    }

    private static String groupBy(GroupBy g) {
        StringBuilder sb = new StringBuilder(" GROUP BY ");
        if (g.all()) {
            sb.append("ALL");
        } else if (g.groupingSets() != null) {
            StringJoiner j = new StringJoiner(", ", "GROUPING SETS (", ")");
            g.groupingSets().forEach(s -> j.add("(" + list(s) + ")"));
            sb.append(j);
        } else {
            sb.append(list(g.exprs()));
        }
        if (g.modifier() != GroupBy.Modifier.NONE) {
            sb.append(" WITH ").append(g.modifier().name());
        }
        if (g.withTotals()) {
            sb.append(" WITH TOTALS");
        }
        return sb.toString();
    }

    /** " FROM ..." or, for ARRAY JOIN without FROM, just the ARRAY JOIN chain. */
    private static String from(TableExpr from) {
        if (from instanceof ArrayJoinExpr aj && aj.source() == null) {
            return arrayJoin(aj, "");
        }
        if (from instanceof ArrayJoinExpr aj && aj.source() instanceof ArrayJoinExpr inner && rootless(inner)) {
            return arrayJoin(aj, from(inner));
        }
        return " FROM " + format(from);
    }

    private static boolean rootless(ArrayJoinExpr aj) {
        return aj.source() == null || (aj.source() instanceof ArrayJoinExpr inner && rootless(inner));
    }

    private static String arrayJoin(ArrayJoinExpr aj, String left) {
        return left + (aj.left() ? " LEFT" : "") + " ARRAY JOIN " + list(aj.arrays());
    }

    public static String format(TableExpr t) {
        return switch (t) {
            case TableRef r -> (r.database() == null ? "" : identifier(r.database()) + ".") + identifier(r.table()) + alias(r.alias())
                    + (r.isFinal() ? " FINAL" : "")
                    + (r.sample() == null ? "" : " SAMPLE " + format(r.sample().ratio())
                        + (r.sample().offset() == null ? "" : " OFFSET " + format(r.sample().offset())));
            case TableParameterRef p -> format(p.parameter()) + (p.isFinal() ? " FINAL" : "") + alias(p.alias());
            case SubqueryRef s -> "(" + format(s.query()) + ")" + alias(s.alias());
            case TableFunctionRef f -> functionName(f.function().name()) + "(" + list(f.function().args()) + ")" + alias(f.alias());
            case JoinExpr j -> format(j.left()) + join(j) + joinRight(j.right())
                    + (j.on() != null ? " ON " + format(j.on()) : "")
                    + (j.using().isEmpty() ? "" : " USING (" + String.join(", ", j.using().stream().map(SqlFormatter::identifier).toList()) + ")");
            case ArrayJoinExpr aj -> aj.source() == null ? arrayJoin(aj, "").trim() : arrayJoin(aj, format(aj.source()));
        };
    }

    private static String joinRight(TableExpr right) {
        return right instanceof JoinExpr || right instanceof ArrayJoinExpr ? "(" + format(right) + ")" : format(right);
    }

    private static String join(JoinExpr j) {
        return switch (j.kind()) {
            case COMMA -> ", ";
            case CROSS -> " CROSS JOIN ";
            case PASTE -> " PASTE JOIN ";
            default -> " " + (j.global() ? "GLOBAL " : "") + (j.strictness() == JoinStrictness.DEFAULT ? "" : j.strictness().name() + " ")
                    + j.kind().name() + " JOIN ";
        };
    }

    private static String alias(String alias) {
        return alias == null ? "" : " AS " + identifier(alias);
    }

    private static String settings(Map<String, Expr> settings) {
        if (settings.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner(", ", " SETTINGS ", "");
        settings.forEach((k, v) -> j.add(identifier(k) + " = " + format(v)));
        return j.toString();
    }

    private static String table(TableName name) {
        return (name.database() == null ? "" : identifier(name.database()) + ".") + identifier(name.name());
    }

    // ---- statements ----

    public static String format(Statement statement) {
        return switch (statement) {
            case SelectStatement s -> format(s.query())
                    + (s.intoOutfile() == null ? "" : " INTO OUTFILE " + quoteString(s.intoOutfile()))
                    + (s.format() == null ? "" : " FORMAT " + identifier(s.format()))
                    + settings(s.settings());
            case InsertStatement i -> insert(i);
            case FormattedStatement f -> format(f.statement()) + " FORMAT " + identifier(f.format());
            case CreateTableStatement c -> formatCreateTable(c);
            case CreateViewStatement v -> createView(v);
            case CreateDatabaseStatement d -> "CREATE DATABASE " + (d.ifNotExists() ? "IF NOT EXISTS " : "") + identifier(d.name())
                    + (d.engine() == null ? "" : "\nENGINE = " + engine(d.engine(), d.engineArgs()))
                    + (d.comment() == null ? "" : "\nCOMMENT " + quoteString(d.comment()));
            case DropStatement d -> (d.detach() ? "DETACH " : "DROP ") + (d.temporary() ? "TEMPORARY " : "") + d.kind().name() + " "
                    + (d.ifExists() ? "IF EXISTS " : "") + table(d.name()) + (d.permanently() ? " PERMANENTLY" : "") + (d.sync() ? " SYNC" : "");
            case TruncateStatement t -> "TRUNCATE TABLE " + (t.ifExists() ? "IF EXISTS " : "") + table(t.table());
            case RenameStatement r -> "RENAME " + r.kind().name() + " " + String.join(", ",
                    r.pairs().stream().map(p -> table(p.from()) + " TO " + table(p.to())).toList());
            case ExchangeStatement e -> "EXCHANGE TABLES " + table(e.first()) + " AND " + table(e.second());
            case ExistsStatement e -> "EXISTS " + (e.temporary() ? "TEMPORARY " : "") + e.kind().name() + " " + table(e.name());
            case ShowDatabasesStatement s -> "SHOW DATABASES" + like(s.like()) + limit(s.limit());
            case ShowTablesStatement s -> "SHOW " + (s.full() ? "FULL " : "") + (s.temporary() ? "TEMPORARY " : "") + "TABLES"
                    + (s.database() == null ? "" : " FROM " + identifier(s.database())) + like(s.like()) + limit(s.limit());
            case ShowCreateStatement s -> "SHOW CREATE " + s.kind().name() + " " + table(s.name());
            case ShowColumnsStatement s -> "SHOW " + (s.full() ? "FULL " : "") + "COLUMNS FROM " + table(s.table()) + like(s.like()) + limit(s.limit());
            case ShowProcessListStatement s -> "SHOW PROCESSLIST";
            case ShowSettingsStatement s -> "SHOW SETTINGS" + like(s.like());
            case ShowOtherStatement s -> "SHOW " + String.join(" ", s.words().stream().map(SqlFormatter::identifier).toList());
            case DescribeStatement d -> "DESCRIBE TABLE " + format(d.table());
            case UseStatement u -> "USE " + identifier(u.database());
            case SetStatement s -> "SET " + settings(s.settings()).substring(" SETTINGS ".length());
            case ExplainStatement e -> "EXPLAIN " + e.kind().name() + (e.options().isEmpty() ? "" : settings(e.options()).replace(" SETTINGS", ""))
                    + " " + format(e.statement());
            case OptimizeStatement o -> "OPTIMIZE TABLE " + table(o.table()) + partition(o.partition()) + (o.isFinal() ? " FINAL" : "")
                    + (o.deduplicate() ? " DEDUPLICATE" + (o.deduplicateBy().isEmpty() ? "" : " BY " + list(o.deduplicateBy())) : "");
            case AlterTableStatement a -> "ALTER TABLE " + table(a.table()) + " " + String.join(", ", a.commands().stream().map(SqlFormatter::alter).toList())
                    + (a.settings().isEmpty() ? "" : settings(a.settings()));
            case DeleteStatement d -> "DELETE FROM " + table(d.table()) + (d.partition() == null ? "" : " IN" + partition(d.partition()))
                    + " WHERE " + format(d.where()) + (d.settings().isEmpty() ? "" : settings(d.settings()));
            case KillQueryStatement k -> "KILL QUERY WHERE " + format(k.where()) + (k.mode() == null ? "" : " " + k.mode());
            case KillMutationStatement k -> "KILL MUTATION WHERE " + format(k.where()) + (k.mode() == null ? "" : " " + k.mode());
            case SystemStatement s -> "SYSTEM " + String.join(" ", s.words());
            case CheckTableStatement c -> "CHECK TABLE " + table(c.table()) + partition(c.partition());
            case AttachStatement a -> "ATTACH " + a.kind().name() + " " + (a.ifNotExists() ? "IF NOT EXISTS " : "") + table(a.name());
        };
    }

    private static String like(LikeFilter like) {
        return like == null ? "" : (like.negated() ? " NOT" : "") + (like.caseInsensitive() ? " ILIKE " : " LIKE ") + quoteString(like.pattern());
    }

    private static String limit(Expr limit) {
        return limit == null ? "" : " LIMIT " + format(limit);
    }

    private static String partition(PartitionSpec p) {
        if (p == null) {
            return "";
        }
        return p.id() != null ? " PARTITION ID " + quoteString(p.id()) : " PARTITION " + format(p.expr());
    }

    private static String insert(InsertStatement i) {
        StringBuilder sb = new StringBuilder("INSERT INTO ");
        sb.append(i.table() != null ? table(i.table()) : "FUNCTION " + format(new TableFunctionRef(i.tableFunction(), null)));
        if (i.columns() != null) {
            sb.append(" (").append(String.join(", ", i.columns().stream().map(SqlFormatter::identifier).toList())).append(')');
        }
        sb.append(settings(i.settings()));
        if (i.select() != null) {
            sb.append(' ').append(format(i.select()));
        } else if ("Values".equals(i.format())) {
            sb.append(" VALUES");
        } else {
            sb.append(" FORMAT ").append(identifier(i.format()));
        }
        return sb.toString();
    }

    /** One ALTER command as SQL (system.mutations shows mutation commands this way). */
    public static String formatAlterCommand(AlterCommand c) {
        return alter(c);
    }

    private static String alter(AlterCommand c) {
        return switch (c) {
            case AlterCommand.AddColumn a -> "ADD COLUMN " + (a.ifNotExists() ? "IF NOT EXISTS " : "") + column(a.column())
                    + (a.after() != null ? " AFTER " + identifier(a.after()) : a.first() ? " FIRST" : "");
            case AlterCommand.DropColumn d -> "DROP COLUMN " + (d.ifExists() ? "IF EXISTS " : "") + identifier(d.name());
            case AlterCommand.ModifyColumn m -> "MODIFY COLUMN " + (m.ifExists() ? "IF EXISTS " : "") + column(m.column());
            case AlterCommand.RenameColumn r -> "RENAME COLUMN " + (r.ifExists() ? "IF EXISTS " : "") + identifier(r.from()) + " TO " + identifier(r.to());
            case AlterCommand.CommentColumn cc -> "COMMENT COLUMN " + (cc.ifExists() ? "IF EXISTS " : "") + identifier(cc.name()) + " " + quoteString(cc.comment());
            case AlterCommand.ClearColumn cc -> "CLEAR COLUMN " + (cc.ifExists() ? "IF EXISTS " : "") + identifier(cc.name())
                    + (cc.partition() == null ? "" : " IN" + partition(cc.partition()));
            case AlterCommand.AddIndex a -> "ADD INDEX " + (a.ifNotExists() ? "IF NOT EXISTS " : "") + index(a.index())
                    + (a.after() != null ? " AFTER " + identifier(a.after()) : a.first() ? " FIRST" : "");
            case AlterCommand.DropIndex d -> "DROP INDEX " + (d.ifExists() ? "IF EXISTS " : "") + identifier(d.name());
            case AlterCommand.MaterializeIndex m -> "MATERIALIZE INDEX " + (m.ifExists() ? "IF EXISTS " : "") + identifier(m.name())
                    + (m.partition() == null ? "" : " IN" + partition(m.partition()));
            case AlterCommand.Delete d -> "DELETE" + (d.partition() == null ? "" : " IN" + partition(d.partition())) + " WHERE " + format(d.where());
            case AlterCommand.Update u -> "UPDATE " + String.join(", ", u.assignments().entrySet().stream()
                    .map(e -> identifier(e.getKey()) + " = " + format(e.getValue())).toList())
                    + (u.partition() == null ? "" : " IN" + partition(u.partition())) + " WHERE " + format(u.where());
            case AlterCommand.PartitionCommand p -> p.action().name().replace('_', ' ') + partition(p.partition());
            case AlterCommand.ModifyOrderBy m -> "MODIFY ORDER BY " + format(m.orderBy());
            case AlterCommand.ModifyTtl t -> "MODIFY TTL " + list(t.ttl());
            case AlterCommand.ModifySettings s -> "MODIFY SETTING " + settings(s.settings()).substring(" SETTINGS ".length());
        };
    }

    // ---- CREATE ----

    /** CREATE TABLE in the layout of ClickHouse's SHOW CREATE TABLE. */
    public static String formatCreateTable(CreateTableStatement c) {
        StringBuilder sb = new StringBuilder(c.orReplace() ? "CREATE OR REPLACE " : "CREATE ");
        if (c.temporary()) {
            sb.append("TEMPORARY ");
        }
        sb.append("TABLE ");
        if (c.ifNotExists()) {
            sb.append("IF NOT EXISTS ");
        }
        sb.append(table(c.name()));
        if (c.asTable() != null) {
            sb.append(" AS ").append(table(c.asTable()));
        } else if (c.asTableFunction() != null) {
            sb.append(" AS ").append(format(new TableFunctionRef(c.asTableFunction(), null)));
        }
        sb.append(elements(c.columns(), c.indexes(), c.constraints()));
        sb.append(storage(c.storage()));
        if (c.asSelect() != null) {
            sb.append("\nAS ").append(format(c.asSelect()));
        }
        if (c.comment() != null) {
            sb.append("\nCOMMENT ").append(quoteString(c.comment()));
        }
        return sb.toString();
    }

    private static String elements(List<ColumnDef> columns, List<IndexDef> indexes, List<ConstraintDef> constraints) {
        if (columns.isEmpty() && indexes.isEmpty() && constraints.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner(",\n", "\n(\n", "\n)");
        columns.forEach(col -> j.add("    " + column(col)));
        indexes.forEach(i -> j.add("    INDEX " + index(i)));
        constraints.forEach(k -> j.add("    CONSTRAINT " + identifier(k.name()) + (k.assume() ? " ASSUME " : " CHECK ") + format(k.expr())));
        return j.toString();
    }

    private static String index(IndexDef i) {
        return identifier(i.name()) + " " + format(i.expr()) + " TYPE " + i.type() + (i.granularity() == null ? "" : " GRANULARITY " + i.granularity());
    }

    /** A column definition as SHOW CREATE prints it: backquoted name, type, then the optional parts. */
    public static String column(ColumnDef c) {
        StringBuilder sb = new StringBuilder(backquote(c.name()));
        if (c.type() != null) {
            sb.append(' ').append(c.type());
        }
        if (c.nullable() != null) {
            sb.append(c.nullable() ? " NULL" : " NOT NULL");
        }
        if (c.defaultKind() != null) {
            sb.append(' ').append(c.defaultKind().name());
            if (c.defaultExpr() != null) {
                sb.append(' ').append(format(c.defaultExpr()));
            }
        }
        if (c.comment() != null) {
            sb.append(" COMMENT ").append(quoteString(c.comment()));
        }
        if (!c.codecs().isEmpty()) {
            StringJoiner j = new StringJoiner(", ", " CODEC(", ")");
            c.codecs().forEach(codec -> j.add(codec.name() + (codec.args().isEmpty() ? "" : "(" + list(codec.args()) + ")")));
            sb.append(j);
        }
        if (c.ttl() != null) {
            sb.append(" TTL ").append(format(c.ttl()));
        }
        if (c.primaryKey()) {
            sb.append(" PRIMARY KEY");
        }
        return sb.toString();
    }

    private static String storage(StorageSpec s) {
        StringBuilder sb = new StringBuilder();
        if (s.engine() != null) {
            sb.append("\nENGINE = ").append(engine(s.engine(), s.engineArgs()));
        }
        if (s.partitionBy() != null) {
            sb.append("\nPARTITION BY ").append(format(s.partitionBy()));
        }
        if (s.primaryKey() != null) {
            sb.append("\nPRIMARY KEY ").append(format(s.primaryKey()));
        }
        if (s.orderBy() != null) {
            sb.append("\nORDER BY ").append(format(s.orderBy()));
        }
        if (s.sampleBy() != null) {
            sb.append("\nSAMPLE BY ").append(format(s.sampleBy()));
        }
        if (!s.ttl().isEmpty()) {
            sb.append("\nTTL ").append(list(s.ttl()));
        }
        if (!s.settings().isEmpty()) {
            sb.append('\n').append(settings(s.settings()).substring(1));
        }
        return sb.toString();
    }

    private static String engine(String name, List<Expr> args) {
        return name + (args == null ? "" : "(" + list(args) + ")");
    }

    private static String createView(CreateViewStatement v) {
        StringBuilder sb = new StringBuilder(v.orReplace() ? "CREATE OR REPLACE " : "CREATE ");
        sb.append(v.materialized() ? "MATERIALIZED VIEW " : "VIEW ");
        if (v.ifNotExists()) {
            sb.append("IF NOT EXISTS ");
        }
        sb.append(table(v.name()));
        if (v.to() != null) {
            sb.append(" TO ").append(table(v.to()));
        }
        sb.append(elements(v.columns(), List.of(), List.of()));
        sb.append(storage(v.storage()));
        if (v.populate()) {
            sb.append(" POPULATE");
        }
        sb.append("\nAS ").append(format(v.query()));
        return sb.toString();
    }

    private static String exceptText(java.util.List<String> except) {
        if (except.isEmpty()) return "";
        return " EXCEPT (" + String.join(", ", except.stream().map(SqlFormatter::identifier).toList()) + ")";
    }
}
