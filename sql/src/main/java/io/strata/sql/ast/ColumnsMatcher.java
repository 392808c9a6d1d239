package io.strata.sql.ast;

/** {@code COLUMNS('regexp')}, optionally qualified: every column whose name matches the regular expression. */
public record ColumnsMatcher(String regexp, String qualifier) implements Expr {
}
