package io.strata.core.table;

import io.strata.core.settings.Settings;
import java.util.List;

/**
 * What a scan wants from a table: the columns in order (may be empty, e.g. for count()), a
 * pushed-down filter or null (WHERE and PREWHERE combined; the planner still applies it above
 * the scan), a row limit hint (-1: none), parallelism, the query settings, whether the query
 * said {@code FINAL} (the engine returns the merged view of its parts), and
 * {@code orderByPrefix}: when not empty, the leading elements of the engine's sorting key (as
 * {@link TableEngine#sortingKey()} spells them) the caller sorts by, ascending, before keeping
 * the first {@code limitHint} rows. The engine may then produce rows in that order and stop after
 * {@code limitHint} of them (counting only rows that pass {@code filter}, when it has one); the
 * caller still sorts and limits. Only engines with {@link TableEngine.Capability#READ_IN_ORDER}
 * get such a request, and one that cannot serve it in order must then ignore {@code limitHint}
 * (its first rows are not the first by key).
 */
public record ReadRequest(List<String> columns, ScanFilter filter, long limitHint, int maxThreads, Settings settings,
                          boolean finalMode, List<String> orderByPrefix, TopNThreshold topN) {

    public ReadRequest {
        orderByPrefix = orderByPrefix == null ? List.of() : List.copyOf(orderByPrefix);
    }

    /**
     * As the canonical constructor without a top-N bound. {@code topN}, when given, is the bound
     * of a top-N the caller runs over this read's rows (its column among {@code columns}): the
     * engine may skip rows that cannot enter it (see {@link TopNThreshold}).
     */
    public ReadRequest(List<String> columns, ScanFilter filter, long limitHint, int maxThreads, Settings settings,
                       boolean finalMode, List<String> orderByPrefix) {
        this(columns, filter, limitHint, maxThreads, settings, finalMode, orderByPrefix, null);
    }

    public ReadRequest(List<String> columns, ScanFilter filter, long limitHint, int maxThreads, Settings settings,
                       boolean finalMode) {
        this(columns, filter, limitHint, maxThreads, settings, finalMode, List.of());
    }

    public ReadRequest(List<String> columns, ScanFilter filter, long limitHint, int maxThreads, Settings settings) {
        this(columns, filter, limitHint, maxThreads, settings, false);
    }
}
