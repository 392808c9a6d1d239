package io.strata.server.query;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction;
import io.strata.core.settings.Settings;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.EngineClause;
import io.strata.core.table.TableDefinition;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.TupleType;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.FunctionRegistry;
import io.strata.exec.function.ScalarFunctionCall;
import io.strata.server.engine.GeneratedTableEngine;
import io.strata.server.engine.NumbersEngine;
import io.strata.sql.analyzer.TableHandle;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Table functions: numbers(N), numbers(start, N), values('structure', row...). */
final class TableFunctions {
    private final FunctionRegistry registry;
    private final SourceTableFunctions sources;

    TableFunctions(FunctionRegistry registry, java.nio.file.Path dataPath) {
        this.registry = registry;
        this.sources = new SourceTableFunctions(dataPath);
    }

    /** The names exists() accepts (here and in SourceTableFunctions), for system.table_functions (keep them in step). */
    static List<String> names() {
        List<String> all = new java.util.ArrayList<>(List.of("numbers", "values"));
        all.addAll(SourceTableFunctions.NAMES);
        return all;
    }

    boolean exists(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "numbers", "values" -> true;
            default -> sources.exists(name);
        };
    }

    TableHandle resolve(String name, List<Column> args) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "numbers" -> numbers(args);
            case "values" -> values(args);
            default -> {
                if (!sources.exists(name)) throw new DbException(ErrorCode.UNKNOWN_FUNCTION, "Unknown table function " + name);
                yield sources.resolve(name, args);
            }
        };
    }

    private static long unsigned(Column c, String fn) {
        Column v = c instanceof ConstColumn cc ? cc.value() : c;
        if (v instanceof LongColumn l && v.type().isInteger()) return l.get(0);
        throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type " + c.type() + " of argument of table function " + fn);
    }

    private TableHandle numbers(List<Column> args) {
        long start = 0, count;
        if (args.size() == 1) {
            count = unsigned(args.get(0), "numbers");
        } else if (args.size() == 2) {
            start = unsigned(args.get(0), "numbers");
            count = unsigned(args.get(1), "numbers");
        } else {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Table function 'numbers' requires 'length' or 'offset, length'.");
        }
        TableDefinition def = new TableDefinition("", "numbers", List.of(ColumnDefinition.of("number", DataTypes.UINT64)),
                EngineClause.of("TableFunctionNumbers"), null, null);
        return new TableHandle(def, new NumbersEngine(start, count));
    }

    private TableHandle values(List<Column> args) {
        if (args.isEmpty()) {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Table function 'values' requires at least 1 argument");
        }
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        int first = 0;
        Column a0 = args.get(0) instanceof ConstColumn cc ? cc.value() : args.get(0);
        if (args.size() > 1 && a0 instanceof StringColumn s) {
            for (String part : splitStructure(s.getString(0))) {
                String p = part.strip();
                int sp = p.indexOf(' ');
                if (sp < 0) throw new DbException(ErrorCode.BAD_ARGUMENTS, "Invalid structure: " + s.getString(0));
                names.add(p.substring(0, sp).replace("`", ""));
                types.add(DataTypes.parse(p.substring(sp + 1).strip()));
            }
            first = 1;
        } else {
            Column sample = a0;
            if (sample.type() instanceof TupleType tt) {
                for (int i = 0; i < tt.elements().size(); i++) {
                    names.add("c" + (i + 1));
                    types.add(tt.elements().get(i));
                }
            } else {
                names.add("c1");
                types.add(sample.type());
            }
        }
        List<ColumnBuilder> builders = new ArrayList<>();
        for (DataType t : types) builders.add(t.createBuilder(args.size()));
        FunctionContext fc = new FunctionContext(ZoneId.systemDefault(), Instant.now(), Settings.DEFAULTS);
        int rows = 0;
        for (int i = first; i < args.size(); i++) {
            Column row = args.get(i) instanceof ConstColumn cc ? cc.value() : args.get(i);
            List<Column> cells = new ArrayList<>();
            if (types.size() > 1) {
                if (!(row instanceof TupleColumn tc) || tc.width() != types.size()) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS, "Table function 'values' expects tuples of " + types.size() + " elements");
                }
                for (int k = 0; k < tc.width(); k++) cells.add(tc.element(k));
            } else {
                cells.add(row);
            }
            for (int k = 0; k < types.size(); k++) builders.get(k).append(cast(cells.get(k), types.get(k), fc), 0);
            rows++;
        }
        Column[] cols = new Column[types.size()];
        for (int k = 0; k < cols.length; k++) cols[k] = builders.get(k).build();
        Chunk chunk = new Chunk(cols, rows);
        List<ColumnDefinition> defs = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) defs.add(ColumnDefinition.of(names.get(k), types.get(k)));
        TableDefinition def = new TableDefinition("", "values", defs, EngineClause.of("Values"), null, null);
        return new TableHandle(def, new GeneratedTableEngine("Values", new Header(names, types), request -> chunk));
    }

    private Column cast(Column value, DataType target, FunctionContext fc) {
        if (value.type().equals(target)) return value;
        ScalarFunction cast = registry.scalar("CAST");
        StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, 1);
        b.append(target.name());
        Expression e = ScalarFunctionCall.bind(cast, List.of(new ConstantExpression(value), new ConstantExpression(b.build())), fc);
        Column c = e.evaluate(new Chunk(new Column[0], 1));
        return c instanceof ConstColumn cc ? cc.value() : c;
    }

    /** Splits "a UInt8, b Tuple(x Int8, y String)" at top-level commas. */
    static List<String> splitStructure(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
