package io.strata.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's metadata: database, name, columns, engine clause and the CREATE statement that
 * made it (normalized, persisted as the table's .sql file).
 */
public record TableDefinition(String database, String name, List<ColumnDefinition> columns, EngineClause engine,
                              String createQuery, String comment) {

    public TableDefinition {
        columns = List.copyOf(columns);
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
