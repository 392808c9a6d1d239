package io.strata.sql.ast;

/** {@code *} or {@code qualifier.*}; qualifier is null for a bare asterisk, else e.g. {@code t} or {@code db.t}. */
public record Asterisk(String qualifier) implements Expr {
}
