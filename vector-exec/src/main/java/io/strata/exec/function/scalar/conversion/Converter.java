package io.strata.exec.function.scalar.conversion;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DateType;
import io.strata.core.type.DecimalType;
import io.strata.core.type.EnumType;
import io.strata.core.type.FixedStringType;
import io.strata.core.type.FloatType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.core.type.WideIntegerType;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.datetime.ZoneClock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Converts a column to another type with ClickHouse's CAST semantics: numbers wrap like C casts
 * (toUInt8(300) = 44) and floats truncate; strings are parsed (the whole value must be consumed);
 * values are written as their plain text for String; Nullable, LowCardinality, Array and Tuple are
 * converted through their nested columns. The three modes are the plain function (throw), OrZero
 * (default value) and OrNull (NULL) on a value that cannot be parsed.
 */
public final class Converter {

    public enum Mode { THROW, OR_ZERO, OR_NULL }

    private final FunctionContext context;
    private final Mode mode;
    private final FormatSettings settings;

    public Converter(FunctionContext context, Mode mode) {
        this.context = context;
        this.mode = mode;
        this.settings = FormatSettings.DEFAULT.withTimeZone(context.timeZone());
    }

    /** Converts {@code src}; in OR_NULL mode {@code to} must be the Nullable result type. */
    public Column convert(Column src, DataType to) {
        int n = src.size();
        if (mode == Mode.OR_NULL && to instanceof NullableType nt) {
            byte[] failed = new byte[n];
            Column inner;
            byte[] nulls = failed;
            if (src instanceof NullableColumn nc) {
                System.arraycopy(nc.nulls(), 0, failed, 0, n);
                inner = convertDense(Vectors.dense(nc.values()), nt.inner(), failed);
            } else {
                inner = convertDense(Vectors.dense(src), nt.inner(), failed);
            }
            return new NullableColumn(nt, inner, nulls);
        }
        return convertAny(src, to, null);
    }

    private Column convertAny(Column src, DataType to, byte[] skip) {
        int n = src.size();
        if (src.type().equals(to)) return src;
        // T and SimpleAggregateFunction(f, T) share the layout: the conversion only renames the type
        if (src.type().withoutCustomName().equals(to.withoutCustomName())) return Column.relabel(src, to);
        switch (src) {
            case ConstColumn k -> {
                return new ConstColumn(convertAny(k.value(), to, null), k.size());
            }
            case LowCardinalityColumn lc -> {
                return convertAny(lc.materialize(), to, skip);
            }
            default -> {
            }
        }
        if (to instanceof LowCardinalityType lt) {
            Column inner = convertAny(src, lt.inner(), skip);
            ColumnBuilder b = lt.createBuilder(n);
            for (int i = 0; i < n; i++) b.append(inner, i);
            return b.build();
        }
        if (to instanceof NullableType nt) {
            if (src instanceof NothingColumn) return nt.defaultColumn(n);
            // Nullable(Nothing) (a NULL literal) holds only NULLs, whatever the target.
            if (src instanceof NullableColumn nc && nc.values() instanceof NothingColumn) return nt.defaultColumn(n);
            if (src instanceof NullableColumn nc) {
                return new NullableColumn(nt, convertAny(nc.values(), nt.inner(), nc.nulls()), nc.nulls());
            }
            return new NullableColumn(nt, convertAny(src, nt.inner(), skip), new byte[n]);
        }
        if (src instanceof NullableColumn nc) {
            if (nc.hasNulls()) throw cannotConvertNull(to);
            return convertAny(nc.values(), to, skip);
        }
        if (src instanceof NothingColumn) {
            if (n > 0) throw cannotConvertNull(to);
            return to.defaultColumn(0);
        }
        return convertDense(src, to, skip);
    }

    static DbException cannotConvertNull(DataType to) {
        return DbException.of(ErrorCode.CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN, "Cannot convert NULL value to non-Nullable type %s", to);
    }

