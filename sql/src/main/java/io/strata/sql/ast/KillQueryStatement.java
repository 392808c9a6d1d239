package io.strata.sql.ast;

/** {@code KILL QUERY WHERE cond [SYNC|ASYNC|TEST]}; mode is the upper-cased word or null. */
public record KillQueryStatement(Expr where, String mode) implements Statement {
}
