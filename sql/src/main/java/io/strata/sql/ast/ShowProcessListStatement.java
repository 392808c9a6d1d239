package io.strata.sql.ast;

public record ShowProcessListStatement() implements Statement {
}
