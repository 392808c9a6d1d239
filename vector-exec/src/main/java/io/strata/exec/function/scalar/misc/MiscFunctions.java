package io.strata.exec.function.scalar.misc;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.settings.SettingDefinition;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.FixedStringType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Server and session information (version, getSetting, hostName, uptime), throwIf and sleep,
 * random numbers and UUIDs, toLowCardinality, IPv4/IPv6 text conversions and the readable
 * size formatters.
 */
public final class MiscFunctions {
    private MiscFunctions() {
    }

    /** Strata's own version string, which strataVersion() reports (version() is ClickHouse's numbering). */
    public static final String VERSION = io.strata.core.query.ServerVersion.STRATA;

    static final ErrorCode TOO_SLOW = ErrorCode.TOO_SLOW;
    static final ErrorCode CANNOT_PARSE_IPV4 = ErrorCode.CANNOT_PARSE_IPV4;

    private static final long START_MILLIS = ManagementFactory.getRuntimeMXBean().getStartTime();

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("version", ctx -> constantString(ctx, "version", io.strata.core.query.ServerVersion.COMPATIBLE)).ci(),
                FunctionDefinition.of("strataVersion", ctx -> constantString(ctx, "strataVersion", VERSION)),
                FunctionDefinition.of("revision", ctx -> {
                    Arguments.count(ctx, "revision", 0);
                    long revision = io.strata.core.query.ServerVersion.REVISION;
                    return Kernel.bound(DataTypes.UINT32, (args, n) ->
                            new ConstColumn(new LongColumn(DataTypes.UINT32, new long[] {revision}, 1), n));
                }),
                FunctionDefinition.of("hostName", ctx -> constantString(ctx, "hostName", HostName.VALUE)).aliases("hostname"),
                // the server's display_name; Strata has no such setting, so it is the host name as in ClickHouse's default
                FunctionDefinition.of("displayName", ctx -> constantString(ctx, "displayName", HostName.VALUE)),
                FunctionDefinition.of("uptime", MiscFunctions::uptime).nonDeterministic(),
                FunctionDefinition.of("getSetting", MiscFunctions::getSetting),
                FunctionDefinition.of("throwIf", MiscFunctions::throwIf),
                FunctionDefinition.of("sleep", ctx -> sleep(ctx, "sleep", false)).nonDeterministic(),
                FunctionDefinition.of("sleepEachRow", ctx -> sleep(ctx, "sleepEachRow", true)).nonDeterministic(),
                FunctionDefinition.of("rand", ctx -> random(ctx, "rand", 32)).aliases("rand32").nonDeterministic(),
                FunctionDefinition.of("rand64", ctx -> random(ctx, "rand64", 64)).nonDeterministic(),
                FunctionDefinition.of("randCanonical", ctx -> random(ctx, "randCanonical", 0)).nonDeterministic(),
                FunctionDefinition.of("generateUUIDv4", MiscFunctions::generateUUIDv4).nonDeterministic(),
                FunctionDefinition.of("toLowCardinality", MiscFunctions::toLowCardinality).handlesNulls(),
                FunctionDefinition.of("IPv4NumToString", MiscFunctions::ipv4NumToString).aliases("INET_NTOA").ci(),
                FunctionDefinition.of("IPv4StringToNum", ctx -> ipv4StringToNum(ctx, "IPv4StringToNum", false)).aliases("INET_ATON").ci(),
                FunctionDefinition.of("IPv4StringToNumOrZero", ctx -> ipv4StringToNum(ctx, "IPv4StringToNumOrZero", true)),
                FunctionDefinition.of("IPv6NumToString", MiscFunctions::ipv6NumToString).aliases("INET6_NTOA").ci(),
                FunctionDefinition.of("IPv6StringToNum", MiscFunctions::ipv6StringToNum).aliases("INET6_ATON").ci(),
                FunctionDefinition.of("randConstant", ctx -> {
                    long v = ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFFL;
                    return Kernel.bound(DataTypes.UINT32, (args, n) -> new ConstColumn(new LongColumn(DataTypes.UINT32, new long[] {v}, 1), n));
                }).nonDeterministic(),
                FunctionDefinition.of("randomString", ctx -> randomString(ctx, "randomString", false)).nonDeterministic(),
                FunctionDefinition.of("randomPrintableASCII", ctx -> randomString(ctx, "randomPrintableASCII", true)).nonDeterministic(),
                FunctionDefinition.of("blockSize", ctx -> {
                    Arguments.count(ctx, "blockSize", 0);
                    return Kernel.bound(DataTypes.UINT64, (args, n) -> new ConstColumn(new LongColumn(DataTypes.UINT64, new long[] {n}, 1), n));
                }).nonDeterministic(),
                FunctionDefinition.of("rowNumberInBlock", ctx -> {
                    Arguments.count(ctx, "rowNumberInBlock", 0);
                    return Kernel.bound(DataTypes.UINT64, (args, n) -> {
                        long[] r = new long[n];
                        for (int i = 0; i < n; i++) r[i] = i;
                        return new LongColumn(DataTypes.UINT64, r, n);
                    });
                }).nonDeterministic(),
                FunctionDefinition.of("intExp2", ctx -> intExp(ctx, "intExp2", 2)),
                FunctionDefinition.of("intExp10", ctx -> intExp(ctx, "intExp10", 10)),
                FunctionDefinition.of("defaultValueOfArgumentType", ctx -> {
                    Arguments.count(ctx, "defaultValueOfArgumentType", 1);
                    DataType t = ctx.argumentType(0);
                    return Kernel.bound(t, (args, n) -> new ConstColumn(t.defaultColumn(1), n));
                }).handlesNulls().keepsLowCardinality(),
                FunctionDefinition.of("formatReadableSize", ctx -> readable(ctx, "formatReadableSize", 0)),
                FunctionDefinition.of("formatReadableDecimalSize", ctx -> readable(ctx, "formatReadableDecimalSize", 1)),
                FunctionDefinition.of("formatReadableQuantity", ctx -> readable(ctx, "formatReadableQuantity", 2)));
    }

    static StringColumn stringColumn(String s) {
        StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, 1);
        b.append(s);
        return b.build();
    }

    private static BoundFunction constantString(BindContext ctx, String name, String value) {
        Arguments.count(ctx, name, 0);
        return Kernel.bound(DataTypes.STRING, (args, n) -> new ConstColumn(stringColumn(value), n));
    }

    /** Resolved once, on first use (the lookup may be slow). */
    private static final class HostName {
        static final String VALUE = hostName();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    private static BoundFunction uptime(BindContext ctx) {
        Arguments.count(ctx, "uptime", 0);
        long seconds = (ctx.functionContext().queryStart().toEpochMilli() - START_MILLIS) / 1000;
        return Kernel.bound(DataTypes.UINT32, (args, n) ->
                new ConstColumn(new LongColumn(DataTypes.UINT32, new long[] {Math.max(0, seconds)}, 1), n));
    }

    /** getSetting('name'): the current value, typed by the setting's type as ClickHouse does. */
    private static BoundFunction getSetting(BindContext ctx) {
        Arguments.count(ctx, "getSetting", 1);
        String name = Arguments.constantString(ctx, 0, "getSetting");
        Settings settings = ctx.functionContext().settings();
        if (!Settings.isKnown(name)) throw DbException.of(ErrorCode.UNKNOWN_SETTING, "Unknown setting '%s'", name);
        String type = Settings.definitions().stream().filter(d -> d.name().equals(name)).map(SettingDefinition::type).findFirst().orElse("String");
        Column value = switch (type) {
            case "UInt64", "MaxThreads", "Seconds" -> new LongColumn(DataTypes.UINT64, new long[] {settings.getLong(name)}, 1);
            case "Int64" -> new LongColumn(DataTypes.INT64, new long[] {settings.getLong(name)}, 1);
            case "Bool" -> new LongColumn(DataTypes.BOOL, new long[] {settings.getLong(name)}, 1);
            case "Float" -> new DoubleColumn(DataTypes.FLOAT64, new double[] {settings.getDouble(name)}, 1);
            default -> stringColumn(settings.getString(name));
        };
        return Kernel.bound(value.type(), (args, n) -> new ConstColumn(value, n));
    }

    private static BoundFunction throwIf(BindContext ctx) {
        Arguments.countBetween(ctx, "throwIf", 1, 2);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNative(t)) throw Arguments.illegalType(t, 0, "throwIf");
        String message = ctx.argumentCount() == 2 ? Arguments.constantString(ctx, 1, "throwIf") : "Value passed to 'throwIf' function is non-zero";
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            double[] v = Vectors.doubles(args[0], n);
            for (int i = 0; i < n; i++) {
                if (v[i] != 0) throw new DbException(ErrorCode.FUNCTION_THROW_IF_VALUE_IS_NON_ZERO, message);
            }
            return new LongColumn(DataTypes.UINT8, new long[n], n);
        });
    }

    private static BoundFunction sleep(BindContext ctx, String name, boolean eachRow) {
        Arguments.count(ctx, name, 1);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNative(t) && !NumericTypes.isDecimal(t)) throw Arguments.illegalType(t, 0, name);
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            double[] v = Vectors.doubles(args[0], n);
            double seconds = n == 0 ? 0 : eachRow ? v[0] * n : v[0];
            if (seconds < 0 || Double.isNaN(seconds)) throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Cannot sleep negative amount of time (not implemented)");
            if (seconds > 3) {
                throw DbException.of(TOO_SLOW, "The maximum sleep time is 3 seconds. Requested: %s", seconds);
            }
            try {
                Thread.sleep((long) (seconds * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
            }
            return new LongColumn(DataTypes.UINT8, new long[n], n);
        });
    }

    private static BoundFunction random(BindContext ctx, String name, int bits) {
        // Arguments are accepted and ignored: they only keep otherwise equal calls apart.
        DataType rt = bits == 32 ? DataTypes.UINT32 : bits == 64 ? DataTypes.UINT64 : DataTypes.FLOAT64;
        return Kernel.bound(rt, (args, n) -> {
            SplittableRandom rnd = new SplittableRandom(ThreadLocalRandom.current().nextLong());
            if (bits == 0) {
                double[] r = new double[n];
                for (int i = 0; i < n; i++) r[i] = rnd.nextDouble();
                return new DoubleColumn(rt, r, n);
            }
            long[] r = new long[n];
            for (int i = 0; i < n; i++) r[i] = bits == 32 ? rnd.nextLong() & 0xFFFF_FFFFL : rnd.nextLong();
            return new LongColumn(rt, r, n);
        });
    }

    private static BoundFunction generateUUIDv4(BindContext ctx) {
        return Kernel.bound(DataTypes.UUID, (args, n) -> {
            SplittableRandom rnd = new SplittableRandom(ThreadLocalRandom.current().nextLong());
            byte[] b = new byte[n * 16];
            int[] o = new int[n + 1];
            for (int i = 0; i < n; i++) {
                long hi = rnd.nextLong(), lo = rnd.nextLong();
                hi = (hi & ~0xF000L) | 0x4000L; // version 4
                lo = (lo & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // variant 10
                for (int k = 0; k < 8; k++) {
                    b[i * 16 + k] = (byte) (hi >>> (56 - 8 * k));
                    b[i * 16 + 8 + k] = (byte) (lo >>> (56 - 8 * k));
                }
                o[i + 1] = (i + 1) * 16;
            }
            return new StringColumn(DataTypes.UUID, b, o, n);
        });
    }

    private static BoundFunction randomString(BindContext ctx, String name, boolean printable) {
        Arguments.count(ctx, name, 1);
        if (!ctx.argumentType(0).isInteger()) throw Arguments.illegalType(ctx.argumentType(0), 0, name);
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            long[] len = Vectors.longs(args[0], n);
            SplittableRandom rnd = new SplittableRandom(ThreadLocalRandom.current().nextLong());
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            for (int i = 0; i < n; i++) {
                if (len[i] < 0 || len[i] > 1 << 30) throw DbException.of(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large string size in function %s", name);
                byte[] b = new byte[(int) len[i]];
                for (int k = 0; k < b.length; k++) b[k] = (byte) (printable ? 32 + rnd.nextInt(95) : rnd.nextInt(256));
                out.append(b);
            }
            return out.build();
        });
    }

    private static BoundFunction intExp(BindContext ctx, String name, int base) {
        Arguments.count(ctx, name, 1);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNative(t)) throw Arguments.illegalType(t, 0, name);
        return Kernel.bound(DataTypes.UINT64, (args, n) -> {
            double[] v = Vectors.doubles(args[0], n);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                // Negative exponents give 0, too large ones saturate at the maximum UInt64.
                long e = (long) v[i];
                if (e < 0) r[i] = 0;
                else if (base == 2) r[i] = e >= 64 ? -1L : 1L << e;
                else {
                    long p = 1;
                    for (long k = 0; k < e && p != -1L; k++) p = Long.compareUnsigned(p, Long.divideUnsigned(-1L, 10)) > 0 ? -1L : p * 10;
                    r[i] = p;
                }
            }
            return new LongColumn(DataTypes.UINT64, r, n);
        });
    }

    private static BoundFunction toLowCardinality(BindContext ctx) {
        Arguments.count(ctx, "toLowCardinality", 1);
        DataType t = ctx.argumentType(0);
        if (t instanceof LowCardinalityType) return Kernel.bound(t, (args, n) -> args[0]);
        DataType rt = new LowCardinalityType(t);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> new Converter(fc, Converter.Mode.THROW).convert(Vectors.dense(args[0]), rt));
    }

    private static BoundFunction ipv4NumToString(BindContext ctx) {
        Arguments.count(ctx, "IPv4NumToString", 1);
        DataType t = ctx.argumentType(0);
        if (!(t.id() == TypeId.UINT32 || t.id() == TypeId.IPV4 || t.isInteger())) throw Arguments.illegalType(t, 0, "IPv4NumToString");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            long[] v = Vectors.longs(args[0], n);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            io.strata.exec.function.scalar.ValueBuffer row = new io.strata.exec.function.scalar.ValueBuffer();
            for (int i = 0; i < n; i++) {
                long x = v[i];
                row.reset().appendNumber((x >>> 24) & 255, 1, (byte) '0').append((byte) '.').appendNumber((x >>> 16) & 255, 1, (byte) '0')
                        .append((byte) '.').appendNumber((x >>> 8) & 255, 1, (byte) '0').append((byte) '.').appendNumber(x & 255, 1, (byte) '0')
                        .appendTo(out);
            }
            return out.build();
        });
    }

    /** Parses a dotted quad; -1 when malformed. */
    static long parseIPv4(byte[] b, int from, int to) {
        long result = 0;
        int parts = 0, j = from;
        while (parts < 4) {
            if (j >= to || b[j] < '0' || b[j] > '9') return -1;
            long octet = 0;
            int digits = 0;
            while (j < to && b[j] >= '0' && b[j] <= '9') {
                octet = octet * 10 + (b[j++] - '0');
                if (++digits > 3) return -1;
            }
            if (octet > 255) return -1;
            result = result << 8 | octet;
            parts++;
            if (parts < 4) {
                if (j >= to || b[j] != '.') return -1;
                j++;
            }
        }
        return j == to ? result : -1;
    }

    private static BoundFunction ipv4StringToNum(BindContext ctx, String name, boolean orZero) {
        Arguments.count(ctx, name, 1);
        if (!Arguments.isString(ctx.argumentType(0))) throw Arguments.illegalType(ctx.argumentType(0), 0, name);
        return Kernel.bound(DataTypes.UINT32, (args, n) -> {
            StringColumn s = (StringColumn) Vectors.dense(args[0]);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                long v = parseIPv4(s.bytes(), s.start(i), s.start(i) + s.length(i));
                if (v < 0) {
                    if (orZero) continue;
                    throw DbException.of(CANNOT_PARSE_IPV4, "Invalid IPv4 value");
                }
                r[i] = v;
            }
            return new LongColumn(DataTypes.UINT32, r, n);
        });
    }

    private static BoundFunction ipv6NumToString(BindContext ctx) {
        Arguments.count(ctx, "IPv6NumToString", 1);
        DataType t = ctx.argumentType(0);
        if (!(t instanceof FixedStringType f && f.length() == 16)) throw Arguments.illegalType(t, 0, "IPv6NumToString");
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = ((StringColumn) Vectors.dense(args[0])).withType(DataTypes.IPV6);
            return new Converter(fc, Converter.Mode.THROW).convert(s, DataTypes.STRING);
        });
    }

    private static BoundFunction ipv6StringToNum(BindContext ctx) {
        Arguments.count(ctx, "IPv6StringToNum", 1);
        if (!Arguments.isString(ctx.argumentType(0))) throw Arguments.illegalType(ctx.argumentType(0), 0, "IPv6StringToNum");
        FixedStringType rt = new FixedStringType(16);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            StringColumn s = (StringColumn) Vectors.dense(args[0]);
            // An IPv4 address is accepted too and mapped into ::ffff:a.b.c.d, as ClickHouse does.
            StringColumnBuilder fixed = new StringColumnBuilder(DataTypes.STRING, n);
            for (int i = 0; i < n; i++) {
                String v = s.getString(i);
                fixed.append(v.contains(":") ? v : "::ffff:" + v);
            }
            Column c = Vectors.dense(new Converter(fc, Converter.Mode.THROW).convert(fixed.build(), DataTypes.IPV6));
            return ((StringColumn) c).withType(rt);
        });
    }

    /** kind 0: binary sizes (KiB), 1: decimal sizes (KB), 2: quantities (thousand, million...). */
    private static BoundFunction readable(BindContext ctx, String name, int kind) {
        Arguments.count(ctx, name, 1);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNative(t) && !NumericTypes.isDecimal(t)) throw Arguments.illegalType(t, 0, name);
        String[] units = switch (kind) {
            case 0 -> new String[] {" B", " KiB", " MiB", " GiB", " TiB", " PiB", " EiB", " ZiB", " YiB"};
            case 1 -> new String[] {" B", " KB", " MB", " GB", " TB", " PB", " EB", " ZB", " YB"};
            default -> new String[] {"", " thousand", " million", " billion", " trillion", " quadrillion", " quintillion",
                    " sextillion", " septillion"};
        };
        double base = kind == 0 ? 1024 : 1000;
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            double[] v = Vectors.doubles(args[0], n);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            for (int i = 0; i < n; i++) {
                double x = v[i];
                int u = 0;
                while (Math.abs(x) >= base && u < units.length - 1) {
                    x /= base;
                    u++;
                }
                out.append(twoDecimals(x) + units[u]);
            }
            return out.build();
        });
    }

    /** Always two decimals, like ClickHouse's formatReadable helpers ('1.00 KiB'). */
    static String twoDecimals(double x) {
        return String.format(java.util.Locale.ROOT, "%.2f", x);
    }
}