    /**
     * Converts a column without Const/LowCardinality/Nullable wrappers. {@code flags} marks rows to
     * skip (NULL rows, whose placeholder values need not parse) and, in OR_NULL mode, receives the
     * rows that failed.
     */
    private Column convertDense(Column src, DataType to, byte[] flags) {
        DataType from = src.type();
        int n = src.size();
        if (from.equals(to)) return src;
        if (to instanceof ArrayType at) {
            if (src instanceof ArrayColumn ac) {
                return new ArrayColumn(at, ac.offsets(), convertAny(ac.elements(), at.element(), null), n);
            }
            if (from.isString()) return parseWithText((StringColumn) src, to, flags);
            throw cannotConvert(from, to);
        }
        if (to instanceof io.strata.core.type.MapType mt && !from.isString()) return toMap(src, mt);
        if (to instanceof TupleType tt) {
            if (src instanceof TupleColumn tc && tc.width() == tt.elements().size()) {
                Column[] e = new Column[tc.width()];
                for (int i = 0; i < e.length; i++) e[i] = convertAny(tc.element(i), tt.elements().get(i), null);
                return new TupleColumn(tt, e, n);
            }
            if (from.isString()) return parseWithText((StringColumn) src, to, flags);
            throw cannotConvert(from, to);
        }
        if (to.id() == TypeId.STRING) return toStringColumn(src);
        if (to instanceof FixedStringType ft && to.id() == TypeId.FIXED_STRING && src instanceof StringColumn sc) {
            StringColumnBuilder b = new StringColumnBuilder(ft, n);
            for (int i = 0; i < n; i++) {
                if (sc.length(i) > ft.length()) {
                    throw DbException.of(ErrorCode.TOO_LARGE_STRING_SIZE, "String too long for type %s", ft);
                }
                b.append(sc.bytes(), sc.start(i), sc.length(i));
            }
            return b.build();
        }
        if (src instanceof StringColumn sc) return parse(sc, to, flags);
        if (from instanceof EnumType || to instanceof EnumType) {
            if (to instanceof EnumType) {
                long[] v = Vectors.longs(src, n);
                EnumType et = (EnumType) to;
                for (int i = 0; i < n; i++) {
                    if (et.nameOf(v[i]) == null) {
                        throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Unexpected value %d in enum", v[i]);
                    }
                }
                return new LongColumn(to, java.util.Arrays.copyOf(v, n), n);
            }
        }
        return convertNumeric(src, from, to);
    }

