package io.strata.sql.planner;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.FunctionRegistry;
import io.strata.exec.function.ScalarFunctionCall;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Asterisk;
import io.strata.sql.ast.ColumnNameFormatter;
import io.strata.sql.ast.ColumnsMatcher;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Lambda;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.QueryParameter;
import io.strata.sql.ast.SubqueryExpr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns analyzed AST expressions (aliases already expanded) into executable {@link Expression}s
 * over a {@link Scope}. Operators become ClickHouse function calls in the parser, so this only
 * resolves identifiers, literals, functions and the few forms that need planning (IN, scalar
 * subqueries, query parameters).
 */
final class ExpressionCompiler {
    private final FunctionRegistry registry;
    private final FunctionContext functionContext;
    private final Map<String, String> parameters;
    private final SubqueryRunner subqueries;
    private final io.strata.sql.analyzer.CatalogView catalog;

    /** Runs a subquery at plan time (scalar subqueries and IN sets). */
    interface SubqueryRunner {
        List<Column> run(io.strata.sql.ast.SelectUnion query);
    }

    ExpressionCompiler(FunctionRegistry registry, FunctionContext functionContext, Map<String, String> parameters,
                       SubqueryRunner subqueries, io.strata.sql.analyzer.CatalogView catalog) {
        this.catalog = catalog;
        this.registry = registry;
        this.functionContext = functionContext;
        this.parameters = parameters;
        this.subqueries = subqueries;
    }

    FunctionRegistry registry() {
        return registry;
    }

    static String canonical(Expr e) {
        return ColumnNameFormatter.format(e);
    }

    Expression compile(Expr e, Scope scope) {
        Integer pre = scope.subexpression(e);
        if (pre != null) {
            return new ColumnReference(pre, scope.channelType(pre));
        }
        return switch (e) {
            case Aliased a -> compile(a.expr(), scope);
            case Literal l -> new ConstantExpression(Literals.toColumn(l.value()));
            case Identifier id -> identifier(id, scope);
            case FunctionCall f -> compileFunction(f, scope);
            case SubqueryExpr s -> scalarSubquery(s);
            case QueryParameter p -> parameter(p);
            case Asterisk a -> throw new DbException(ErrorCode.UNKNOWN_IDENTIFIER, "Asterisk is not allowed here");
            case ColumnsMatcher c -> throw new DbException(ErrorCode.UNKNOWN_IDENTIFIER, "COLUMNS matcher is not allowed here");
            case Lambda l -> throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Lambda functions are not supported yet");
        };
    }

    /**
     * A column, {@code t.name} as an element of a named tuple column {@code t}, or {@code m.keys} /
     * {@code m.values} as the subcolumns of a Map column (Grafana lists map keys that way).
     */
    private Expression identifier(Identifier id, Scope scope) {
        try {
            return scope.resolveIdentifier(id);
        } catch (DbException e) {
            if (e.code() != ErrorCode.UNKNOWN_IDENTIFIER || id.parts().size() < 2) throw e;
            List<String> parts = id.parts();
            for (int split = parts.size() - 1; split >= 1; split--) {
                Expression base;
                try {
                    base = scope.resolveIdentifier(new Identifier(parts.subList(0, split)));
                } catch (DbException ignored) {
                    continue;
                }
                Expression cur = base;
                for (String element : parts.subList(split, parts.size())) {
                    if (cur.type().unwrap() instanceof io.strata.core.type.MapType && (element.equals("keys") || element.equals("values"))) {
                        cur = call(element.equals("keys") ? "mapKeys" : "mapValues", List.of(cur));
                        continue;
                    }
                    if (!(cur.type().unwrap() instanceof io.strata.core.type.TupleType tt) || tt.names() == null
                            || !tt.names().contains(element)) {
                        throw e;
                    }
                    cur = call("tupleElement", List.of(cur, new ConstantExpression(Literals.toColumn(element))));
                }
                return cur;
            }
            throw e;
        }
    }

