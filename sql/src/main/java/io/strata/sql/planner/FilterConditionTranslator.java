package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.format.FormatSettings;
import io.strata.core.function.ScalarFunction;
import io.strata.core.io.WriteBuffer;
import io.strata.core.table.FilterCondition;
import io.strata.core.table.FilterCondition.Op;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Lambda;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.QueryParameter;
import io.strata.sql.ast.SqlFormatter;
import io.strata.sql.ast.SubqueryExpr;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Translates a WHERE over one table into the {@link FilterCondition} tree storage matches against
 * its indexes. Every {@code Compare} it produces must be exactly equivalent to the AST node it
 * came from (a NOT above it would turn a merely implied condition into a wrong one), so anything
 * it cannot prove — a constant that does not survive the cast to the compared type, a LIKE with
 * wildcards inside, a subquery, a comparison of two columns — becomes {@code Unknown}. An index
 * may then skip less, but never drops a row the planner's own filter would keep.
 */
final class FilterConditionTranslator {
    /**
     * Non-deterministic functions whose value is nevertheless fixed for the whole query: they read
     * the query's start time, so folding them at plan time gives what the filter sees at run time.
     */
    private static final Set<String> QUERY_CONSTANT = Set.of("now", "now64", "today", "yesterday");

    private static final Map<String, Op> COMPARISONS = Map.of("equals", Op.EQUALS, "notEquals", Op.NOT_EQUALS,
            "less", Op.LESS, "lessOrEquals", Op.LESS_OR_EQUALS, "greater", Op.GREATER, "greaterOrEquals", Op.GREATER_OR_EQUALS);

    private final ExpressionCompiler compiler;
    private final Relation relation;

    FilterConditionTranslator(ExpressionCompiler compiler, Relation relation) {
        this.compiler = compiler;
        this.relation = relation;
    }

    /** The non-constant side of a comparison: its SQL over plain column names, type and columns. */
    private record Side(String sql, DataType type, List<String> columns) {
    }

    FilterCondition translate(Expr e) {
        if (e instanceof Aliased a) return translate(a.expr());
        if (!(e instanceof FunctionCall f) || f.parameters() != null || f.distinct() || f.over() != null) return unknown(e);
        List<Expr> args = f.args();
        String lower = f.name().toLowerCase(Locale.ROOT);
        // IN is planned before the registry is consulted (ExpressionCompiler.compileFunction), so match it the same way
        switch (lower) {
            case "in", "globalin", "notin", "globalnotin" -> {
                return args.size() == 2 ? in(f, lower.contains("not")) : unknown(e);
            }
            default -> {
            }
        }
        String name = canonicalName(f.name());
        switch (name) {
            case "and", "or" -> {
                if (args.isEmpty()) return unknown(e);
                List<FilterCondition> children = new ArrayList<>();
                for (Expr a : args) children.add(translate(a));
                return name.equals("and") ? new FilterCondition.And(children) : new FilterCondition.Or(children);
            }
            case "not" -> {
                return args.size() == 1 ? new FilterCondition.Not(translate(args.get(0))) : unknown(e);
            }
            case "like", "notLike" -> {
                if (args.size() != 2) return unknown(e);
                FilterCondition c = startsWith(f, likePrefix(constant(args.get(1))));
                return name.equals("notLike") && c instanceof FilterCondition.Compare ? new FilterCondition.Not(c) : c;
            }
            case "startsWith" -> {
                if (args.size() != 2) return unknown(e);
                Column prefix = constant(args.get(1));
                return startsWith(f, prefix instanceof StringColumn s ? s.getBytes(0) : null);
            }
            default -> {
            }
        }
        Op op = COMPARISONS.get(name);
        if (op == null || args.size() != 2) return unknown(e);
        Column left = constant(args.get(0)), right = constant(args.get(1));
        if (right != null && left == null) return compare(f, args.get(0), op, List.of(right));
        if (left != null && right == null) return compare(f, args.get(1), swapped(op), List.of(left));
        return unknown(e);
    }

    private String canonicalName(String name) {
        ScalarFunction fn = compiler.registry().scalar(name);
        return fn != null ? fn.name() : name;
    }

    /** {@code 5 < x} is {@code x > 5}. */
    private static Op swapped(Op op) {
        return switch (op) {
            case LESS -> Op.GREATER;
            case LESS_OR_EQUALS -> Op.GREATER_OR_EQUALS;
            case GREATER -> Op.LESS;
            case GREATER_OR_EQUALS -> Op.LESS_OR_EQUALS;
            default -> op;
        };
    }

    private FilterCondition compare(Expr whole, Expr sideAst, Op op, List<Column> constants) {
        Side side = side(sideAst);
        if (side == null) return unknown(whole);
        Column values = castExactly(constants, side.type());
        if (values == null) return unknown(whole);
        return new FilterCondition.Compare(side.sql(), side.type(), side.columns(), op, values);
    }

