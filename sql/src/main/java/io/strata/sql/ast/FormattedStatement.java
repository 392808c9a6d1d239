package io.strata.sql.ast;

/**
 * A statement other than SELECT or INSERT followed by {@code FORMAT name} (e.g.
 * {@code DESCRIBE TABLE t FORMAT TSKV}, {@code SHOW DATABASES FORMAT JSON}): its rows go out in
 * that format. SELECT keeps its FORMAT in {@link SelectStatement}.
 */
public record FormattedStatement(Statement statement, String format) implements Statement {
}
