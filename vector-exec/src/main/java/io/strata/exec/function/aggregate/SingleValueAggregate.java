package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * The aggregates that keep one value of the argument's type per group: min, max (comparable
 * types: numbers, dates, strings by unsigned bytes, decimals), any (the first value seen) and
 * anyLast (the last one). A group without rows gives the type's default value.
 *
 * <p>State layout (version 1): one byte 1 followed by the value in {@link ValueCodec}'s form, or
 * one byte 0 for a group that saw no value.
 */
final class SingleValueAggregate extends NamedAggregate {
    enum Mode { MIN, MAX, ANY, ANY_LAST }

    private final Mode mode;

    SingleValueAggregate(String name, List<String> aliases, boolean caseInsensitive, Mode mode) {
        super(name, aliases, caseInsensitive);
        this.mode = mode;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        ArgumentChecks.noParameters(name(), parameters);
        DataType t = argumentTypes.get(0);
        if ((mode == Mode.MIN || mode == Mode.MAX) && !ArgumentChecks.orderable(t)) throw ArgumentChecks.illegalType(name(), t);
        return new Bound(t, () -> new SingleValueAccumulator(mode, t));
    }

    static final class SingleValueAccumulator implements Accumulator {
        private final Mode mode;
        private final boolean max;
        final ValueSlots slots;
        boolean[] has = new boolean[0];
        /** anyLast: the batch in which a group was last written, so each group is written once per batch. */
        private int[] stamp = new int[0];
        private int batch;

        SingleValueAccumulator(Mode mode, DataType type) {
            this.mode = mode;
            this.max = mode == Mode.MAX;
            this.slots = ValueSlots.forType(type);
        }

        @Override
        public void ensureCapacity(int groupCount) {
            has = Capacity.grow(has, groupCount);
            slots.ensureCapacity(groupCount);
            if (mode == Mode.ANY_LAST) stamp = Capacity.grow(stamp, groupCount);
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            Column c = arguments[0];
            boolean[] h = has;
            switch (mode) {
                case ANY -> {
                    for (int i = 0; i < rowCount; i++) {
                        int g = groupIds[i];
                        if (!h[g]) {
                            slots.set(g, c, i);
                            h[g] = true;
                        }
                    }
                }
                case ANY_LAST -> {
                    // Walk backwards so that each group is written once per batch: its last row.
                    int b = ++batch;
                    if (b == 0) {
                        java.util.Arrays.fill(stamp, 0);
                        b = batch = 1;
                    }
                    for (int i = rowCount - 1; i >= 0; i--) {
                        int g = groupIds[i];
                        if (stamp[g] != b) {
                            stamp[g] = b;
                            slots.set(g, c, i);
                            h[g] = true;
                        }
                    }
                }
                default -> {
                    if (c instanceof LongColumn lc && slots instanceof ValueSlots.Longs ls && !ls.unsigned) {
                        addLongs(groupIds, lc.values(), ls.values, rowCount);
                    } else if (c instanceof DoubleColumn dc && slots instanceof ValueSlots.Doubles ds) {
                        addDoubles(groupIds, dc.values(), ds.values, rowCount);
                    } else {
                        for (int i = 0; i < rowCount; i++) {
                            int g = groupIds[i];
                            if (!h[g] || slots.better(g, c, i, max)) {
                                slots.set(g, c, i);
                                h[g] = true;
                            }
                        }
                    }
                }
            }
        }

        private void addLongs(int[] groupIds, long[] v, long[] m, int rowCount) {
            boolean[] h = has;
            if (max) {
                for (int i = 0; i < rowCount; i++) {
                    int g = groupIds[i];
                    long x = v[i];
                    if (!h[g] || x > m[g]) {
                        m[g] = x;
                        h[g] = true;
                    }
                }
            } else {
                for (int i = 0; i < rowCount; i++) {
                    int g = groupIds[i];
                    long x = v[i];
                    if (!h[g] || x < m[g]) {
                        m[g] = x;
                        h[g] = true;
                    }
                }
            }
        }

