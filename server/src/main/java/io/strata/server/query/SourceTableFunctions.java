package io.strata.server.query;

import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.EngineClause;
import io.strata.core.table.TableDefinition;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.formats.Formats;
import io.strata.server.engine.FileTableEngine;
import io.strata.server.engine.NumbersEngine;
import io.strata.server.engine.RandomTableEngine;
import io.strata.server.engine.ZerosEngine;
import io.strata.sql.analyzer.TableHandle;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table functions that produce rows rather than name a table: generateRandom, zeros /
 * zeros_mt, numbers_mt and file(path, format, structure) under the server's user_files directory.
 */
final class SourceTableFunctions {
    private static final int DEFAULT_MAX_STRING_LENGTH = 10;
    private static final int DEFAULT_MAX_ARRAY_LENGTH = 10;

    private final Path userFiles;

    /** @param dataPath the server's data directory; null (in-memory) reads files under the working directory, as clickhouse-local */
    SourceTableFunctions(Path dataPath) {
        this.userFiles = (dataPath == null ? Path.of("user_files") : dataPath.resolve("user_files")).toAbsolutePath().normalize();
    }

    /** The names as ClickHouse spells them, for system.table_functions (keep in step with exists()). */
    static final List<String> NAMES = List.of("generateRandom", "zeros", "zeros_mt", "numbers_mt", "file");

    boolean exists(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "generaterandom", "zeros", "zeros_mt", "numbers_mt", "file" -> true;
            default -> false;
        };
    }

    TableHandle resolve(String name, List<Column> args) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "generaterandom" -> generateRandom(args);
            case "zeros", "zeros_mt" -> zeros(name, args);
            case "numbers_mt" -> numbersMt(args);
            case "file" -> file(args);
            default -> throw new DbException(ErrorCode.UNKNOWN_FUNCTION, "Unknown table function " + name);
        };
    }

    private static Column value(Column c) {
        return c instanceof ConstColumn cc ? cc.value() : c;
    }

    private static String string(List<Column> args, int i, String fn) {
        if (value(args.get(i)) instanceof StringColumn s && Arguments.isText(s.type())) return s.getString(0);
        throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type " + args.get(i).type() + " of argument #" + (i + 1)
                + " of table function " + fn + ": a constant string is expected");
    }

    private static long integer(List<Column> args, int i, String fn) {
        if (value(args.get(i)) instanceof LongColumn l && l.type().isInteger()) return l.get(0);
        throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type " + args.get(i).type() + " of argument #" + (i + 1)
                + " of table function " + fn + ": a constant integer is expected");
    }

    private static Header structure(String text) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (String part : TableFunctions.splitStructure(text)) {
            String p = part.strip();
            int sp = p.indexOf(' ');
            if (sp < 0) throw new DbException(ErrorCode.BAD_ARGUMENTS, "Invalid structure: " + text);
            names.add(p.substring(0, sp).replace("`", ""));
            types.add(DataTypes.parse(p.substring(sp + 1).strip()));
        }
        return new Header(names, types);
    }

    private static TableDefinition definition(String name, Header header, String engine) {
        List<ColumnDefinition> defs = new ArrayList<>();
        for (int k = 0; k < header.names().size(); k++) defs.add(ColumnDefinition.of(header.names().get(k), header.types().get(k)));
        return new TableDefinition("", name, defs, EngineClause.of(engine), null, null);
    }

    private TableHandle generateRandom(List<Column> args) {
        if (args.isEmpty() || args.size() > 4) {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Table function 'generateRandom' requires at most four arguments: structure, [random_seed, max_string_length, max_array_length].");
        }
        Header header = structure(string(args, 0, "generateRandom"));
        Long seed = args.size() > 1 && !value(args.get(1)).isNullAt(0) ? integer(args, 1, "generateRandom") : null;
        int maxString = args.size() > 2 ? (int) integer(args, 2, "generateRandom") : DEFAULT_MAX_STRING_LENGTH;
        int maxArray = args.size() > 3 ? (int) integer(args, 3, "generateRandom") : DEFAULT_MAX_ARRAY_LENGTH;
        if (maxString < 0 || maxArray < 0) throw new DbException(ErrorCode.BAD_ARGUMENTS, "generateRandom: lengths must not be negative");
        return new TableHandle(definition("generateRandom", header, "GenerateRandom"),
                new RandomTableEngine(header, seed, maxString, maxArray));
    }

    private TableHandle zeros(String name, List<Column> args) {
        if (args.size() != 1) {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Table function '" + name + "' requires 'length'.");
        }
        long count = integer(args, 0, name);
        Header header = new Header(List.of("zero"), List.of(DataTypes.UINT8));
        return new TableHandle(definition(name, header, "TableFunctionZeros"), new ZerosEngine(count));
    }

    private TableHandle numbersMt(List<Column> args) {
        long start = 0, count;
        if (args.size() == 1) {
            count = integer(args, 0, "numbers_mt");
        } else if (args.size() == 2) {
            start = integer(args, 0, "numbers_mt");
            count = integer(args, 1, "numbers_mt");
        } else {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Table function 'numbers_mt' requires 'length' or 'offset, length'.");
        }
        Header header = new Header(List.of("number"), List.of(DataTypes.UINT64));
        // numbers already splits its range into morsels that all threads share
        return new TableHandle(definition("numbers_mt", header, "TableFunctionNumbers"), new NumbersEngine(start, count));
    }

    private TableHandle file(List<Column> args) {
        if (args.size() != 3) {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Table function 'file' requires 3 arguments: path, format and structure.");
        }
        String path = string(args, 0, "file");
        String format = string(args, 1, "file");
        Header header = structure(string(args, 2, "file"));
        Path resolved = userFiles.resolve(path).toAbsolutePath().normalize();
        if (!resolved.startsWith(userFiles)) {
            throw new DbException(ErrorCode.DATABASE_ACCESS_DENIED, "File is not inside " + userFiles + "/");
        }
        if (!Formats.hasInput(format)) throw new DbException(ErrorCode.UNKNOWN_FORMAT, "Unknown input format " + format);
        var settings = Formats.formatSettings(Settings.DEFAULTS, ZoneId.systemDefault());
        return new TableHandle(definition("file", header, "File"),
                new FileTableEngine(resolved, Formats.input(format), header, settings));
    }

    /** Type checks of constant arguments. */
    private static final class Arguments {
        static boolean isText(DataType t) {
            return t.equals(DataTypes.STRING);
        }
    }
}
