package io.strata.core.function;

import io.strata.core.column.Column;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * An aggregate function. Combinators ({@code -If}, {@code -State}, {@code -Merge}, ...) and NULL
 * handling are applied by the framework around the bound aggregate, so authors write only the
 * dense accumulation.
 */
public interface AggregateFunction {

    String name();

    default List<String> aliases() {
        return List.of();
    }

    default boolean caseInsensitive() {
        return false;
    }

    /**
     * Whether a Nullable argument makes the result Nullable (NULL for a group with only NULLs).
     * count() says false: it counts non-NULL rows and never returns NULL.
     */
    default boolean returnsNullableForNullableArguments() {
        return true;
    }

    /**
     * Resolves the aggregate for argument types (Nullable stripped: rows with a NULL argument are
     * skipped by the framework) and parameters (the constants in {@code quantile(0.5)(x)}).
     */
    BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context);

    interface BoundAggregate {
        DataType returnType();

        /** The type of the serialized state (for AggregateFunction(...) columns later); informational now. */
        default String stateVersion() {
            return "1";
        }

        Accumulator createAccumulator();
    }

    /**
     * The states of all groups of one aggregate in one thread, addressed by dense group ids. Arrays
     * indexed by group id (not an object per group) keep the hot loop allocation-free.
     */
    interface Accumulator {
        /** Makes room for group ids below {@code groupCount}; new groups start empty. */
        void ensureCapacity(int groupCount);

        /** Adds row i of {@code arguments} to group {@code groupIds[i]} for i below rowCount. */
        void add(int[] groupIds, Column[] arguments, int rowCount);

        /** Adds every row to one group (the no-GROUP-BY fast path). */
        default void addAll(int groupId, Column[] arguments, int rowCount) {
            int[] ids = new int[rowCount];
            if (groupId != 0) java.util.Arrays.fill(ids, groupId);
            add(ids, arguments, rowCount);
        }

        /** Merges group g of {@code other} (same bound aggregate) into group {@code mapping[g]}, g below otherGroupCount. */
        void merge(Accumulator other, int[] mapping, int otherGroupCount);

        /**
         * Merges group {@code otherGroup} of {@code other} (same bound aggregate) into group {@code group}.
         * Window frames need it: a frame is a range of rows, so its state is assembled one group at a
         * time rather than through a mapping of every group. The default goes through the serialized
         * state, which every accumulator has; accumulators on hot paths override it.
         */
        default void mergeGroup(Accumulator other, int otherGroup, int group) {
            WriteBuffer out = new WriteBuffer();
            other.serialize(otherGroup, out);
            deserializeAndMerge(group, new ReadBuffer(out.toByteArray()));
        }

        /** The final values of groups [0, groupCount). */
        Column result(int groupCount);

        /** Writes the state of one group in this aggregate's versioned binary form. */
        void serialize(int groupId, WriteBuffer out);

        /** Reads a state written by {@link #serialize} and merges it into the group. */
        void deserializeAndMerge(int groupId, ReadBuffer in);

        /** Approximate bytes held, for max_memory_usage. */
        long byteSize();
    }
}
