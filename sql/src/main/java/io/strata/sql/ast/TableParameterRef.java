package io.strata.sql.ast;

/** A table named by a query parameter, {@code FROM {tbl:Identifier}}. */
public record TableParameterRef(QueryParameter parameter, String alias, boolean isFinal) implements TableExpr {
}
