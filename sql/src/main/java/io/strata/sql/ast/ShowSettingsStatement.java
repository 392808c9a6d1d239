package io.strata.sql.ast;

public record ShowSettingsStatement(LikeFilter like) implements Statement {
}
