package io.strata.sql.ast;

/** {@code [NOT] LIKE|ILIKE 'pattern'} of SHOW statements. */
public record LikeFilter(String pattern, boolean caseInsensitive, boolean negated) {
}
