package io.strata.sql.ast;

import java.util.List;
import java.util.Map;

/** {@code ALTER TABLE t cmd, cmd, ... [SETTINGS ...]}. */
public record AlterTableStatement(TableName table, List<AlterCommand> commands, Map<String, Expr> settings) implements Statement {
    public AlterTableStatement {
        commands = Immutable.list(commands);
        settings = Immutable.map(settings == null ? Map.of() : settings);
    }

    public AlterTableStatement(TableName table, List<AlterCommand> commands) {
        this(table, commands, Map.of());
    }
}
