package io.strata.exec.function.scalar.array;

import io.strata.core.block.Chunk;
import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.AggregateFunctionType;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TupleType;
import io.strata.exec.function.FunctionRegistry;
import io.strata.exec.function.aggregate.AggregateFunctions;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.operator.AggregateCall;
import io.strata.exec.operator.GroupAccumulators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * arrayReduce('agg', arr...) and arrayReduceInRanges('agg', [(start, length)...], arr...): any
 * registered aggregate, parameters and combinators included ({@code 'quantile(0.9)'},
 * {@code 'sumIf'}), applied to array elements. The aggregate runs through {@link GroupAccumulators}
 * exactly as a GROUP BY drives it — one group per row (or per range), the flattened elements as
 * its input rows — so NULL elements, Nullable results and -State columns behave as in a GROUP BY.
 */
public final class ArrayReduceFunctions {
    private ArrayReduceFunctions() {
    }

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("arrayReduce", ArrayReduceFunctions::reduce),
                FunctionDefinition.of("arrayReduceInRanges", ArrayReduceFunctions::reduceInRanges));
    }

    private static BoundFunction reduce(BindContext ctx) {
        String name = "arrayReduce";
        Reducer reducer = bindAggregate(ctx, name, 1);
        int arity = ctx.argumentCount() - 1;
        return Kernel.bound(reducer.type(), (args, n) -> {
            ArrayColumn[] arrays = arrays(args, 1, name);
            ArrayColumn first = arrays[0];
            int total = first.start(n) - first.start(0);
            Column[] elements = new Column[arity];
            for (int k = 0; k < arity; k++) elements[k] = arrays[k].elements().slice(arrays[k].start(0), total);
            int[] groups = new int[total];
            for (int i = 0, e = 0; i < n; i++) for (int j = 0; j < first.length(i); j++) groups[e++] = i;
            return reducer.run(elements, total, groups, n);
        });
    }

    private static BoundFunction reduceInRanges(BindContext ctx) {
        String name = "arrayReduceInRanges";
        if (ctx.argumentCount() < 3) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Number of arguments for function %s doesn't match: passed %d, should be at least 3.", name, ctx.argumentCount());
        }
        if (!(ctx.argumentType(1) instanceof ArrayType rangesType)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Second argument for function %s must be an array of ranges.", name);
        }
        if (!(rangesType.element() instanceof TupleType tt) || tt.elements().size() != 2) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                    "Each array element in the second argument for function %s must be a tuple (index, length).", name);
        }
        if (!(tt.elements().get(0) instanceof IntegerType)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                    "First tuple member in the second argument for function %s must be ints or uints.", name);
        }
        if (!(tt.elements().get(1) instanceof IntegerType lt) || lt.signed()) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Second tuple member in the second argument for function %s must be uints.", name);
        }
        Reducer reducer = bindAggregate(ctx, name, 2);
        int arity = ctx.argumentCount() - 2;
        ArrayType rt = new ArrayType(reducer.type());
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn ranges = ArrayFunctions.array(args[1]);
            TupleColumn pairs = (TupleColumn) Vectors.dense(ranges.elements());
            long[] starts = Vectors.longs(Vectors.dense(pairs.element(0)), pairs.size());
            long[] lengths = Vectors.longs(Vectors.dense(pairs.element(1)), pairs.size());
            ArrayColumn[] arrays = arrays(args, 2, name);
            ArrayColumn first = arrays[0];
            // every range takes its elements again: ranges may overlap, and each is its own group
            ArrayFunctions.IntList positions = new ArrayFunctions.IntList(first.elements().size());
            ArrayFunctions.IntList groups = new ArrayFunctions.IntList(first.elements().size());
            int rangeCount = ranges.start(n) - ranges.start(0);
            int[] offsets = new int[n + 1];
            int group = 0;
            for (int i = 0; i < n; i++) {
                long size = first.length(i);
                for (int r = ranges.start(i); r < ranges.start(i + 1); r++, group++) {
                    long[] bounds = sliceBounds(starts[r], lengths[r], size);
                    for (long e = bounds[0]; e < bounds[1]; e++) {
                        positions.add((int) (first.start(i) + e) - first.start(0));
                        groups.add(group);
                    }
                }
                offsets[i + 1] = group;
            }
            Column[] elements = new Column[arity];
            for (int k = 0; k < arity; k++) {
                Column flat = arrays[k].elements().slice(arrays[k].start(0), arrays[k].start(n) - arrays[k].start(0));
                elements[k] = flat.take(positions.values, positions.size);
            }
            Column values = reducer.run(elements, positions.size, groups.values, rangeCount);
            return new ArrayColumn(rt, offsets, values, n);
        });
    }

    /**
     * The bound aggregate, or none when an argument is only NULL ({@code [NULL]}: Array(Nullable(Nothing))),
     * where ClickHouse's aggregates that return NULL for NULL input give NULL of type Nullable(Nothing).
     */
    private record Reducer(DataType type, AggregateCall call) {
        /** The aggregate of each group in [0, groupCount) over rows [0, rows) of the elements, row e in group groups[e]. */
        Column run(Column[] elements, int rows, int[] groups, int groupCount) {
            if (call == null) return type.defaultColumn(groupCount);
            if (groupCount == 0) return type.createBuilder(0).build();
            GroupAccumulators acc = new GroupAccumulators(List.of(call));
            acc.add(new Chunk(elements, rows), groups, rows, groupCount);
            return acc.results(groupCount)[0];
        }
    }

    /**
     * The [from, to) element positions of the range (index, length) in an array of {@code size}
     * elements, as arraySlice counts them: a positive index is 1-based from the left, a negative one
     * from the right, and 0 selects nothing.
     */
    private static long[] sliceBounds(long index, long length, long size) {
        long from;
        if (index > 0) {
            from = index - 1;
        } else if (index < 0) {
            from = Math.max(size + index, 0);
        } else {
            return new long[] {0, 0};
        }
        // the length is unsigned: a huge one reaches the end
        long to = length < 0 || from + length >= size || from + length < from ? size : from + length;
        return new long[] {from, Math.max(from, to)};
    }

    /** The array arguments from {@code first} on, checked to have equal lengths row by row. */
    private static ArrayColumn[] arrays(Column[] args, int first, String name) {
        ArrayColumn[] arrays = new ArrayColumn[args.length - first];
        for (int k = 0; k < arrays.length; k++) arrays[k] = ArrayFunctions.array(args[first + k]);
        for (int k = 1; k < arrays.length; k++) {
            for (int i = 0; i < arrays[0].size(); i++) {
                if (arrays[k].length(i) != arrays[0].length(i)) {
                    throw DbException.of(ErrorCode.SIZES_OF_ARRAYS_DONT_MATCH, "Lengths of all arrays passed to %s must be equal.", name);
                }
            }
        }
        return arrays;
    }

    /**
     * Resolves the aggregate named by the constant first argument (with its parameters, as in
     * {@code 'quantile(0.5)'}) over the element types of the array arguments from {@code firstArray} on.
     */
    private static Reducer bindAggregate(BindContext ctx, String name, int firstArray) {
        if (ctx.argumentCount() < firstArray + 1) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Number of arguments for function %s doesn't match: passed %d, should be at least %d.", name,
                    ctx.argumentCount(), firstArray + 1);
        }
        Column spec = ctx.constantArgument(0);
        byte[] bytes = spec == null || !Arguments.isString(ctx.argumentType(0)) ? null : Arguments.constantBytes(spec);
        if (bytes == null) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                    "First argument for function %s must be constant string: name of aggregate function.", name);
        }
        List<DataType> elementTypes = new ArrayList<>();
        for (int i = firstArray; i < ctx.argumentCount(); i++) {
            if (!(ctx.argumentType(i) instanceof ArrayType at)) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Argument %d for function %s must be an array but it has type %s.",
                        i, name, ctx.argumentType(i));
            }
            elementTypes.add(at.element());
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "First argument for function %s (name of aggregate function) cannot be empty.", name);
        }
        // the name and parameters are spelled as in AggregateFunction(quantile(0.5), T): reuse that parser
        AggregateFunctionType parsed;
        try {
            parsed = (AggregateFunctionType) DataTypes.parse("AggregateFunction(" + text + ")");
        } catch (DbException e) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Cannot parse aggregate function %s in function %s", text, name);
        }
        AggregateFunction function = AggregateFunctions.resolveCombinators(parsed.functionName(), FunctionRegistry.get()::aggregate);
        if (function == null) {
            throw DbException.of(ErrorCode.UNKNOWN_AGGREGATE_FUNCTION, "Unknown aggregate function %s", parsed.functionName());
        }
        List<Object> parameters = new ArrayList<>();
        for (Object p : parsed.parameters()) parameters.add(p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : p);
        int[] channels = new int[elementTypes.size()];
        for (int i = 0; i < channels.length; i++) channels[i] = i;
        boolean onlyNull = elementTypes.stream().anyMatch(t -> DataTypes.removeNullable(t).equals(DataTypes.NOTHING));
        if (onlyNull && function.returnsNullableForNullableArguments()) return new Reducer(DataTypes.NULLABLE_NOTHING, null);
        AggregateCall call = AggregateCall.bind(function, elementTypes, parameters, ctx.functionContext(), channels);
        return new Reducer(call.resultType(), call);
    }
}
