package io.strata.sql.planner;

import io.strata.core.settings.Settings;
import io.strata.core.table.TopNThreshold;
import io.strata.core.type.DataType;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DateType;
import io.strata.core.type.IntegerType;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.Expression;
import io.strata.exec.operator.SortKey;
import java.util.List;

/**
 * Top-N bound pruning for a plan (ClickHouse's {@code use_top_k_dynamic_filtering}): when the
 * first ORDER BY key is a table column of an integer, Date or DateTime type, each execution gets a
 * {@link TopNThreshold} the top-N operators publish their n-th value to and the scan skips
 * granules by. Other key types (floats with NaN, strings, Nullable) are not bounded.
 */
record TopNBound(String column, boolean descending, boolean unsigned) {

    /**
     * The bound of a top-N by {@code sortKeys} over {@code projection} (compiled over the scan's
     * channels, {@code scanColumns} giving each channel's relation column), or null.
     */
    static TopNBound of(Settings settings, Relation relation, List<Integer> scanColumns, List<Expression> projection,
                        List<SortKey> sortKeys) {
        if (!settings.getBool("query_plan_enable_optimizations") || !settings.getBool("use_top_k_dynamic_filtering")) return null;
        if (!relation.storageScan() || sortKeys.isEmpty()) return null;
        SortKey first = sortKeys.get(0);
        if (!(projection.get(first.channel()) instanceof ColumnReference r) || r.channel() >= scanColumns.size()) return null;
        int column = scanColumns.get(r.channel());
        DataType type = relation.types().get(column);
        boolean unsigned;
        if (type instanceof IntegerType i && i.bits() <= 64) {
            unsigned = !i.signed() && i.bits() == 64;
        } else if (type instanceof DateType || type instanceof DateTimeType) {
            unsigned = false;
        } else {
            return null;
        }
        return new TopNBound(relation.names().get(column), first.descending(), unsigned);
    }

    /** A threshold for one execution. */
    TopNThreshold fresh() {
        return new TopNThreshold(column, descending, unsigned);
    }
}
