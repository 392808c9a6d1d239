package io.strata.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's metadata: database, name, columns, engine clause, the CREATE statement that made it
 * (normalized, persisted as the table's .sql file) and its data-skipping indexes.
 */
public record TableDefinition(String database, String name, List<ColumnDefinition> columns, EngineClause engine,
                              String createQuery, String comment, List<IndexDefinition> indexes) {

    public TableDefinition {
        columns = List.copyOf(columns);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
    }

    /** A definition without data-skipping indexes. */
    public TableDefinition(String database, String name, List<ColumnDefinition> columns, EngineClause engine,
                           String createQuery, String comment) {
        this(database, name, columns, engine, createQuery, comment, List.of());
    }

    /** The same table with other indexes (ALTER TABLE ... ADD/DROP INDEX); createQuery is left to the caller to re-render. */
    public TableDefinition withIndexes(List<IndexDefinition> newIndexes) {
        return new TableDefinition(database, name, columns, engine, createQuery, comment, newIndexes);
    }

    /** The same table with another persisted CREATE statement. */
    public TableDefinition withCreateQuery(String sql) {
        return new TableDefinition(database, name, columns, engine, sql, comment, indexes);
    }

    /** The index named {@code indexName}, or null. */
    public IndexDefinition index(String indexName) {
        for (IndexDefinition i : indexes) if (i.name().equals(indexName)) return i;
        return null;
    }

    public ColumnDefinition column(String columnName) {
        for (ColumnDefinition c : columns) if (c.name().equals(columnName)) return c;
        return null;
    }

    /** Columns that SELECT * returns. */
    public List<ColumnDefinition> ordinaryColumns() {
        List<ColumnDefinition> out = new ArrayList<>();
        for (ColumnDefinition c : columns) if (c.isOrdinary()) out.add(c);
        return out;
    }

    /** Columns the engine stores. */
    public List<ColumnDefinition> storedColumns() {
        List<ColumnDefinition> out = new ArrayList<>();
        for (ColumnDefinition c : columns) if (c.isStored()) out.add(c);
        return out;
    }
}
