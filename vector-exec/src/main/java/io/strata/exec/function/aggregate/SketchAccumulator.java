package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.function.AggregateFunction;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.List;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * Accumulator of the approximate uniq family: one {@link CardinalitySketch} per group, fed with
 * each row's {@link UniqKeys} key passed through the function's own key transform.
 */
final class SketchAccumulator implements AggregateFunction.Accumulator {
    private final UniqKeys keys;
    private final LongUnaryOperator transform;
    private final Supplier<CardinalitySketch> factory;
    private CardinalitySketch[] sketches = new CardinalitySketch[0];

    SketchAccumulator(List<DataType> types, LongUnaryOperator transform, Supplier<CardinalitySketch> factory) {
        this.keys = new UniqKeys(types);
        this.transform = transform;
        this.factory = factory;
    }

    @Override
    public void ensureCapacity(int groupCount) {
        sketches = Capacity.grow(sketches, groupCount);
    }

    private CardinalitySketch sketch(int g) {
        CardinalitySketch s = sketches[g];
        if (s == null) sketches[g] = s = factory.get();
        return s;
    }

    @Override
    public void add(int[] groupIds, Column[] arguments, int rowCount) {
        for (int i = 0; i < rowCount; i++) sketch(groupIds[i]).insert(transform.applyAsLong(keys.key(arguments, i)));
    }

    @Override
    public void addAll(int groupId, Column[] arguments, int rowCount) {
        CardinalitySketch s = sketch(groupId);
        for (int i = 0; i < rowCount; i++) s.insert(transform.applyAsLong(keys.key(arguments, i)));
    }

    @Override
    public void merge(AggregateFunction.Accumulator other, int[] mapping, int otherGroupCount) {
        SketchAccumulator o = (SketchAccumulator) other;
        for (int g = 0; g < otherGroupCount; g++) {
            if (o.sketches[g] != null) sketch(mapping[g]).merge(o.sketches[g]);
        }
    }

    @Override
    public Column result(int groupCount) {
        long[] out = new long[groupCount];
        for (int g = 0; g < groupCount; g++) out[g] = sketches[g] == null ? 0 : sketches[g].estimate();
        return new LongColumn(DataTypes.UINT64, out, groupCount);
    }

    @Override
    public void serialize(int groupId, WriteBuffer out) {
        sketch(groupId).write(out);
    }

    @Override
    public void deserializeAndMerge(int groupId, ReadBuffer in) {
        sketch(groupId).readAndMerge(in);
    }

    @Override
    public long byteSize() {
        long s = 8L * sketches.length;
        for (CardinalitySketch x : sketches) if (x != null) s += x.byteSize();
        return s;
    }
}
