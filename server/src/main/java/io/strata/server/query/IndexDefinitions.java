package io.strata.server.query;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.IndexDefinition;
import io.strata.core.table.TableDefinition;
import io.strata.server.catalog.Catalog;
import io.strata.server.catalog.CreateTableRenderer;
import io.strata.sql.analyzer.TableHandle;
import io.strata.sql.ast.AlterCommand;
import io.strata.sql.ast.IndexDef;
import io.strata.sql.ast.SqlFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Data-skipping index declarations between the AST and the catalog: the INDEX elements of
 * CREATE TABLE as {@link IndexDefinition}s, and {@code ALTER TABLE ... ADD INDEX / DROP INDEX /
 * MATERIALIZE INDEX} applied to a table (definition changed in the engine, then persisted).
 */
final class IndexDefinitions {
    private IndexDefinitions() {
    }

    static IndexDefinition of(IndexDef d) {
        long granularity = d.granularity() == null ? IndexDefinition.DEFAULT_GRANULARITY : d.granularity();
        return new IndexDefinition(d.name(), SqlFormatter.format(d.expr()), d.type(), granularity);
    }

    /** The declared indexes, refusing duplicate names as ClickHouse does. */
    static List<IndexDefinition> of(List<IndexDef> declared) {
        List<IndexDefinition> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (IndexDef d : declared) {
            if (!names.add(d.name())) {
                throw new DbException(ErrorCode.ILLEGAL_INDEX, "Duplicated index name " + d.name()
                        + " is not allowed. Please use different index names.");
            }
            out.add(of(d));
        }
        return out;
    }

    /** Whether every command of an ALTER is an index command. */
    static boolean onlyIndexCommands(List<AlterCommand> commands) {
        for (AlterCommand c : commands) {
            if (!(c instanceof AlterCommand.AddIndex || c instanceof AlterCommand.DropIndex || c instanceof AlterCommand.MaterializeIndex)) {
                return false;
            }
        }
        return !commands.isEmpty();
    }

    /**
     * Applies index commands in order: definition changes first (validated by the engine, then
     * persisted), then MATERIALIZE INDEX, as ClickHouse runs metadata changes before mutations.
     * {@code partitions} renders a command's PARTITION clause as the engine takes it.
     */
    static void alter(Catalog catalog, TableHandle table, List<AlterCommand> commands,
                      java.util.function.Function<io.strata.sql.ast.PartitionSpec, String> partitions) {
        TableDefinition def = table.definition();
        List<IndexDefinition> indexes = new ArrayList<>(def.indexes());
        List<AlterCommand.MaterializeIndex> materialize = new ArrayList<>();
        boolean changed = false;
        for (AlterCommand c : commands) {
            switch (c) {
                case AlterCommand.AddIndex a -> {
                    String name = a.index().name();
                    if (position(indexes, name) >= 0) {
                        if (a.ifNotExists()) continue;
                        throw new DbException(ErrorCode.ILLEGAL_COLUMN, "Cannot add index " + name + ": index with this name already exists");
                    }
                    int at = indexes.size();
                    if (a.first()) at = 0;
                    if (a.after() != null) {
                        int p = position(indexes, a.after());
                        if (p < 0) {
                            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Wrong index name. Cannot find index "
                                    + SqlFormatter.backquote(a.after()) + " to insert after");
                        }
                        at = p + 1;
                    }
                    indexes.add(at, of(a.index()));
                    changed = true;
                }
                case AlterCommand.DropIndex d -> {
                    int p = position(indexes, d.name());
                    if (p < 0) {
                        if (d.ifExists()) continue;
                        throw new DbException(ErrorCode.BAD_ARGUMENTS, "Wrong index name. Cannot find index "
                                + SqlFormatter.backquote(d.name()) + " to drop");
                    }
                    indexes.remove(p);
                    changed = true;
                }
                case AlterCommand.MaterializeIndex m -> materialize.add(m);
                default -> throw new DbException(ErrorCode.NOT_IMPLEMENTED, "ALTER command is not an index command");
            }
        }
        if (changed) {
            TableDefinition next = def.withIndexes(indexes);
            table.engine().alterIndexes(next);
            catalog.replaceDefinition(next, CreateTableRenderer::render);
        }
        for (AlterCommand.MaterializeIndex m : materialize) {
            if (position(indexes, m.name()) < 0) {
                if (m.ifExists()) continue;
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Unknown index: " + m.name());
            }
            table.engine().materializeIndex(m.name(), partitions.apply(m.partition()));
        }
    }

    private static int position(List<IndexDefinition> indexes, String name) {
        for (int i = 0; i < indexes.size(); i++) if (indexes.get(i).name().equals(name)) return i;
        return -1;
    }
}