    /** A call of the registry's scalar {@code name} over compiled arguments (folded when all are constant). */
    Expression call(String name, List<Expression> args) {
        ScalarFunction fn = registry.scalar(name);
        if (fn == null) throw registry.unknownFunction(name);
        return ScalarFunctionCall.bind(fn, args, functionContext);
    }

    private Expression parameter(QueryParameter p) {
        String text = parameters.get(p.name());
        if (text == null) {
            throw new DbException(ErrorCode.UNKNOWN_QUERY_PARAMETER, "Substitution `" + p.name() + "` is not set");
        }
        DataType type = DataTypes.parse(p.type());
        ColumnBuilder b = type.createBuilder(1);
        // ClickHouse reads a parameter value in the escaped (TabSeparated) form, all of it: "\N"
        // is NULL, "\t" a tab, and a raw tab ends the value early
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ReadBuffer in = new ReadBuffer(bytes);
        try {
            type.text().readEscaped(in, b, io.strata.core.format.FormatSettings.DEFAULT.withTimeZone(functionContext.timeZone()));
        } catch (DbException ex) {
            throw new DbException(ErrorCode.BAD_QUERY_PARAMETER, "Value " + text + " cannot be parsed as " + type
                    + " for query parameter '" + p.name() + "'");
        }
        if (!in.eof()) {
            int parsed = (int) in.position();
            throw new DbException(ErrorCode.BAD_QUERY_PARAMETER, "Value " + text + " cannot be parsed as " + type
                    + " for query parameter '" + p.name() + "' because it isn't parsed completely: only " + parsed + " of "
                    + bytes.length + " bytes was parsed: " + new String(bytes, 0, parsed, StandardCharsets.UTF_8));
        }
        return new ConstantExpression(b.build());
    }

    private Expression scalarSubquery(SubqueryExpr s) {
        List<Column> cols = subqueries.run(s.query());
        if (cols.isEmpty()) throw new DbException(ErrorCode.INCORRECT_RESULT_OF_SCALAR_SUBQUERY, "Scalar subquery returned no columns");
        int rows = cols.get(0).size();
        if (rows > 1) {
            throw new DbException(ErrorCode.INCORRECT_RESULT_OF_SCALAR_SUBQUERY, "Scalar subquery returned more than one row");
        }
        Column value;
        if (cols.size() == 1) {
            Column c = cols.get(0);
            if (rows == 0) {
                DataType t = DataTypes.makeNullableSafe(c.type());
                value = t.defaultColumn(1);
            } else {
                value = c;
            }
        } else {
            List<DataType> types = new ArrayList<>();
            for (Column c : cols) types.add(c.type());
            io.strata.core.type.TupleType tt = new io.strata.core.type.TupleType(types);
            Column[] parts = new Column[cols.size()];
            for (int i = 0; i < parts.length; i++) parts[i] = rows == 0 ? cols.get(i).type().defaultColumn(1) : cols.get(i);
            value = new TupleColumn(tt, parts, 1);
        }
        return new ConstantExpression(value);
    }

