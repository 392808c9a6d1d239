package io.strata.core.table;

import io.strata.core.settings.Settings;
import java.util.List;

/**
 * What a scan wants from a table: the columns in order (may be empty, e.g. for count()), a
 * pushed-down filter or null (WHERE and PREWHERE combined; the planner still applies it above
 * the scan), a row limit hint (-1: none), parallelism, the query settings, and whether the query
 * said {@code FINAL} (the engine returns the merged view of its parts).
 */
public record ReadRequest(List<String> columns, ScanFilter filter, long limitHint, int maxThreads, Settings settings,
                          boolean finalMode) {

    public ReadRequest(List<String> columns, ScanFilter filter, long limitHint, int maxThreads, Settings settings) {
        this(columns, filter, limitHint, maxThreads, settings, false);
    }
}
