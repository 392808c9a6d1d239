package io.strata.mergetree;

import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.AlterChange;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.TableDefinition;
import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ALTER TABLE changes of a MergeTree table's definition (columns, TTL). {@link #check} applies
 * MergeTree's own rules before the catalog persists anything: columns the sorting or partition
 * key reads cannot be dropped or renamed, nor change type unless the key uses them as-is in a
 * representation-preserving way (never, here), the sign and version columns are protected, and
 * the TTL must still compile. {@link #apply} installs the new schema; changes that make stored
 * data stale (drop, rename, type change, new TTL) become a mutation that the ALTER waits for, as
 * ClickHouse's ALTER does, while reads see the new definition at once (see AlterConversions).
 */
final class TableAlter {
    private TableAlter() {
    }

    static void check(MergeTreeTable table, TableDefinition next, List<AlterChange> changes) {
        MergeTreeSchema schema = table.schema();
        Set<String> inExpressions = new LinkedHashSet<>();
        Set<String> asIs = new LinkedHashSet<>();
        for (int i = 0; i < schema.sortingKey().size(); i++) {
            String k = schema.sortingKey().get(i);
            if (schema.sortingColumn(i) >= 0) asIs.add(schema.header().name(schema.sortingColumn(i)));
            else inExpressions.addAll(columnsOf(schema, k));
        }
        Set<String> partition = new LinkedHashSet<>();
        for (String p : schema.partitionKey()) partition.addAll(columnsOf(schema, p));
        String sign = schema.signColumn();
        String version = schema.versionColumn();
        Set<String> keys = new LinkedHashSet<>(inExpressions);
        keys.addAll(asIs);
        keys.addAll(partition);
        TableDefinition current = schema.definition();
        for (AlterChange c : changes) {
            String col = c.column();
            switch (c.kind()) {
                case DROP_COLUMN, RENAME_COLUMN -> {
                    String verb = c.kind() == AlterChange.Kind.DROP_COLUMN ? "DROP" : "RENAME";
                    if (col.equals(version)) throw forbidden("Trying to ALTER " + verb + " version " + col + " column");
                    if (col.equals(sign)) throw forbidden("Trying to ALTER " + verb + " sign (" + col + ") column");
                    if (keys.contains(col)) {
                        throw forbidden("Trying to ALTER " + verb + " key " + col + " column which is a part of key expression");
                    }
                }
                case MODIFY_COLUMN -> {
                    ColumnDefinition before = current.column(col);
                    ColumnDefinition after = next.column(col);
                    if (before == null || after == null || before.type().equals(after.type())) continue;
                    if (col.equals(version)) continue;
                    if (inExpressions.contains(col) || col.equals(sign)) throw forbidden("ALTER of key column " + col + " is forbidden");
                    if (partition.contains(col)) {
                        throw forbidden("ALTER of partition key column " + col + " from type " + before.type().name() + " to type "
                                + after.type().name() + " is not safe because it can change the representation of partition key");
                    }
                    if (asIs.contains(col)) {
                        throw forbidden("ALTER of key column " + col + " from type " + before.type().name() + " to type "
                                + after.type().name() + " is not safe because it can change the representation of primary key");
                    }
                    // the stored values must convert to the new type
                    if (before.isStored() && after.isStored()) {
                        table.services().compile("CAST(`value` AS " + after.type().name() + ")", Header.of("value", before.type()));
                    }
                }
                default -> {
                }
            }
        }
        Header stored = storedHeader(next);
        try {
            RowTtl.of(next.engine().ttl(), stored, table.services());
        } catch (DbException e) {
            boolean ttlChange = false;
            for (AlterChange c : changes) ttlChange |= c.kind() == AlterChange.Kind.MODIFY_TTL;
            if (ttlChange) throw e;
            throw new DbException(e.code(), "Cannot apply ALTER because it breaks the TTL of the table: " + e.getMessage());
        }
        new MergeTreeSchema(next, schema.mode(), table.services());
    }

    static void apply(MergeTreeTable table, TableDefinition next, List<AlterChange> changes) {
        MergeTreeSchema before = table.schema();
        MutationEntry entry = null;
        table.mergeLock().lock();
        table.insertGate().close();
        try {
            List<MutationStep> steps = new ArrayList<>();
            for (AlterChange c : changes) {
                ColumnDefinition old = c.column() == null ? null : before.definition().column(c.column());
                boolean stored = old != null && old.isStored();
                switch (c.kind()) {
                    case DROP_COLUMN -> {
                        if (stored) steps.add(MutationStep.column(MutationStep.Kind.DROP_COLUMN, c.command(), c.column(), null));
                    }
                    case RENAME_COLUMN -> {
                        if (stored) steps.add(MutationStep.column(MutationStep.Kind.RENAME_COLUMN, c.command(), c.column(), c.newName()));
                    }
                    case MODIFY_COLUMN -> {
                        ColumnDefinition now = next.column(c.column());
                        if (stored && now != null && now.isStored() && !now.type().equals(old.type())) {
                            steps.add(MutationStep.column(MutationStep.Kind.READ_COLUMN, c.command(), c.column(), null));
                        }
                    }
                    case MODIFY_TTL -> {
                        if (next.engine().ttl() != null) {
                            steps.add(new MutationStep(MutationStep.Kind.MATERIALIZE_TTL, "MATERIALIZE TTL", null, null, null, null, null));
                        }
                    }
                    default -> {
                    }
                }
            }
            MergeTreeSchema schema = new MergeTreeSchema(next, before.mode(), table.services());
            if (steps.isEmpty()) {
                table.installSchema(schema);
            } else {
                // earlier mutations name columns as they were: they finish before names change
                table.mutationLog().applyAll();
                entry = table.mutationLog().add(steps, schema);
            }
        } finally {
            table.insertGate().open();
            table.mergeLock().unlock();
        }
        if (entry != null) table.mutationLog().waitFor(entry);
    }

    private static Set<String> columnsOf(MergeTreeSchema schema, String expression) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : TupleElements.identifiers(expression)) if (schema.header().indexOf(id) >= 0) out.add(id);
        return out;
    }

    private static Header storedHeader(TableDefinition def) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (ColumnDefinition c : def.storedColumns()) {
            names.add(c.name());
            types.add(c.type());
        }
        return new Header(names, types);
    }

    private static DbException forbidden(String message) {
        return new DbException(ErrorCode.ALTER_OF_COLUMN_IS_FORBIDDEN, message);
    }
}
