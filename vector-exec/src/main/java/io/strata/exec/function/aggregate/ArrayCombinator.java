package io.strata.exec.function.aggregate;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.NullableColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.NullableType;
import java.util.ArrayList;
import java.util.List;

/**
 * The -Array combinator: {@code fArray(a1, ...)} takes arrays and aggregates their elements, as if
 * every element were a row: {@code sumArray([1, 2])} over two rows [1, 2] and [3] is 6. With
 * several arguments the arrays of one row must have equal sizes (SIZES_OF_ARRAYS_DONT_MATCH) and
 * their elements are taken pairwise. The state is the nested state.
 *
 * <p>Nullable elements: elements where any argument is NULL are skipped, as the framework skips
 * NULL rows, and the nested function sees the non-Nullable element types (so the result is not
 * made Nullable for them).
 */
final class ArrayCombinator implements AggregateFunction {
    private final AggregateFunction nested;

    ArrayCombinator(AggregateFunction nested) {
        this.nested = nested;
    }

    @Override public String name() { return nested.name() + "Array"; }
    @Override public boolean returnsNullableForNullableArguments() { return nested.returnsNullableForNullableArguments(); }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        if (argumentTypes.isEmpty()) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function %s requires at least one argument", name());
        }
        List<DataType> elements = new ArrayList<>();
        for (DataType t : argumentTypes) {
            if (!(t instanceof ArrayType a)) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type %s of argument for aggregate function %s", t.name(), name());
            }
            elements.add(a.element() instanceof NullableType n ? n.inner() : a.element());
        }
        BoundAggregate bound = nested.bind(elements, parameters, context);
        return new Bound(bound.returnType(), () -> new ArrayAccumulator(bound.createAccumulator(), name()));
    }

    static final class ArrayAccumulator implements Accumulator {
        private final Accumulator nested;
        private final String name;
        private int[] ids = new int[0];
        private int[] positions = new int[0];

        ArrayAccumulator(Accumulator nested, String name) {
            this.nested = nested;
            this.name = name;
        }

        @Override public void ensureCapacity(int groupCount) { nested.ensureCapacity(groupCount); }

        /**
         * The element columns of rows [0, rowCount), checked for equal sizes; fills ids with the
         * group of each element when groupIds is given. Returns the elements with NULLs dropped.
         */
        private Column[] elements(int[] groupIds, int groupId, Column[] arguments, int rowCount) {
            ArrayColumn first = (ArrayColumn) arguments[0];
            int[] off = first.offsets();
            int base = off[0];
            int total = off[rowCount] - base;
            for (int j = 1; j < arguments.length; j++) {
                int[] o = ((ArrayColumn) arguments[j]).offsets();
                for (int i = 0; i < rowCount; i++) {
                    if (o[i + 1] - o[i] != off[i + 1] - off[i]) {
                        throw DbException.of(ErrorCode.SIZES_OF_ARRAYS_DONT_MATCH, "Arrays passed to %s aggregate function have different sizes", name);
                    }
                }
            }
            if (ids.length < total) ids = new int[Math.max(total, ids.length * 2)];
            if (groupIds != null) {
                for (int i = 0; i < rowCount; i++) {
                    int g = groupIds[i];
                    for (int k = off[i] - base, end = off[i + 1] - base; k < end; k++) ids[k] = g;
                }
            } else {
                java.util.Arrays.fill(ids, 0, total, groupId);
            }
            Column[] out = new Column[arguments.length];
            boolean nullable = false;
            for (int j = 0; j < arguments.length; j++) {
                ArrayColumn a = (ArrayColumn) arguments[j];
                int start = a.offsets()[0];
                Column e = a.elements();
                if (start != 0 || e.size() != total) e = e.slice(start, total);
                out[j] = e;
                nullable |= e instanceof NullableColumn;
            }
            if (!nullable) {
                elementCount = total;
                return out;
            }
            if (positions.length < total) positions = new int[total];
            int k = 0;
            outer:
            for (int i = 0; i < total; i++) {
                for (Column c : out) if (c instanceof NullableColumn n && n.isNullAt(i)) continue outer;
                positions[k] = i;
                ids[k++] = ids[i];
            }
            for (int j = 0; j < out.length; j++) {
                Column c = out[j] instanceof NullableColumn n ? n.values() : out[j];
                out[j] = k == total ? c : c.take(positions, k);
            }
            elementCount = k;
            return out;
        }

        private int elementCount;

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            if (rowCount == 0) return;
            Column[] e = elements(groupIds, 0, arguments, rowCount);
            if (elementCount > 0) nested.add(ids, e, elementCount);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            if (rowCount == 0) return;
            Column[] e = elements(null, groupId, arguments, rowCount);
            if (elementCount > 0) nested.addAll(groupId, e, elementCount);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            nested.merge(((ArrayAccumulator) other).nested, mapping, otherGroupCount);
        }

        @Override public Column result(int groupCount) { return nested.result(groupCount); }
        @Override public void serialize(int groupId, WriteBuffer out) { nested.serialize(groupId, out); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { nested.deserializeAndMerge(groupId, in); }
        @Override public long byteSize() { return nested.byteSize() + 4L * (ids.length + positions.length); }
    }
}
