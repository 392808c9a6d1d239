package io.strata.exec.function.aggregate;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.TypeId;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * The approximate distinct counts, each with ClickHouse's algorithm and hashes so that the numbers
 * agree with ClickHouse's (see {@link UniqKeys} for the per-row key):
 * <ul>
 * <li>uniq: {@link UniquesHashSketch} over intHash64(key) cut to 32 bits;</li>
 * <li>uniqHLL12: {@link TieredSketch#hll12()} over the key (for floats ClickHouse stores the key
 *     converted to the argument's float type and back, which is reproduced);</li>
 * <li>uniqCombined(K = 17): {@link TieredSketch#combined} over intHash64(key) cut to 32 bits for
 *     numbers, CityHash64 for strings (a 64-bit register hash then);</li>
 * <li>uniqCombined64(K = 17): the same with the full 64-bit intHash64 for numbers (modern ClickHouse;
 *     18.16 has no uniqCombined64).</li>
 * </ul>
 */
final class UniqAggregate extends NamedAggregate {
    enum Kind { UNIQ, HLL12, COMBINED, COMBINED64 }

    private final Kind kind;

    UniqAggregate(String name, Kind kind) {
        super(name, List.of(), false);
        this.kind = kind;
    }

    @Override
    public boolean returnsNullableForNullableArguments() {
        return false;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, Integer.MAX_VALUE);
        int precision = 17;
        if (kind == Kind.COMBINED || kind == Kind.COMBINED64) {
            if (parameters.size() > 1) {
                throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function %s requires one parameter or less", name());
            }
            if (parameters.size() == 1) {
                double p = ArgumentChecks.numberParameter(name(), parameters.get(0));
                if (!(p >= 12 && p <= 20) || p != Math.rint(p)) {
                    throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Parameter for aggregate function %s is out of range: [12, 20].", name());
                }
                precision = (int) p;
            }
        } else {
            ArgumentChecks.noParameters(name(), parameters);
        }
        boolean stringKey = argumentTypes.size() == 1 && argumentTypes.get(0).physicalKind() == io.strata.core.type.PhysicalKind.BYTES;
        int k = precision;
        return switch (kind) {
            case UNIQ -> new Bound(DataTypes.UINT64, () -> new SketchAccumulator(argumentTypes, UniquesHashSketch::hashOfKey, UniquesHashSketch::new));
            case HLL12 -> new Bound(DataTypes.UINT64, () -> new SketchAccumulator(argumentTypes, floatRoundTrip(argumentTypes), TieredSketch::hll12));
            case COMBINED -> stringKey
                    ? new Bound(DataTypes.UINT64, () -> new SketchAccumulator(argumentTypes, LongUnaryOperator.identity(), () -> TieredSketch.combined(k, 64)))
                    : new Bound(DataTypes.UINT64, () -> new SketchAccumulator(argumentTypes, x -> UniqKeys.intHash64(x) & 0xFFFF_FFFFL, () -> TieredSketch.combined(k, 32)));
            case COMBINED64 -> new Bound(DataTypes.UINT64, () -> new SketchAccumulator(argumentTypes,
                    stringKey ? LongUnaryOperator.identity() : UniqKeys::intHash64, () -> TieredSketch.combined(k, 64)));
        };
    }

    /** uniqHLL12 keeps a float argument's bit pattern in a variable of the float type, so ClickHouse rounds it there and back. */
    private static LongUnaryOperator floatRoundTrip(List<DataType> types) {
        if (types.size() != 1) return LongUnaryOperator.identity();
        TypeId id = types.get(0).id();
        if (id == TypeId.FLOAT64) return x -> toUInt64(unsignedToDouble(x));
        if (id == TypeId.FLOAT32) return x -> toUInt64((float) unsignedToDouble(x));
        return LongUnaryOperator.identity();
    }

    private static double unsignedToDouble(long x) {
        return x >= 0 ? x : ((x >>> 1) | (x & 1)) * 2.0;
    }

    private static long toUInt64(double d) {
        return d < 9.223372036854775807E18 ? (long) d : (long) (d - 9.223372036854775807E18) ^ Long.MIN_VALUE;
    }
}