    /**
     * CAST to Map from a Map (keys and values converted), from an Array of (key, value) tuples, or
     * from a tuple (keys_array, values_array) whose arrays have equal sizes row by row.
     */
    private Column toMap(Column src, io.strata.core.type.MapType to) {
        int n = src.size();
        ArrayColumn entries;
        if (src instanceof io.strata.core.column.MapColumn m) {
            entries = m.nested();
        } else if (src instanceof ArrayColumn ac && ac.elements().type() instanceof TupleType et && et.elements().size() == 2) {
            entries = ac;
        } else if (src instanceof TupleColumn tc && tc.width() == 2 && Vectors.dense(tc.element(0)) instanceof ArrayColumn keys
                && Vectors.dense(tc.element(1)) instanceof ArrayColumn values) {
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                if (keys.length(i) != values.length(i)) {
                    throw DbException.of(ErrorCode.TYPE_MISMATCH, "CAST AS Map can only be performed from tuple of arrays with equal sizes.");
                }
                offsets[i + 1] = offsets[i] + keys.length(i);
            }
            Column k = keys.elements().slice(keys.start(0), offsets[n]);
            Column v = values.elements().slice(values.start(0), offsets[n]);
            TupleType pair = new TupleType(java.util.List.of(k.type(), v.type()));
            entries = new ArrayColumn(new ArrayType(pair), offsets, new TupleColumn(pair, new Column[] {k, v}, offsets[n]), n);
        } else {
            throw cannotConvert(src.type(), to);
        }
        TupleColumn pairs = (TupleColumn) Vectors.dense(entries.elements());
        TupleType target = (TupleType) to.nested().element();
        Column k = convertAny(pairs.element(0), to.key(), null);
        Column v = convertAny(pairs.element(1), to.value(), null);
        TupleColumn converted = new TupleColumn(target, new Column[] {k, v}, pairs.size());
        return new io.strata.core.column.MapColumn(to, new ArrayColumn(to.nested(), entries.offsets(), converted, n));
    }

    private static DbException cannotConvert(DataType from, DataType to) {
        return DbException.of(ErrorCode.CANNOT_CONVERT_TYPE, "Conversion from %s to %s is not supported", from, to);
    }

    // ---- numbers, dates and decimals among themselves ----

    private Column convertNumeric(Column src, DataType from, DataType to) {
        int n = src.size();
        boolean fromNumberLike = src instanceof LongColumn || src instanceof DoubleColumn || src instanceof BigColumn;
        if (!fromNumberLike) throw cannotConvert(from, to);
        if (from.id() == TypeId.IPV4 || from.id() == TypeId.INTERVAL) from = DataTypes.UINT32;
        switch (to) {
            case IntegerType it -> {
                if (to.id() != TypeId.BOOL && from instanceof IntegerType ft && holds(it, ft)) {
                    // every value of the source type is one of the target's: the values stay as they are
                    return new LongColumn(to, Vectors.longs(src, n), n);
                }
                long[] r = new long[n];
                if (from instanceof FloatType) {
                    double[] d = Vectors.doubles(src, n);
                    boolean u64 = Vectors.isUInt64(it);
                    for (int i = 0; i < n; i++) r[i] = u64 && d[i] >= 0x1p63 ? (long) (d[i] - 0x1p63) ^ Long.MIN_VALUE : (long) d[i];
                } else if (from instanceof DecimalType dt) {
                    BigInteger[] big = src instanceof BigColumn ? Vectors.bigs(src, n) : null;
                    long[] v = big == null ? Vectors.longs(src, n) : null;
                    long p = pow10(dt.scale());
                    for (int i = 0; i < n; i++) {
                        r[i] = big == null ? v[i] / p : big[i].divide(BigInteger.TEN.pow(dt.scale())).longValue();
                    }
                } else if (from instanceof DateTimeType dt && dt.is64()) {
                    long[] v = Vectors.longs(src, n);
                    long p = pow10(dt.scale());
                    for (int i = 0; i < n; i++) r[i] = Math.floorDiv(v[i], p);
                } else {
                    System.arraycopy(Vectors.longs(src, n), 0, r, 0, n);
                }
                if (to.id() == TypeId.BOOL) {
                    if (src instanceof BigColumn bc) {
                        for (int i = 0; i < n; i++) r[i] = bc.get(i).signum() != 0 ? 1 : 0;
                    } else if (from instanceof FloatType) {
                        double[] d = Vectors.doubles(src, n);
                        for (int i = 0; i < n; i++) r[i] = d[i] != 0 ? 1 : 0;
                    } else {
                        for (int i = 0; i < n; i++) r[i] = r[i] != 0 ? 1 : 0;
                    }
                } else {
                    NumericTypes.wrap(r, n, it);
                }
                return new LongColumn(to, r, n);
            }
            case WideIntegerType wt -> {
                return toWide(src, from, wt);
            }
            case FloatType ft -> {
                double[] d;
                if (from instanceof DateTimeType dt && dt.is64()) {
                    long[] v = Vectors.longs(src, n);
                    d = new double[n];
                    double p = pow10(dt.scale());
                    for (int i = 0; i < n; i++) d[i] = v[i] / p;
                } else {
                    d = Vectors.doubles(src, n);
                    // Float32 rounds in place: a column's own array (or a dictionary's) is copied
                    // first; integers and constants gave a fresh one
                    boolean fresh = !(src instanceof DoubleColumn) && !(src instanceof LowCardinalityColumn);
                    if (!fresh && ft.id() == TypeId.FLOAT32) d = java.util.Arrays.copyOf(d, n);
                }
                NumericTypes.roundFloat32(d, n, ft);
                return new DoubleColumn(to, d, n);
            }
            case DecimalType dt -> {
                return toDecimal(src, from, dt);
            }
            case DateType dt -> {
                long[] days = from instanceof IntegerType ? Vectors.longs(src, n) : null;
                // day numbers already: the values stay as they are
                if (days != null && allDayNumbers(days, n)) return new LongColumn(to, days, n);
                long[] r = new long[n];
                if (from instanceof DateTimeType st) {
                    long[] v = Vectors.longs(src, n);
                    long p = st.is64() ? pow10(st.scale()) : 1;
                    ZoneClock clock = new ZoneClock(st.zoneOr(context.timeZone()));
                    for (int i = 0; i < n; i++) r[i] = clock.dayNumber(Math.floorDiv(v[i], p));
                } else if (from instanceof DateType) {
                    System.arraycopy(Vectors.longs(src, n), 0, r, 0, n);
                } else {
                    // A number up to 65535 is a day number, larger ones are unix timestamps.
                    long[] v = Vectors.longs(src, n);
                    ZoneClock clock = new ZoneClock(context.timeZone());
                    for (int i = 0; i < n; i++) r[i] = v[i] <= 65535 && v[i] >= 0 ? v[i] : (v[i] < 0 ? 0 : clock.dayNumber(v[i]));
                }
                if (!dt.isDate32()) for (int i = 0; i < n; i++) r[i] = Math.max(0, Math.min(65535, r[i]));
                return new LongColumn(to, r, n);
            }
            case DateTimeType dt -> {
                long[] r = new long[n];
                long p = dt.is64() ? pow10(dt.scale()) : 1;
                if (from instanceof DateType) {
                    long[] v = Vectors.longs(src, n);
                    ZoneClock clock = new ZoneClock(dt.zoneOr(context.timeZone()));
                    for (int i = 0; i < n; i++) r[i] = clock.startOfDay(v[i]) * p;
                } else if (from instanceof DateTimeType st) {
                    long[] v = Vectors.longs(src, n);
                    long q = st.is64() ? pow10(st.scale()) : 1;
                    for (int i = 0; i < n; i++) r[i] = p >= q ? v[i] * (p / q) : Math.floorDiv(v[i], q / p);
                } else if (from instanceof FloatType) {
                    double[] v = Vectors.doubles(src, n);
                    for (int i = 0; i < n; i++) r[i] = (long) (v[i] * p);
                } else {
                    long[] v = Vectors.longs(src, n);
                    for (int i = 0; i < n; i++) r[i] = v[i] * p;
                }
                if (!dt.is64()) for (int i = 0; i < n; i++) r[i] = r[i] & 0xFFFF_FFFFL;
                return new LongColumn(to, r, n);
            }
            default -> {
                if (to.id() == TypeId.IPV4 && from instanceof IntegerType) {
                    long[] v = Vectors.longs(src, n), r = new long[n];
                    for (int i = 0; i < n; i++) r[i] = v[i] & 0xFFFF_FFFFL;
                    return new LongColumn(to, r, n);
                }
                throw cannotConvert(from, to);
            }
        }
    }

    private Column toDecimal(Column src, DataType from, DecimalType dt) {
        int n = src.size();
        int scale = dt.scale();
        BigInteger limit = BigInteger.TEN.pow(dt.precision());
        BigInteger[] out = new BigInteger[n];
        if (from instanceof FloatType) {
            double[] d = Vectors.doubles(src, n);
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(d[i])) throw DbException.of(ErrorCode.DECIMAL_OVERFLOW, "Decimal convert overflow. Cannot convert infinity or NaN to decimal");
                out[i] = new BigDecimal(d[i]).setScale(scale, RoundingMode.DOWN).unscaledValue();
            }
        } else {
            int fromScale = from instanceof DecimalType fd ? fd.scale() : 0;
            BigInteger[] v = Vectors.bigs(src, n);
            for (int i = 0; i < n; i++) {
                out[i] = scale >= fromScale ? v[i].multiply(BigInteger.TEN.pow(scale - fromScale)) : v[i].divide(BigInteger.TEN.pow(fromScale - scale));
            }
        }
        for (int i = 0; i < n; i++) {
            if (out[i].abs().compareTo(limit) >= 0) {
                throw DbException.of(ErrorCode.DECIMAL_OVERFLOW, "Decimal value is too big for %s", dt);
            }
        }
        if (dt.precision() > 18) return new io.strata.core.column.BigColumn(dt, out, n);
        long[] r = new long[n];
        for (int i = 0; i < n; i++) r[i] = out[i].longValue();
        return new LongColumn(dt, r, n);
    }

    /** Any number to Int128..UInt256: floats and decimals truncate toward zero, then the value wraps. */
    private static Column toWide(Column src, DataType from, WideIntegerType to) {
        int n = src.size();
        BigInteger[] r = new BigInteger[n];
        if (from instanceof FloatType) {
            double[] d = Vectors.doubles(src, n);
            // NaN and infinities have no integer value; C leaves them undefined, we give 0
            for (int i = 0; i < n; i++) r[i] = Double.isFinite(d[i]) ? new BigDecimal(d[i]).toBigInteger() : BigInteger.ZERO;
        } else if (from instanceof DecimalType dt) {
            BigInteger[] v = Vectors.bigs(src, n);
            BigInteger p = BigInteger.TEN.pow(dt.scale());
            for (int i = 0; i < n; i++) r[i] = v[i].divide(p);
        } else if (from instanceof DateTimeType dt && dt.is64()) {
            long[] v = Vectors.longs(src, n);
            long p = pow10(dt.scale());
            for (int i = 0; i < n; i++) r[i] = BigInteger.valueOf(Math.floorDiv(v[i], p));
        } else {
            BigInteger[] v = Vectors.bigs(src, n);
            System.arraycopy(v, 0, r, 0, n);
        }
        for (int i = 0; i < n; i++) r[i] = to.wrap(r[i]);
        return new BigColumn(to, r, n);
    }

    static long pow10(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) p *= 10;
        return p;
    }

    // ---- to String ----

    private Column toStringColumn(Column src) {
        int n = src.size();
        DataType from = src.type();
        if (src instanceof StringColumn sc && from.id() == TypeId.FIXED_STRING) return sc.withType(DataTypes.STRING);
        if (src instanceof LongColumn lc && from instanceof IntegerType && from.id() != TypeId.BOOL) {
            return integersToStrings(lc.values(), n, Vectors.isUInt64(from));
        }
        // about 8 bytes of text per value (dates, floats): one allocation instead of a dozen regrowths
        WriteBuffer out = new WriteBuffer((int) Math.min(1 << 30, 8L * n));
        int[] offsets = new int[n + 1];
        if (src instanceof LongColumn lc && (from instanceof DateType || from instanceof DateTimeType dt && !dt.is64())) {
            long[] v = lc.values();
            ZoneClock clock = from instanceof DateTimeType dt ? new ZoneClock(dt.zoneOr(context.timeZone())) : null;
            for (int i = 0; i < n; i++) {
                if (clock == null) DateText.writeDate(out, v[i]);
                else DateText.writeDateTime(out, clock.toLocal(v[i]));
                offsets[i + 1] = out.size();
            }
        } else if (from instanceof EnumType et) {
            long[] v = Vectors.longs(src, n);
            for (int i = 0; i < n; i++) {
                out.write(et.nameOf(v[i]));
                offsets[i + 1] = out.size();
            }
        } else {
            FormatSettings fs = from instanceof DateTimeType dt ? settings.withTimeZone(dt.zoneOr(context.timeZone())) : settings;
            var text = from.text();
            for (int i = 0; i < n; i++) {
                text.writeText(src, i, out, fs);
                offsets[i + 1] = out.size();
            }
        }
        // the buffer's own array when it is mostly used (a column may hold a longer array than its bytes)
        byte[] bytes = out.reserve(0).length - out.size() <= out.size() / 4 ? out.reserve(0) : out.toByteArray();
        return new StringColumn(DataTypes.STRING, bytes, offsets, n);
    }

    /** Whether every value of integer type {@code from} is a value of {@code to}. */
    private static boolean holds(IntegerType to, IntegerType from) {
        if (to.signed()) return from.signed() ? from.bits() <= to.bits() : from.bits() < to.bits();
        return !from.signed() && from.bits() <= to.bits();
    }

    /** Whether {@code v[0, n)} are all day numbers of a Date (0..65535), which toDate keeps as they are. */
    private static boolean allDayNumbers(long[] v, int n) {
        boolean all = true;
        for (int i = 0; i < n; i++) all &= (v[i] & ~0xFFFFL) == 0;
        return all;
    }

    /**
     * Integers as decimal text, in two passes: the lengths (so the bytes are allocated once, at
     * their exact size), then each value's text, left to right (a value's text may be stored with
     * a few bytes past its end, which the next value's overwrite).
     */
    private static Column integersToStrings(long[] v, int n, boolean unsigned) {
        int[] offsets = new int[n + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += WriteBuffer.textLength(v[i], unsigned);
            if (total > Integer.MAX_VALUE - 16) {
                throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "String column is too large (" + total + " bytes)");
            }
            offsets[i + 1] = (int) total;
        }
        byte[] b = new byte[(int) total];
        for (int i = 0; i < n; i++) WriteBuffer.putText(b, offsets[i], offsets[i + 1], v[i], unsigned);
        return new StringColumn(DataTypes.STRING, b, offsets, n);
    }

    // ---- from String ----

    private boolean fail(byte[] flags, int row) {
        if (mode == Mode.THROW) return false;
        if (mode == Mode.OR_NULL && flags != null) flags[row] = 1;
        return true;
    }

    private static boolean skipped(byte[] flags, int row) {
        return flags != null && flags[row] != 0;
    }

    private Column parse(StringColumn sc, DataType to, byte[] flags) {
        int n = sc.size();
        byte[] b = sc.bytes();
        TextParsers p = TextParsers.create();
        switch (to) {
            case IntegerType it when to.id() != TypeId.BOOL -> {
                long[] r = new long[n];
                for (int i = 0; i < n; i++) {
                    if (skipped(flags, i)) continue;
                    if (p.parseLong(b, sc.start(i), sc.length(i), it.signed())) r[i] = p.value;
                    else if (!fail(flags, i)) throw p.minusRefused ? unsignedMinus(to) : cannotParse(sc, i, to);
                }
                NumericTypes.wrap(r, n, it);
                return new LongColumn(to, r, n);
            }
            case FloatType ft -> {
                double[] r = new double[n];
                for (int i = 0; i < n; i++) {
                    if (skipped(flags, i)) continue;
                    try {
                        r[i] = parseDouble(sc, i);
                    } catch (NumberFormatException e) {
                        if (!fail(flags, i)) throw cannotParse(sc, i, to);
                    }
                }
                NumericTypes.roundFloat32(r, n, ft);
                return new DoubleColumn(to, r, n);
            }
            case DateType dt -> {
                long[] r = new long[n];
                for (int i = 0; i < n; i++) {
                    if (skipped(flags, i)) continue;
                    if (p.parseDate(b, sc.start(i), sc.length(i))) {
                        r[i] = dt.isDate32() ? p.value : Math.max(0, Math.min(65535, p.value));
                    } else if (!fail(flags, i)) {
                        throw DbException.of(ErrorCode.CANNOT_PARSE_DATE, "Cannot parse date: value %s: Cannot parse %s from String", quote(sc, i), to);
                    }
                }
                return new LongColumn(to, r, n);
            }
            case DateTimeType dt when !dt.is64() -> {
                long[] r = new long[n];
                ZoneClock clock = new ZoneClock(dt.zoneOr(context.timeZone()));
                for (int i = 0; i < n; i++) {
                    if (skipped(flags, i)) continue;
                    if (p.parseDateTime(b, sc.start(i), sc.length(i))) {
                        r[i] = (p.isEpoch ? p.value : clock.fromLocal(p.value)) & 0xFFFF_FFFFL;
                    } else if (!fail(flags, i)) {
                        throw DbException.of(ErrorCode.CANNOT_PARSE_DATETIME, "Cannot parse datetime %s: Cannot parse %s from String", quote(sc, i), to);
                    }
                }
                return new LongColumn(to, r, n);
            }
            case DecimalType dt -> {
                BigInteger[] r = new BigInteger[n];
                for (int i = 0; i < n; i++) {
                    r[i] = BigInteger.ZERO;
                    if (skipped(flags, i)) continue;
                    try {
                        BigDecimal v = new BigDecimal(sc.getString(i));
                        r[i] = v.setScale(dt.scale(), RoundingMode.DOWN).unscaledValue();
                        if (r[i].abs().compareTo(BigInteger.TEN.pow(dt.precision())) >= 0) {
                            throw DbException.of(ErrorCode.DECIMAL_OVERFLOW, "Decimal value %s is too big for %s", sc.getString(i), dt);
                        }
                    } catch (NumberFormatException e) {
                        if (!fail(flags, i)) throw cannotParse(sc, i, to);
                    }
                }
                if (dt.precision() > 18) return new BigColumn(dt, r, n);
                long[] l = new long[n];
                for (int i = 0; i < n; i++) l[i] = r[i].longValue();
                return new LongColumn(dt, l, n);
            }
            case EnumType et -> {
                long[] r = new long[n];
                for (int i = 0; i < n; i++) {
                    if (skipped(flags, i)) continue;
                    Integer v = et.valueOf(sc.getString(i));
                    if (v != null) r[i] = v;
                    else if (!fail(flags, i)) throw DbException.of(ErrorCode.UNKNOWN_ELEMENT_OF_ENUM, "Unknown element %s for enum", quote(sc, i));
                }
                return new LongColumn(to, r, n);
            }
            case WideIntegerType wt when !wt.signed() -> {
                // As for the narrow unsigned types: a minus sign is refused, not wrapped.
                byte[] refused = flags != null ? flags : new byte[n];
                for (int i = 0; i < n; i++) {
                    if (skipped(flags, i) || sc.length(i) == 0 || b[sc.start(i)] != '-') continue;
                    if (!fail(refused, i)) throw unsignedMinus(to);
                    if (mode == Mode.OR_ZERO) refused[i] = 1;
                }
                return parseWithText(sc, to, refused);
            }
            default -> {
                return parseWithText(sc, to, flags);
            }
        }
    }

    private static double parseDouble(StringColumn sc, int row) {
        String s = sc.getString(row);
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            throw new NumberFormatException();
        }
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan" -> Double.NaN;
            default -> {
                char last = s.charAt(s.length() - 1);
                if (last == 'd' || last == 'D' || last == 'f' || last == 'F') throw new NumberFormatException();
                yield Double.parseDouble(s);
            }
        };
    }

    /** The general path: the type's own text reader (UUID, IPv4/6, Bool, arrays, DateTime64...). */
    private Column parseWithText(StringColumn sc, DataType to, byte[] flags) {
        int n = sc.size();
        ColumnBuilder b = to.createBuilder(n);
        for (int i = 0; i < n; i++) {
            if (skipped(flags, i)) {
                b.appendDefault();
                continue;
            }
            int before = b.size();
            try {
                ReadBuffer in = new ReadBuffer(sc.bytes(), sc.start(i), sc.length(i));
                to.text().readText(in, b, settings);
                if (!in.eof()) throw cannotParse(sc, i, to);
            } catch (DbException e) {
                if (e.code() == ErrorCode.NOT_IMPLEMENTED || !fail(flags, i)) {
                    if (e.code() == ErrorCode.NOT_IMPLEMENTED) throw e;
                    throw e.getMessage().startsWith("Cannot parse") ? e : cannotParse(sc, i, to, e.code());
                }
                if (b.size() > before) continue;
                b.appendDefault();
                continue;
            }
        }
        return b.build();
    }

    private static String quote(StringColumn sc, int row) {
        return "'" + sc.getString(row) + "'";
    }

    private static DbException unsignedMinus(DataType to) {
        return DbException.of(ErrorCode.CANNOT_PARSE_NUMBER, "Unsigned type must not contain '-' symbol: Cannot parse %s from String", to);
    }

    private static DbException cannotParse(StringColumn sc, int row, DataType to) {
        return cannotParse(sc, row, to, ErrorCode.CANNOT_PARSE_TEXT);
    }

    private static DbException cannotParse(StringColumn sc, int row, DataType to, ErrorCode code) {
        return DbException.of(code, "Cannot parse string %s as %s", quote(sc, row), to);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
