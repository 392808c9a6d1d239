package io.strata.core.table;

import io.strata.core.settings.Settings;
import java.util.List;

/**
 * What a scan wants from a table: the columns in order (may be empty, e.g. for count()), a
 * pushed-down filter or null, a row limit hint (-1: none), parallelism and the query settings.
 */
public record ReadRequest(List<String> columns, ScanFilter filter, long limitHint, int maxThreads, Settings settings) {
}
