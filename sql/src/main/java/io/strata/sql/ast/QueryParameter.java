package io.strata.sql.ast;

/** {@code {name:Type}}: a value supplied with the query (param_name); type is the normalized type text. */
public record QueryParameter(String name, String type) implements Expr {
}
