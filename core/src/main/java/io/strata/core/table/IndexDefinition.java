package io.strata.core.table;

/**
 * A data-skipping index declared with the table ({@code INDEX name expr TYPE type GRANULARITY n}):
 * its name, the indexed expression as SQL text (a tuple {@code (a, b)} indexes each element),
 * the type as normalized text ({@code minmax}, {@code set(100)}, {@code bloom_filter(0.01)}) and
 * how many granules one index entry summarizes. The engine interprets the type; the catalog only
 * stores and renders it.
 */
public record IndexDefinition(String name, String expression, String type, long granularity) {

    /** GRANULARITY when the statement omits it, as in ClickHouse. */
    public static final long DEFAULT_GRANULARITY = 1;
}
