package io.strata.sql.ast;

import java.util.List;
import java.util.Map;

/** One command of ALTER TABLE. after is the column (or index) named by AFTER, null when absent. */
public sealed interface AlterCommand {
    record AddColumn(ColumnDef column, boolean ifNotExists, String after, boolean first) implements AlterCommand {
    }

    record DropColumn(String name, boolean ifExists) implements AlterCommand {
    }

    record ModifyColumn(ColumnDef column, boolean ifExists) implements AlterCommand {
    }

    record RenameColumn(String from, String to, boolean ifExists) implements AlterCommand {
    }

    record CommentColumn(String name, String comment, boolean ifExists) implements AlterCommand {
    }

    record ClearColumn(String name, boolean ifExists, PartitionSpec partition) implements AlterCommand {
    }

    record AddIndex(IndexDef index, boolean ifNotExists, String after, boolean first) implements AlterCommand {
    }

    record DropIndex(String name, boolean ifExists) implements AlterCommand {
    }

    record MaterializeIndex(String name, boolean ifExists, PartitionSpec partition) implements AlterCommand {
    }

    /** {@code DELETE WHERE}: a mutation. */
    record Delete(Expr where, PartitionSpec partition) implements AlterCommand {
    }

    /** {@code UPDATE c = e, ... WHERE}: a mutation. */
    record Update(Map<String, Expr> assignments, Expr where, PartitionSpec partition) implements AlterCommand {
        public Update {
            assignments = Immutable.map(assignments);
        }
    }

    enum PartitionAction { DROP, DETACH, ATTACH, DROP_DETACHED }

    record PartitionCommand(PartitionAction action, PartitionSpec partition) implements AlterCommand {
    }

    record ModifyOrderBy(Expr orderBy) implements AlterCommand {
    }

    record ModifyTtl(List<Expr> ttl) implements AlterCommand {
        public ModifyTtl {
            ttl = Immutable.list(ttl);
        }
    }

    record ModifySettings(Map<String, Expr> settings) implements AlterCommand {
        public ModifySettings {
            settings = Immutable.map(settings);
        }
    }
}