        private void addDoubles(int[] groupIds, double[] v, double[] m, int rowCount) {
            boolean[] h = has;
            for (int i = 0; i < rowCount; i++) {
                int g = groupIds[i];
                double x = v[i];
                if (!h[g] || ValueSlots.Doubles.better(x, m[g], max)) {
                    m[g] = x;
                    h[g] = true;
                }
            }
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            if (rowCount == 0) return;
            Column c = arguments[0];
            switch (mode) {
                case ANY -> {
                    if (!has[groupId]) slots.set(groupId, c, 0);
                }
                case ANY_LAST -> slots.set(groupId, c, rowCount - 1);
                default -> {
                    // plain longs: the block's extreme first, then one comparison with the group's
                    if (c instanceof LongColumn lc && slots instanceof ValueSlots.Longs ls && !ls.unsigned) {
                        long[] v = lc.values();
                        long m = extremeOf(v, rowCount, max);
                        if (!has[groupId] || (max ? m > ls.values[groupId] : m < ls.values[groupId])) ls.values[groupId] = m;
                        has[groupId] = true;
                        return;
                    }
                    for (int i = 0; i < rowCount; i++) {
                        if (!has[groupId] || slots.better(groupId, c, i, max)) {
                            slots.set(groupId, c, i);
                            has[groupId] = true;
                        }
                    }
                    return;
                }
            }
            has[groupId] = true;
        }

        /**
         * The greatest of {@code v[0, n)} (n > 0) when {@code max}, else the least: four running
         * minimums, no chain through one; the maximum as the minimum of the values complemented
         * ({@code ~x} reverses the order), complemented back.
         */
        private static long extremeOf(long[] v, int n, boolean max) {
            long flip = max ? -1L : 0L;
            long a = v[0] ^ flip, b = a, c = a, d = a;
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                a = Math.min(a, v[i] ^ flip);
                b = Math.min(b, v[i + 1] ^ flip);
                c = Math.min(c, v[i + 2] ^ flip);
                d = Math.min(d, v[i + 3] ^ flip);
            }
            for (; i < n; i++) a = Math.min(a, v[i] ^ flip);
            return Math.min(Math.min(a, b), Math.min(c, d)) ^ flip;
        }

        /** Folds value {@code og} of {@code src} into group g, by this aggregate's rule. */
        private void fold(int g, ValueSlots src, int og) {
            boolean take = switch (mode) {
                case ANY -> !has[g];
                case ANY_LAST -> true;
                default -> !has[g] || slots.betterSlot(g, src, og, max);
            };
            if (take) {
                slots.copy(g, src, og);
                has[g] = true;
            }
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            SingleValueAccumulator o = (SingleValueAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (o.has[g]) fold(mapping[g], o.slots, g);
            }
        }

        @Override
        public void mergeGroup(Accumulator other, int otherGroup, int group) {
            SingleValueAccumulator o = (SingleValueAccumulator) other;
            if (o.has[otherGroup]) fold(group, o.slots, otherGroup);
        }

        @Override
        public Column result(int groupCount) {
            ColumnBuilder b = slots.type.createBuilder(groupCount);
            for (int g = 0; g < groupCount; g++) {
                if (has[g]) slots.appendTo(b, g);
                else b.appendDefault();
            }
            return b.build();
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            if (!has[groupId]) {
                StateIO.writeByte(out, 0);
                return;
            }
            StateIO.writeByte(out, 1);
            slots.write(out, groupId);
        }

        private ValueSlots scratch;

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            if (StateIO.readByte(in) == 0) return;
            if (scratch == null) {
                scratch = ValueSlots.forType(slots.type);
                scratch.ensureCapacity(1);
            }
            scratch.read(in, 0);
            fold(groupId, scratch, 0);
        }

        @Override public long byteSize() { return slots.byteSize() + has.length + 4L * stamp.length; }
    }
}
