package io.strata.sql.ast;

/** {@code LIMIT n [OFFSET m] [WITH TIES]}; limit is null for a bare {@code OFFSET m}, offset null when absent. */
public record Limit(Expr limit, Expr offset, boolean withTies) {
}
