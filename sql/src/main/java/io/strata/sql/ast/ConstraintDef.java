package io.strata.sql.ast;

/** {@code CONSTRAINT name CHECK expr} (assume=false) or {@code ASSUME expr}. */
public record ConstraintDef(String name, boolean assume, Expr expr) {
}
