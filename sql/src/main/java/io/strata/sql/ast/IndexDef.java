package io.strata.sql.ast;

/** {@code INDEX name expr TYPE type [GRANULARITY n]}; type is normalized text like {@code bloom_filter(0.01)}. */
public record IndexDef(String name, Expr expr, String type, Long granularity) {
}
