package io.strata.sql.ast;

import java.util.List;

/** {@code ALTER TABLE t cmd, cmd, ...}. */
public record AlterTableStatement(TableName table, List<AlterCommand> commands) implements Statement {
    public AlterTableStatement {
        commands = Immutable.list(commands);
    }
}
