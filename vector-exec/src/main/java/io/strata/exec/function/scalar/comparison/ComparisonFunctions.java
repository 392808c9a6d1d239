package io.strata.exec.function.scalar.comparison;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DateType;
import io.strata.core.type.DecimalType;
import io.strata.core.type.EnumType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter;
import java.math.BigInteger;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * equals, notEquals, less, greater, lessOrEquals, greaterOrEquals → UInt8. Both sides are first
 * brought to one comparison type (a String side takes the other side's type, as ClickHouse does
 * for {@code d = '2024-01-01'}); UInt64 against signed integers compares by value, not bits.
 */
public final class ComparisonFunctions {
    private ComparisonFunctions() {
    }

    enum Op {
        EQ("equals"), NE("notEquals"), LT("less"), GT("greater"), LE("lessOrEquals"), GE("greaterOrEquals");

        final String function;

        Op(String f) {
            this.function = f;
        }

        boolean test(int c) {
            return switch (this) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case GT -> c > 0;
                case LE -> c <= 0;
                case GE -> c >= 0;
            };
        }
    }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        for (Op op : Op.values()) out.add(FunctionDefinition.of(op.function, ctx -> bind(op, ctx)));
        return out;
    }

    private enum Kind { SIGNED, UNSIGNED, UNSIGNED_SIGNED, SIGNED_UNSIGNED, DOUBLE, BIG, BYTES, COMPOSITE }

    static BoundFunction bind(Op op, BindContext ctx) {
        Arguments.count(ctx, op.function, 2);
        DataType a = ctx.argumentType(0), b = ctx.argumentType(1);
        DataType target;
        Kind kind;
        boolean aStr = Arguments.isString(a), bStr = Arguments.isString(b);
        if (aStr && bStr) {
            target = null;
            kind = Kind.BYTES;
        } else if (aStr || bStr) {
            // The String side is parsed as the other side's type.
            target = aStr ? b : a;
            kind = kindOf(target, target);
            if (target.id() == TypeId.ARRAY || target.id() == TypeId.TUPLE || target.id() == TypeId.MAP) throw illegal(a, b, op);
        } else if (isComposite(a) || isComposite(b)) {
            // Tuples and arrays compare lexicographically after conversion to their common type.
            if (a.id() != b.id()) throw illegal(a, b, op);
            target = Supertypes.leastSupertype(a, b);
            kind = Kind.COMPOSITE;
        } else if (NumericTypes.isNative(a) && NumericTypes.isNative(b)) {
            target = null;
            kind = kindOf(a, b);
        } else if (NumericTypes.isNativeOrWide(a) && NumericTypes.isNativeOrWide(b)) {
            // a wide integer: exact BigInteger comparison, or doubles against a float
            target = null;
            kind = NumericTypes.isFloat(a) || NumericTypes.isFloat(b) ? Kind.DOUBLE : Kind.BIG;
        } else if (a instanceof EnumType && b instanceof EnumType || a.id() == b.id() && a.equals(b)) {
            target = null;
            kind = kindOf(a, b);
        } else if (isPlainDate(a) && NumericTypes.isNative(b) || isPlainDate(b) && NumericTypes.isNative(a)) {
            // As in ClickHouse a Date or DateTime compares with a number by its day or second count
            // (toStartOfHour(now()) > 0).
            target = null;
            kind = kindOf(a, b);
        } else if (isDateLike(a) && isDateLike(b) || NumericTypes.isDecimal(a) || NumericTypes.isDecimal(b)) {
            if (!(isDateLike(a) && isDateLike(b)) && !(isNumber(a) && isNumber(b))) throw illegal(a, b, op);
            DataType st;
            try {
                st = Supertypes.leastSupertype(a, b);
            } catch (DbException e) {
                st = DataTypes.FLOAT64;
            }
            target = st;
            kind = kindOf(st, st);
        } else if (a instanceof EnumType && isNumber(b) || b instanceof EnumType && isNumber(a)) {
            target = null;
            kind = Kind.SIGNED;
        } else {
            throw illegal(a, b, op);
        }
        Converter conv = target == null ? null : new Converter(ctx.functionContext(), Converter.Mode.THROW);
        return new BoundFunction() {
            @Override
            public DataType returnType() {
                return DataTypes.UINT8;
            }

            // A constant side is converted once, as a constant (EventDate >= '2013-07-01' parses
            // the text once, not on every row), and a column against a constant is compared
            // without expanding the constant into a column first.
            @Override
            public boolean acceptsConstArguments() {
                return true;
            }

            @Override
            public Column execute(Column[] args, int n) {
                Column x = args[0], y = args[1];
                if (conv != null) {
                    x = conv.convert(x, target);
                    y = conv.convert(y, target);
                }
                if (y instanceof ConstColumn k && !(x instanceof ConstColumn)) {
                    long[] r = compareWithConstant(op, kind, x, k.value(), n);
                    if (r != null) return new LongColumn(DataTypes.UINT8, r, n);
                }
                return new LongColumn(DataTypes.UINT8, compare(op, kind, dense(x), dense(y), n), n);
            }

            // In a filter, a column against a constant keeps row positions without a UInt8 column
            // of 8-byte flags per row (WHERE AdvEngineID <> 0 wrote and read 80 MB per 10 M rows).
            @Override
            public boolean selects() {
                return switch (kind) {
                    case SIGNED, UNSIGNED, SIGNED_UNSIGNED, UNSIGNED_SIGNED -> true;
                    case BYTES -> op == Op.EQ || op == Op.NE;
                    default -> false;
                };
            }

            @Override
            public int select(Column[] args, int n, int[] selection, int count) {
                Column x = args[0], y = args[1];
                if (conv != null) {
                    x = conv.convert(x, target);
                    y = conv.convert(y, target);
                }
                if (y instanceof ConstColumn k && !(x instanceof ConstColumn)) {
                    int r = selectWithConstant(op, kind, x, k.value(), n, selection, count);
                    if (r >= 0) return r;
                }
                return keepNonZero(((LongColumn) execute(args, n)).values(), n, selection, count);
            }
        };
    }

    /**
     * Whether the selecting loops use the Vector API twin ({@link VectorSelection}): the module is
     * there (bin/strata adds it; an embedding application may not) and vectors are wide; the
     * system property {@code strata.vector=false} turns it off (to compare).
     */
    private static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("strata.vector")) && VectorSelection.usable();

    /** Keeps the rows of the selection (all n when count < 0) whose flag is non-zero. */
    private static int keepNonZero(long[] flags, int n, int[] selection, int count) {
        int k = 0;
        if (count < 0) {
            for (int i = 0; i < n; i++) {
                selection[k] = i;
                k += flags[i] != 0 ? 1 : 0;
            }
        } else {
            for (int j = 0; j < count; j++) {
                int row = selection[j];
                selection[k] = row;
                k += flags[row] != 0 ? 1 : 0;
            }
        }
        return k;
    }

    /** All of the selection when {@code keep}, none otherwise. */
    private static int allOrNone(boolean keep, int n, int[] selection, int count) {
        if (!keep) return 0;
        if (count >= 0) return count;
        for (int i = 0; i < n; i++) selection[i] = i;
        return n;
    }

    /**
     * {@link #compareWithConstant} as a selection (see BoundFunction#select); -1 where that returns
     * null. One loop per operator and mode, so each stays a tight, monomorphic loop.
     */
    private static int selectWithConstant(Op op, Kind kind, Column x, Column value, int n, int[] sel, int count) {
        if (value.isNullAt(0)) return -1;
        switch (kind) {
            case SIGNED, UNSIGNED, SIGNED_UNSIGNED, UNSIGNED_SIGNED -> {
                if (!(x instanceof LongColumn column)) return -1;
                long[] a = column.values();
                long b = value instanceof LongColumn l ? l.values()[0] : Vectors.longs(value, 1)[0];
                boolean unsigned = kind == Kind.UNSIGNED;
                if (kind == Kind.SIGNED_UNSIGNED && b < 0) return allOrNone(op.test(-1), n, sel, count);
                if (kind == Kind.UNSIGNED_SIGNED) {
                    if (b < 0) return allOrNone(op.test(1), n, sel, count);
                    unsigned = true;
                }
                long flip = unsigned ? Long.MIN_VALUE : 0;
                long c = b ^ flip;
                if (count < 0 && VECTOR) return VectorSelection.select(op, a, op == Op.EQ || op == Op.NE ? b : c, flip, n, sel);
                int k = 0;
                if (count < 0) {
                    switch (op) {
                        case EQ -> { for (int i = 0; i < n; i++) { sel[k] = i; k += a[i] == b ? 1 : 0; } }
                        case NE -> { for (int i = 0; i < n; i++) { sel[k] = i; k += a[i] != b ? 1 : 0; } }
                        case LT -> { for (int i = 0; i < n; i++) { sel[k] = i; k += (a[i] ^ flip) < c ? 1 : 0; } }
                        case GT -> { for (int i = 0; i < n; i++) { sel[k] = i; k += (a[i] ^ flip) > c ? 1 : 0; } }
                        case LE -> { for (int i = 0; i < n; i++) { sel[k] = i; k += (a[i] ^ flip) <= c ? 1 : 0; } }
                        case GE -> { for (int i = 0; i < n; i++) { sel[k] = i; k += (a[i] ^ flip) >= c ? 1 : 0; } }
                    }
                } else {
                    switch (op) {
                        case EQ -> { for (int j = 0; j < count; j++) { int r = sel[j]; sel[k] = r; k += a[r] == b ? 1 : 0; } }
                        case NE -> { for (int j = 0; j < count; j++) { int r = sel[j]; sel[k] = r; k += a[r] != b ? 1 : 0; } }
                        case LT -> { for (int j = 0; j < count; j++) { int r = sel[j]; sel[k] = r; k += (a[r] ^ flip) < c ? 1 : 0; } }
                        case GT -> { for (int j = 0; j < count; j++) { int r = sel[j]; sel[k] = r; k += (a[r] ^ flip) > c ? 1 : 0; } }
                        case LE -> { for (int j = 0; j < count; j++) { int r = sel[j]; sel[k] = r; k += (a[r] ^ flip) <= c ? 1 : 0; } }
                        case GE -> { for (int j = 0; j < count; j++) { int r = sel[j]; sel[k] = r; k += (a[r] ^ flip) >= c ? 1 : 0; } }
                    }
                }
                return k;
            }
            case BYTES -> {
                if (op != Op.EQ && op != Op.NE) return -1;
                if (!(x instanceof StringColumn a) || !(Vectors.dense(value) instanceof StringColumn kc)) return -1;
                byte[] ab = a.bytes(), kb = kc.bytes();
                int[] ao = a.offsets(), ko = kc.offsets();
                int kFrom = ko[0], kTo = ko[1], kLength = kTo - kFrom;
                int keep = op == Op.EQ ? 1 : 0;
                int k = 0;
                // lengths first: most rows differ in length, and s != '' is only a length test
                if (count < 0) {
                    if (kLength == 0) {
                        for (int i = 0; i < n; i++) { sel[k] = i; k += (ao[i + 1] == ao[i] ? 1 : 0) == keep ? 1 : 0; }
                    } else {
                        for (int i = 0; i < n; i++) {
                            int from = ao[i], length = ao[i + 1] - from;
                            boolean same = length == kLength && Arrays.equals(ab, from, from + length, kb, kFrom, kTo);
                            sel[k] = i;
                            k += (same ? 1 : 0) == keep ? 1 : 0;
                        }
                    }
                } else {
                    for (int j = 0; j < count; j++) {
                        int r = sel[j];
                        int from = ao[r], length = ao[r + 1] - from;
                        boolean same = length == kLength && (kLength == 0 || Arrays.equals(ab, from, from + length, kb, kFrom, kTo));
                        sel[k] = r;
                        k += (same ? 1 : 0) == keep ? 1 : 0;
                    }
                }
                return k;
            }
            default -> {
                return -1;
            }
        }
    }

    private static Column dense(Column c) {
        return c instanceof ConstColumn k ? k.materialize() : c;
    }

    /** {@code x op value} (value: one row) for the common kinds; null for the others. */
    private static long[] compareWithConstant(Op op, Kind kind, Column x, Column value, int n) {
        if (value.isNullAt(0)) return null;
        switch (kind) {
            case SIGNED, UNSIGNED, SIGNED_UNSIGNED, UNSIGNED_SIGNED -> {
                long[] a = x instanceof LongColumn l ? l.values() : Vectors.longs(x, n);
                long b = value instanceof LongColumn l ? l.values()[0] : Vectors.longs(value, 1)[0];
                long[] r = new long[n];
                // A mixed-sign comparison against a constant is one of the plain ones, or the same
                // answer on every row: Int64 UserID = 435090932899640449 (a UInt64 literal) compares
                // signed in a tight loop instead of expanding the constant into a column per block.
                boolean unsigned = kind == Kind.UNSIGNED;
                if (kind == Kind.SIGNED_UNSIGNED && b < 0) {
                    // b >= 2^63 is above every signed value
                    Arrays.fill(r, 0, n, op.test(-1) ? 1 : 0);
                    return r;
                }
                if (kind == Kind.UNSIGNED_SIGNED) {
                    if (b < 0) {
                        // a negative constant is below every unsigned value
                        Arrays.fill(r, 0, n, op.test(1) ? 1 : 0);
                        return r;
                    }
                    unsigned = true;
                }
                // unsigned order is signed order with the sign bit flipped
                long flip = unsigned ? Long.MIN_VALUE : 0;
                long c = b ^ flip;
                switch (op) {
                    case EQ -> { for (int i = 0; i < n; i++) r[i] = a[i] == b ? 1 : 0; }
                    case NE -> { for (int i = 0; i < n; i++) r[i] = a[i] != b ? 1 : 0; }
                    case LT -> { for (int i = 0; i < n; i++) r[i] = (a[i] ^ flip) < c ? 1 : 0; }
                    case GT -> { for (int i = 0; i < n; i++) r[i] = (a[i] ^ flip) > c ? 1 : 0; }
                    case LE -> { for (int i = 0; i < n; i++) r[i] = (a[i] ^ flip) <= c ? 1 : 0; }
                    case GE -> { for (int i = 0; i < n; i++) r[i] = (a[i] ^ flip) >= c ? 1 : 0; }
                }
                return r;
            }
            case BYTES -> {
                if (!(Vectors.dense(x) instanceof StringColumn a) || !(Vectors.dense(value) instanceof StringColumn k)) return null;
                byte[] ab = a.bytes(), kb = k.bytes();
                int[] ao = a.offsets(), ko = k.offsets();
                int kFrom = ko[0], kTo = ko[1];
                long[] r = new long[n];
                if (op == Op.EQ || op == Op.NE) {
                    long equal = op == Op.EQ ? 1 : 0;
                    int kLength = kTo - kFrom;
                    // lengths first: most rows differ in length, and s != '' is only a length test
                    for (int i = 0; i < n; i++) {
                        int from = ao[i], length = ao[i + 1] - from;
                        boolean same = length == kLength && (kLength == 0 || Arrays.equals(ab, from, from + length, kb, kFrom, kTo));
                        r[i] = same ? equal : 1 - equal;
                    }
                } else {
                    for (int i = 0; i < n; i++) r[i] = op.test(Arrays.compareUnsigned(ab, ao[i], ao[i + 1], kb, kFrom, kTo)) ? 1 : 0;
                }
                return r;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isComposite(DataType t) {
        return t.id() == TypeId.TUPLE || t.id() == TypeId.ARRAY || t.id() == TypeId.MAP;
    }

    private static boolean isNumber(DataType t) {
        return NumericTypes.isNativeOrWide(t) || NumericTypes.isDecimal(t);
    }

    private static boolean isPlainDate(DataType t) {
        return t instanceof DateType || t instanceof DateTimeType dt && !dt.is64();
    }

    private static boolean isDateLike(DataType t) {
        return t instanceof DateType || t instanceof DateTimeType;
    }

    private static DbException illegal(DataType a, DataType b, Op op) {
        return DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal types of arguments (%s, %s) of function %s", a, b, op.function);
    }

    private static Kind kindOf(DataType a, DataType b) {
        if (a instanceof DecimalType da && da.precision() > 18 || b instanceof DecimalType db && db.precision() > 18) return Kind.BIG;
        if (NumericTypes.isWide(a) || NumericTypes.isWide(b)) {
            return NumericTypes.isFloat(a) || NumericTypes.isFloat(b) ? Kind.DOUBLE : Kind.BIG;
        }
        if (NumericTypes.isFloat(a) || NumericTypes.isFloat(b)) return Kind.DOUBLE;
        if (Arguments.isString(a) || a.id() == TypeId.UUID || a.id() == TypeId.IPV6) return Kind.BYTES;
        boolean ua = Vectors.isUInt64(a), ub = Vectors.isUInt64(b);
        boolean sa = a instanceof IntegerType ia ? ia.signed() : true, sb = b instanceof IntegerType ib ? ib.signed() : true;
        // UInt64 against a narrower unsigned type (a UInt8 literal) compares unsigned: its values
        // past Int64's range must not read as negative
        if (ua) return sb ? Kind.UNSIGNED_SIGNED : Kind.UNSIGNED;
        if (ub) return sa ? Kind.SIGNED_UNSIGNED : Kind.UNSIGNED;
        return Kind.SIGNED;
    }

    /** 1 where {@code x > y} (or {@code x < y} when {@code less}), for greatest/least; both columns have {@code type}. */
    public static long[] greaterMask(Column x, Column y, DataType type, boolean less, int n) {
        return compare(less ? Op.LT : Op.GT, kindOf(type, type), x, y, n);
    }

    static long[] compare(Op op, Kind kind, Column x, Column y, int n) {
        long[] r = new long[n];
        switch (kind) {
            case SIGNED -> {
                long[] a = Vectors.longs(x, n), b = Vectors.longs(y, n);
                switch (op) {
                    case EQ -> { for (int i = 0; i < n; i++) r[i] = a[i] == b[i] ? 1 : 0; }
                    case NE -> { for (int i = 0; i < n; i++) r[i] = a[i] != b[i] ? 1 : 0; }
                    case LT -> { for (int i = 0; i < n; i++) r[i] = a[i] < b[i] ? 1 : 0; }
                    case GT -> { for (int i = 0; i < n; i++) r[i] = a[i] > b[i] ? 1 : 0; }
                    case LE -> { for (int i = 0; i < n; i++) r[i] = a[i] <= b[i] ? 1 : 0; }
                    case GE -> { for (int i = 0; i < n; i++) r[i] = a[i] >= b[i] ? 1 : 0; }
                }
            }
            case DOUBLE -> {
                double[] a = Vectors.doubles(x, n), b = Vectors.doubles(y, n);
                switch (op) {
                    case EQ -> { for (int i = 0; i < n; i++) r[i] = a[i] == b[i] ? 1 : 0; }
                    case NE -> { for (int i = 0; i < n; i++) r[i] = a[i] != b[i] ? 1 : 0; }
                    case LT -> { for (int i = 0; i < n; i++) r[i] = a[i] < b[i] ? 1 : 0; }
                    case GT -> { for (int i = 0; i < n; i++) r[i] = a[i] > b[i] ? 1 : 0; }
                    case LE -> { for (int i = 0; i < n; i++) r[i] = a[i] <= b[i] ? 1 : 0; }
                    case GE -> { for (int i = 0; i < n; i++) r[i] = a[i] >= b[i] ? 1 : 0; }
                }
            }
            case UNSIGNED -> {
                long[] a = Vectors.longs(x, n), b = Vectors.longs(y, n);
                for (int i = 0; i < n; i++) r[i] = op.test(Long.compareUnsigned(a[i], b[i])) ? 1 : 0;
            }
            case UNSIGNED_SIGNED, SIGNED_UNSIGNED -> {
                long[] a = Vectors.longs(x, n), b = Vectors.longs(y, n);
                boolean leftUnsigned = kind == Kind.UNSIGNED_SIGNED;
                for (int i = 0; i < n; i++) {
                    int c;
                    if (leftUnsigned) c = a[i] < 0 || b[i] < 0 ? (a[i] < 0 ? 1 : 1) : Long.compare(a[i], b[i]);
                    else c = a[i] < 0 || b[i] < 0 ? -1 : Long.compare(a[i], b[i]);
                    r[i] = op.test(c) ? 1 : 0;
                }
            }
            case COMPOSITE -> {
                RowComparator cmp = RowComparators.create(Vectors.dense(x), Vectors.dense(y), 1);
                for (int i = 0; i < n; i++) r[i] = op.test(cmp.compare(i, i)) ? 1 : 0;
            }
            case BIG -> {
                BigInteger[] a = Vectors.bigs(x, n), b = Vectors.bigs(y, n);
                for (int i = 0; i < n; i++) r[i] = op.test(a[i].compareTo(b[i])) ? 1 : 0;
            }
            case BYTES -> {
                StringColumn a = (StringColumn) Vectors.dense(x), b = (StringColumn) Vectors.dense(y);
                byte[] ab = a.bytes(), bb = b.bytes();
                int[] ao = a.offsets(), bo = b.offsets();
                if (op == Op.EQ || op == Op.NE) {
                    for (int i = 0; i < n; i++) {
                        boolean eq = Arrays.equals(ab, ao[i], ao[i + 1], bb, bo[i], bo[i + 1]);
                        r[i] = eq == (op == Op.EQ) ? 1 : 0;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        r[i] = op.test(Arrays.compareUnsigned(ab, ao[i], ao[i + 1], bb, bo[i], bo[i + 1])) ? 1 : 0;
                    }
                }
            }
        }
        return r;
    }
}