    private Expression compileFunction(FunctionCall f, Scope scope) {
        if (f.over() != null) {
            throw new DbException(ErrorCode.ILLEGAL_AGGREGATION, "Window function " + canonical(f) + " is found in wrong place in query");
        }
        String name = f.name();
        String lower = name.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "in", "notin", "globalin", "globalnotin" -> {
                if (f.args().size() != 2) {
                    throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function " + name + " expects 2 arguments");
                }
                return compileIn(f.args().get(0), f.args().get(1), lower.contains("not"), scope);
            }
            case "currentdatabase", "database" -> {
                if (f.args().isEmpty()) {
                    return new ConstantExpression(Literals.toColumn(catalog.currentDatabase()));
                }
            }
            case "currentuser", "user" -> {
                if (f.args().isEmpty()) {
                    return new ConstantExpression(Literals.toColumn(catalog.currentUser()));
                }
            }
            case "arrayjoin" -> {
                // the planner turned each arrayJoin(...) into a column of an ARRAY JOIN relation
                return scope.resolveIdentifier(new Identifier(List.of(canonical(f))));
            }
            case "exists" -> {
                if (f.args().size() == 1 && f.args().get(0) instanceof SubqueryExpr s) {
                    List<Column> cols = subqueries.run(s.query());
                    boolean any = !cols.isEmpty() && cols.get(0).size() > 0;
                    return new ConstantExpression(new io.strata.core.column.LongColumn(DataTypes.UINT8, new long[] {any ? 1 : 0}, 1));
                }
            }
            default -> {
            }
        }
        if (!f.args().isEmpty() && f.args().get(0) instanceof Lambda lambda) {
            return higherOrder(f, lambda, scope);
        }
        if (registry.scalar(name) == null) HigherOrderExpression.checkLambdaGiven(lower, name, f.args().size());
        if (registry.scalar(name) == null && HigherOrderExpression.NAMES.contains(lower) && f.args().size() == 1) {
            // arrayCumSum(arr) is arrayCumSum(x -> x, arr)
            Lambda identity = new Lambda(List.of("__element"), new Identifier(List.of("__element")));
            List<Expr> args = new ArrayList<>(List.of(identity));
            args.addAll(f.args());
            return higherOrder(new FunctionCall(f.name(), args, f.parameters(), f.distinct(), f.over()), identity, scope);
        }
        if (registry.isAggregate(name) && registry.scalar(name) == null) {
            throw new DbException(ErrorCode.ILLEGAL_AGGREGATION, "Aggregate function " + canonical(f)
                    + " is found in wrong place in query");
        }
        ScalarFunction fn = registry.scalar(name);
        if (fn == null) {
            throw registry.unknownFunction(name);
        }
        List<Expression> args = new ArrayList<>(f.args().size());
        for (Expr a : f.args()) args.add(compile(a, scope));
        return ScalarFunctionCall.bind(fn, args, functionContext);
    }

    /** {@code arrayMap(x -> body, arr)} and the other lambda-taking array functions. */
    private Expression higherOrder(FunctionCall f, Lambda lambda, Scope scope) {
        if (!HigherOrderExpression.NAMES.contains(f.name().toLowerCase(Locale.ROOT))) {
            throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Function " + f.name() + " does not take a lambda argument");
        }
        List<Expression> arrays = new ArrayList<>();
        List<DataType> elementTypes = new ArrayList<>();
        for (Expr a : f.args().subList(1, f.args().size())) {
            Expression e = compile(a, scope);
            if (!(DataTypes.removeLowCardinality(e.type()) instanceof io.strata.core.type.ArrayType at)) {
                throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Argument of function " + f.name()
                        + " must be an array, found " + e.type());
            }
            arrays.add(e);
            elementTypes.add(at.element());
        }
        if (arrays.isEmpty() || arrays.size() != lambda.params().size()) {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Lambda of function " + f.name() + " takes "
                    + lambda.params().size() + " arguments, but " + arrays.size() + " arrays were passed");
        }
        Scope body = Scope.lambda(lambda.params(), elementTypes, id -> identifier(id, scope));
        Expression compiled = compile(lambda.body(), body);
        return new HigherOrderExpression(f.name(), arrays, compiled, body.captures());
    }

    private Expression compileIn(Expr leftAst, Expr rightAst, boolean negate, Scope scope) {
        Expression left = compile(leftAst, scope);
        DataType target = DataTypes.removeNullable(DataTypes.removeLowCardinality(left.type()));
        List<Column> values = new ArrayList<>();
        boolean nullInSet = false;
        io.strata.sql.ast.SelectUnion tableQuery = rightAst instanceof Identifier id ? tableAsQuery(id) : null;
        if (rightAst instanceof SubqueryExpr || tableQuery != null) {
            List<Column> cols = subqueries.run(tableQuery != null ? tableQuery : ((SubqueryExpr) rightAst).query());
            if (cols.size() > 1 && target instanceof io.strata.core.type.TupleType tt && tt.elements().size() == cols.size()) {
                // (a, b) IN (SELECT x, y ...): the rows as tuples
                List<DataType> types = new ArrayList<>();
                for (Column c : cols) types.add(c.type());
                int n = cols.get(0).size();
                cols = List.of(new io.strata.core.column.TupleColumn(new io.strata.core.type.TupleType(types),
                        cols.toArray(new Column[0]), n));
            }
            if (cols.size() != 1) {
                throw new DbException(ErrorCode.NUMBER_OF_COLUMNS_DOESNT_MATCH,
                        "Number of columns in section IN doesn't match. " + cols.size() + " at right, 1 at left.");
            }
            for (int i = 0; i < cols.get(0).size() && !nullInSet; i++) nullInSet = cols.get(0).isNullAt(i);
            // NULLs of a Nullable result are kept through the cast (the set skips them)
            values.add(castConstant(cols.get(0), cols.get(0).type().isNullable() ? DataTypes.makeNullableSafe(target) : target));
        } else {
            boolean leftTuple = target instanceof io.strata.core.type.TupleType;
            boolean rightIsList = rightAst instanceof FunctionCall fc && fc.name().equals("tuple")
                    && (!leftTuple || fc.args().stream().allMatch(a -> a instanceof FunctionCall t && t.name().equals("tuple")));
            List<Expr> elements = rightIsList ? ((FunctionCall) rightAst).args() : List.of(rightAst);
            for (Expr el : elements) {
                Expression c = compile(el, scope);
                if (!(c instanceof ConstantExpression ce)) {
                    throw new DbException(ErrorCode.NOT_IMPLEMENTED, "IN with a non-constant set is not supported");
                }
                if (ce.value().isNullAt(0)) {
                    nullInSet = true;
                    continue;
                }
                values.add(castConstant(ce.value(), target));
            }
        }
        boolean transformNullIn = functionContext.settings() != null && functionContext.settings().getBool("transform_null_in");
        return new InSetExpression(left, values, negate, transformNullIn && nullInSet);
    }

    /** {@code x IN t}: the table's rows, when {@code t} names a table. */
    private io.strata.sql.ast.SelectUnion tableAsQuery(Identifier id) {
        List<String> parts = id.parts();
        if (parts.size() > 2) return null;
        String db = parts.size() == 2 ? parts.get(0) : null;
        String name = parts.get(parts.size() - 1);
        try {
            catalog.table(db, name);
        } catch (DbException e) {
            return null;
        }
        return io.strata.sql.ast.SelectUnion.of(io.strata.sql.ast.SelectQuery.simple(
                List.of(new Asterisk(null)), io.strata.sql.ast.TableRef.of(db, name)));
    }

    /** Converts a column of constants to {@code target} through CAST (so 1 matches 1.0, '2024-01-01' a Date...). */
    Column castConstant(Column values, DataType target) {
        if (values.type().equals(target)) return values;
        Expression e = cast(new ConstantColumnsExpression(values), target);
        Column out = e.evaluate(new io.strata.core.block.Chunk(new Column[0], values.size()));
        return out instanceof ConstColumn cc ? cc.materialize() : out;
    }

    /** CAST(e AS target) through the registry's CAST function; identity when the type matches. */
    Expression cast(Expression e, DataType target) {
        if (e.type().equals(target)) return e;
        ScalarFunction cast = registry.scalar("CAST");
        if (cast == null) throw registry.unknownFunction("CAST");
        io.strata.core.column.StringColumnBuilder b = new io.strata.core.column.StringColumnBuilder(DataTypes.STRING, 1);
        b.append(target.name());
        return ScalarFunctionCall.bind(cast, List.of(e, new ConstantExpression(b.build())), functionContext);
    }

    /** A non-constant expression over fixed values (used to run CAST over a column of constants). */
    private record ConstantColumnsExpression(Column values) implements Expression {
        @Override public DataType type() { return values.type(); }
        @Override public Column evaluate(io.strata.core.block.Chunk input) { return values; }
    }
}
