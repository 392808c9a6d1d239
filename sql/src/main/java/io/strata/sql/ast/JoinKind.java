package io.strata.sql.ast;

/** COMMA is {@code FROM a, b} (a cross join); PASTE is ClickHouse's row-by-row PASTE JOIN. */
public enum JoinKind { INNER, LEFT, RIGHT, FULL, CROSS, COMMA, PASTE }
