package io.strata.sql.ast;

public record UseStatement(String database) implements Statement {
}
