package io.strata.sql.ast;

/** {@code WINDOW name AS (spec)}. */
public record NamedWindow(String name, WindowSpec spec) {
}
