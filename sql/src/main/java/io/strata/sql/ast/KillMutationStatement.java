package io.strata.sql.ast;

/** {@code KILL MUTATION WHERE cond [SYNC|ASYNC|TEST]}; mode is the upper-cased word or null. */
public record KillMutationStatement(Expr where, String mode) implements Statement {
}