    /** {@code x [NOT] IN (constants)}: the set as ExpressionCompiler.compileIn builds it (NULL elements dropped). */
    private FilterCondition in(FunctionCall f, boolean negate) {
        Expr right = f.args().get(1);
        Side side = side(f.args().get(0));
        if (side == null || DataTypes.removeNullable(DataTypes.removeLowCardinality(side.type())) instanceof TupleType) {
            return unknown(f);
        }
        boolean list = right instanceof FunctionCall t && t.name().equals("tuple");
        List<Column> constants = new ArrayList<>();
        for (Expr element : list ? ((FunctionCall) right).args() : List.of(right)) {
            Column c = constant(element);
            if (c == null) return unknown(f);
            if (!c.isNullAt(0)) constants.add(c);
        }
        if (constants.isEmpty()) return unknown(f);
        Column values = castExactly(constants, side.type());
        if (values == null) return unknown(f);
        return new FilterCondition.Compare(side.sql(), side.type(), side.columns(), negate ? Op.NOT_IN : Op.IN, values);
    }

    /** {@code startsWith(x, prefix)}, for a String x (LIKE and startsWith compare bytes, as the index does). */
    private FilterCondition startsWith(FunctionCall f, byte[] prefix) {
        if (prefix == null) return unknown(f);
        Side side = side(f.args().get(0));
        if (side == null || DataTypes.removeNullable(DataTypes.removeLowCardinality(side.type())).id() != TypeId.STRING) {
            return unknown(f);
        }
        StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, 1);
        b.append(prefix);
        return new FilterCondition.Compare(side.sql(), side.type(), side.columns(), Op.STARTS_WITH, b.build());
    }

    /**
     * The prefix of a LIKE pattern of the form {@code 'prefix%'} (tokenized as the LIKE kernel
     * does: a backslash makes the next byte literal), or null for any other shape.
     */
    static byte[] likePrefix(Column pattern) {
        if (!(pattern instanceof StringColumn s)) return null;
        byte[] raw = s.getBytes(0);
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length; i++) {
            byte c = raw[i];
            if (c == '\\' && i + 1 < raw.length) {
                prefix.write(raw[++i]);
            } else if (c == '%') {
                return i == raw.length - 1 ? prefix.toByteArray() : null;
            } else if (c == '_') {
                return null;
            } else {
                prefix.write(c);
            }
        }
        return null; // no wildcard: an exact match, left to the general filter
    }

    /**
     * The non-constant side of a comparison, or null when it cannot be described to storage: it
     * reads no column, or holds a subquery, arrayJoin or a per-row non-deterministic function.
     */
    private Side side(Expr e) {
        if (opaque(e)) return null;
        Scope scope = Scope.over(relation);
        Expression compiled;
        try {
            compiled = compiler.compile(e, scope);
        } catch (DbException ex) {
            return null;
        }
        if (compiled instanceof ConstantExpression || scope.usedColumns().isEmpty()) return null;
        List<String> columns = new ArrayList<>();
        for (int i : scope.usedColumns()) columns.add(relation.names().get(i));
        return new Side(SqlFormatter.format(plainNames(e, Set.of())), compiled.type(), columns);
    }

    /**
     * The value of an expression that reads no column, folded at plan time (also through
     * query-constant functions such as now()), or null when it is not such a constant.
     */
    Column constant(Expr e) {
        if (opaque(e) || readsIdentifiers(e, Set.of())) return null;
        try {
            Expression compiled = compiler.compile(e, Scope.fixed(Map.of(), List.of()));
            Column c = compiled.evaluate(new Chunk(new Column[0], 1));
            if (c instanceof ConstColumn cc) c = cc.value();
            return c.size() == 1 ? c : null;
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /**
     * The constants cast to {@code type} in one column, or null when one of them does not cast or
     * is not equal to its cast under the comparison's own rules — 300 as UInt8, 1.5 as Int32 or
     * -1 as UInt64 would otherwise become a wrong bound.
     */
    private Column castExactly(List<Column> constants, DataType type) {
        ColumnBuilder out = type.createBuilder(constants.size());
        try {
            for (Column value : constants) {
                if (value.isNullAt(0)) return null;
                Column cast = compiler.castConstant(value, type);
                if (cast instanceof ConstColumn cc) cast = cc.value();
                if (cast.size() != 1 || cast.isNullAt(0)) return null;
                Expression same = compiler.call("equals", List.of(new ConstantExpression(value), new ConstantExpression(cast)));
                if (!(same instanceof ConstantExpression ce) || ce.value().isNullAt(0)) return null;
                Object flag = ce.value().materialize().getObject(0);
                if (!(flag instanceof Number n) || n.longValue() == 0) return null;
                out.append(cast, 0);
            }
        } catch (RuntimeException ex) {
            return null;
        }
        return out.build();
    }

    private FilterCondition unknown(Expr e) {
        return new FilterCondition.Unknown(SqlFormatter.format(plainNames(e, Set.of())));
    }

    /** {@code e} with column references as plain column names ({@code t.a} → {@code a}), for storage. */
    Expr plainNames(Expr e, Set<String> lambdaParams) {
        return switch (e) {
            case Identifier id -> {
                if (lambdaParams.contains(id.name())) yield id;
                try {
                    yield Identifier.of(relation.names().get(Scope.findColumn(relation, id)));
                } catch (DbException ex) {
                    yield id; // a tuple element or a name the compiler resolves otherwise
                }
            }
            case FunctionCall f -> {
                List<Expr> args = new ArrayList<>();
                for (Expr a : f.args()) args.add(plainNames(a, lambdaParams));
                yield new FunctionCall(f.name(), args, f.parameters(), f.distinct(), f.over());
            }
            case Lambda l -> {
                Set<String> bound = new HashSet<>(lambdaParams);
                bound.addAll(l.params());
                yield new Lambda(l.params(), plainNames(l.body(), bound));
            }
            case Aliased a -> plainNames(a.expr(), lambdaParams);
            default -> e;
        };
    }

    /** Whether {@code e} names anything other than its own lambda parameters. */
    private static boolean readsIdentifiers(Expr e, Set<String> lambdaParams) {
        return switch (e) {
            case Identifier id -> !lambdaParams.contains(id.name());
            case FunctionCall f -> f.args().stream().anyMatch(a -> readsIdentifiers(a, lambdaParams));
            case Lambda l -> {
                Set<String> bound = new HashSet<>(lambdaParams);
                bound.addAll(l.params());
                yield readsIdentifiers(l.body(), bound);
            }
            case Aliased a -> readsIdentifiers(a.expr(), lambdaParams);
            case Literal l -> false;
            case QueryParameter p -> false;
            default -> true;
        };
    }

    /** Subqueries (not run twice at plan time), arrayJoin, and calls whose value may change between rows or blocks. */
    private boolean opaque(Expr e) {
        return switch (e) {
            case SubqueryExpr s -> true;
            case FunctionCall f -> f.name().equalsIgnoreCase("arrayJoin") || f.over() != null || !repeatable(f)
                    || f.args().stream().anyMatch(this::opaque);
            case Lambda l -> opaque(l.body());
            case Aliased a -> opaque(a.expr());
            default -> false;
        };
    }

    private boolean repeatable(FunctionCall f) {
        ScalarFunction fn = compiler.registry().scalar(f.name());
        return fn == null || fn.isDeterministic() || QUERY_CONSTANT.contains(fn.name());
    }

    /**
     * Whether evaluating {@code e} twice on the same rows gives the same answer — false for
     * rand(), blockSize() and the like, where a filter applied in storage and again above it would
     * change the result.
     */
    boolean isRepeatable(Expr e) {
        return switch (e) {
            case FunctionCall f -> repeatable(f) && f.args().stream().allMatch(this::isRepeatable);
            case Lambda l -> isRepeatable(l.body());
            case Aliased a -> isRepeatable(a.expr());
            default -> true;
        };
    }

    // ---------------------------------------------------------------------------------------

    /** A condition as one line of text (EXPLAIN, tests): {@code (a >= 5 AND startsWith(s, 'x'))}. */
    static String describe(FilterCondition c) {
        return switch (c) {
            case null -> "none";
            case FilterCondition.And a -> join(a.children(), " AND ");
            case FilterCondition.Or o -> join(o.children(), " OR ");
            case FilterCondition.Not n -> "NOT " + describe(n.child());
            case FilterCondition.Unknown u -> "unknown(" + u.sql() + ")";
            case FilterCondition.Compare cmp -> switch (cmp.op()) {
                case EQUALS -> cmp.expression() + " = " + value(cmp.values(), 0);
                case NOT_EQUALS -> cmp.expression() + " != " + value(cmp.values(), 0);
                case LESS -> cmp.expression() + " < " + value(cmp.values(), 0);
                case LESS_OR_EQUALS -> cmp.expression() + " <= " + value(cmp.values(), 0);
                case GREATER -> cmp.expression() + " > " + value(cmp.values(), 0);
                case GREATER_OR_EQUALS -> cmp.expression() + " >= " + value(cmp.values(), 0);
                case IN, NOT_IN -> {
                    StringJoiner j = new StringJoiner(", ", cmp.expression() + (cmp.op() == Op.IN ? " IN (" : " NOT IN ("), ")");
                    for (int i = 0; i < cmp.values().size(); i++) j.add(value(cmp.values(), i));
                    yield j.toString();
                }
                case STARTS_WITH -> "startsWith(" + cmp.expression() + ", " + value(cmp.values(), 0) + ")";
            };
        };
    }

    private static String join(List<FilterCondition> children, String separator) {
        StringJoiner j = new StringJoiner(separator, "(", ")");
        for (FilterCondition child : children) j.add(describe(child));
        return j.toString();
    }

    private static String value(Column values, int row) {
        WriteBuffer b = new WriteBuffer();
        values.type().text().writeQuoted(values, row, b, FormatSettings.DEFAULT);
        return new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
