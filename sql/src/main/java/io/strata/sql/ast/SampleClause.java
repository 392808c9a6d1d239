package io.strata.sql.ast;

/** {@code SAMPLE ratio [OFFSET offset]}; ratio is a number or a {@code divide(a, b)} fraction. */
public record SampleClause(Expr ratio, Expr offset) {
}
