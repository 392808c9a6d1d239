package io.strata.sql.ast;

/** {@code PARTITION expr} or {@code PARTITION ID 'id'}: exactly one of expr and id is set. */
public record PartitionSpec(Expr expr, String id) {
}
