package io.strata.exec.function.aggregate;

import io.strata.core.column.BigColumn;
import io.strata.core.column.BigColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.DoubleColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.exec.operator.RowComparators;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * One value of a given type per group (any, anyLast, min, max, argMin, argMax), stored by
 * physical kind: {@code long[]}, {@code double[]}, {@code byte[][]} or, for wide decimals and
 * composite types, one-row column slices. Presence is tracked by the caller. Values are written
 * in {@link ValueCodec}'s form.
 *
 * <p>Ordering ({@link #better}) is by value for numbers (UInt64 unsigned), by unsigned bytes for
 * strings; a NaN is never better than a number, so min/max ignore NaN unless a group saw only NaN,
 * which keeps the result independent of the order in which partial states merge.
 */
abstract sealed class ValueSlots {
    final DataType type;

    ValueSlots(DataType type) {
        this.type = type;
    }

    static ValueSlots forType(DataType t) {
        return switch (t.physicalKind()) {
            case LONG -> new Longs(t, ArgumentChecks.isUnsigned64(t));
            case DOUBLE -> new Doubles(t);
            case BYTES -> new Bytes(t);
            default -> new Objects(t);
        };
    }

    abstract void ensureCapacity(int n);

    /** Stores {@code c[row]} (a dense column of this type) in group g. */
    abstract void set(int g, Column c, int row);

    abstract void copy(int g, ValueSlots other, int og);

    /** Whether {@code c[row]} should replace the value of g: greater (max) or less (min). */
    abstract boolean better(int g, Column c, int row, boolean max);

    abstract boolean betterSlot(int g, ValueSlots other, int og, boolean max);

    abstract void appendTo(ColumnBuilder b, int g);

    abstract void write(WriteBuffer out, int g);

    /** Reads one value into a scratch slot (index {@code g}), to be compared or copied from. */
    abstract void read(ReadBuffer in, int g);

    abstract long byteSize();

    static final class Longs extends ValueSlots {
        final boolean unsigned;
        long[] values = new long[0];

        Longs(DataType t, boolean unsigned) {
            super(t);
            this.unsigned = unsigned;
        }

        @Override void ensureCapacity(int n) { values = Capacity.grow(values, n); }
        @Override void set(int g, Column c, int row) { values[g] = ((LongColumn) c).values()[row]; }
        @Override void copy(int g, ValueSlots other, int og) { values[g] = ((Longs) other).values[og]; }

        private boolean better(long x, long m, boolean max) {
            int cmp = unsigned ? Long.compareUnsigned(x, m) : Long.compare(x, m);
            return max ? cmp > 0 : cmp < 0;
        }

        @Override boolean better(int g, Column c, int row, boolean max) { return better(((LongColumn) c).values()[row], values[g], max); }
        @Override boolean betterSlot(int g, ValueSlots o, int og, boolean max) { return better(((Longs) o).values[og], values[g], max); }
        @Override void appendTo(ColumnBuilder b, int g) { ((LongColumnBuilder) b).append(values[g]); }
        @Override void write(WriteBuffer out, int g) { StateIO.writeLong(out, values[g]); }
        @Override void read(ReadBuffer in, int g) { values[g] = StateIO.readLong(in); }
        @Override long byteSize() { return 8L * values.length; }
    }

    static final class Doubles extends ValueSlots {
        double[] values = new double[0];

        Doubles(DataType t) {
            super(t);
        }

        static boolean better(double x, double m, boolean max) {
            if (x != x) return false;
            if (m != m) return true;
            return max ? x > m : x < m;
        }

        @Override void ensureCapacity(int n) { values = Capacity.grow(values, n); }
        @Override void set(int g, Column c, int row) { values[g] = ((DoubleColumn) c).values()[row]; }
        @Override void copy(int g, ValueSlots other, int og) { values[g] = ((Doubles) other).values[og]; }
        @Override boolean better(int g, Column c, int row, boolean max) { return better(((DoubleColumn) c).values()[row], values[g], max); }
        @Override boolean betterSlot(int g, ValueSlots o, int og, boolean max) { return better(((Doubles) o).values[og], values[g], max); }
        @Override void appendTo(ColumnBuilder b, int g) { ((DoubleColumnBuilder) b).append(values[g]); }
        @Override void write(WriteBuffer out, int g) { StateIO.writeDouble(out, values[g]); }
        @Override void read(ReadBuffer in, int g) { values[g] = StateIO.readDouble(in); }
        @Override long byteSize() { return 8L * values.length; }
    }

    /** Strings: a private copy of the bytes per group, reused when the new value has the same length. */
    static final class Bytes extends ValueSlots {
        private static final byte[] EMPTY = new byte[0];
        byte[][] values = new byte[0][];
        private long bytesHeld;

        Bytes(DataType t) {
            super(t);
        }

        private void store(int g, byte[] src, int off, int len) {
            byte[] cur = values[g];
            if (cur == null || cur.length != len) {
                bytesHeld += len - (cur == null ? 0 : cur.length);
                cur = len == 0 ? EMPTY : new byte[len];
                values[g] = cur;
            }
            System.arraycopy(src, off, cur, 0, len);
        }

        @Override void ensureCapacity(int n) { values = Capacity.grow(values, n); }

        @Override
        void set(int g, Column c, int row) {
            StringColumn s = (StringColumn) c;
            store(g, s.bytes(), s.start(row), s.length(row));
        }

        @Override
        void copy(int g, ValueSlots other, int og) {
            byte[] v = ((Bytes) other).values[og];
            store(g, v, 0, v.length);
        }

        private static boolean better(int cmp, boolean max) {
            return max ? cmp > 0 : cmp < 0;
        }

        @Override
        boolean better(int g, Column c, int row, boolean max) {
            StringColumn s = (StringColumn) c;
            int start = s.start(row);
            byte[] m = values[g];
            return better(Arrays.compareUnsigned(s.bytes(), start, start + s.length(row), m, 0, m.length), max);
        }

        @Override
        boolean betterSlot(int g, ValueSlots o, int og, boolean max) {
            return better(Arrays.compareUnsigned(((Bytes) o).values[og], values[g]), max);
        }

        @Override void appendTo(ColumnBuilder b, int g) { ((StringColumnBuilder) b).append(values[g]); }

        @Override
        void write(WriteBuffer out, int g) {
            byte[] v = values[g];
            StateIO.writeVarUInt(out, v.length);
            out.write(v);
        }

        @Override
        void read(ReadBuffer in, int g) {
            int len = StateIO.readCount(in, Integer.MAX_VALUE - 16);
            byte[] v = new byte[len];
            StateIO.readFully(in, v, 0, len);
            bytesHeld += len;
            values[g] = v;
        }

        @Override long byteSize() { return 8L * values.length + bytesHeld; }
    }

    /**
     * Wide decimals and composite types (arrays, tuples, maps): a one-row slice per group. Slicing
     * allocates, but only when a group's value changes, and these types are rare in aggregates.
     */
    static final class Objects extends ValueSlots {
        Column[] values = new Column[0];
        private final KeyBuffer scratch = new KeyBuffer();

        Objects(DataType t) {
            super(t);
        }

        @Override void ensureCapacity(int n) { values = Capacity.grow(values, n); }
        @Override void set(int g, Column c, int row) { values[g] = c.slice(row, 1); }
        @Override void copy(int g, ValueSlots other, int og) { values[g] = ((Objects) other).values[og]; }

        private BigInteger big(int g) {
            return ((BigColumn) values[g]).get(0);
        }

        @Override
        boolean better(int g, Column c, int row, boolean max) {
            int cmp = c instanceof BigColumn bc ? bc.get(row).compareTo(big(g)) : composite(c, row, values[g]);
            return max ? cmp > 0 : cmp < 0;
        }

        @Override
        boolean betterSlot(int g, ValueSlots o, int og, boolean max) {
            Column other = ((Objects) o).values[og];
            int cmp = other instanceof BigColumn ? ((Objects) o).big(og).compareTo(big(g)) : composite(other, 0, values[g]);
            return max ? cmp > 0 : cmp < 0;
        }

        /** Arrays and tuples compare lexicographically, as ClickHouse's compareAt does (NaN above numbers). */
        private static int composite(Column c, int row, Column slot) {
            return RowComparators.create(c, slot, 1).compare(row, 0);
        }

        @Override void appendTo(ColumnBuilder b, int g) {
            if (b instanceof BigColumnBuilder bb && values[g] instanceof BigColumn bc) bb.append(bc.get(0));
            else b.append(values[g], 0);
        }

        @Override
        void write(WriteBuffer out, int g) {
            scratch.reset();
            ValueCodec.write(scratch, values[g], 0);
            scratch.copyTo(out);
        }

        @Override
        void read(ReadBuffer in, int g) {
            ColumnBuilder b = type.createBuilder(1);
            ValueCodec.read(in, b);
            values[g] = b.build();
        }

        @Override
        long byteSize() {
            long s = 8L * values.length;
            for (Column c : values) if (c != null) s += c.byteSize() + 32;
            return s;
        }
    }
}
