package io.strata.sql.ast;

import java.util.List;

/**
 * CREATE TABLE in any of its forms: with a column list; {@code AS other_table} (asTable); {@code AS
 * table_function(...)} (asTableFunction); {@code ... AS SELECT} (asSelect, possibly with columns).
 * {@code REPLACE TABLE} is read as orReplace.
 */
public record CreateTableStatement(TableName name, boolean orReplace, boolean temporary, boolean ifNotExists,
                                   List<ColumnDef> columns, List<IndexDef> indexes, List<ConstraintDef> constraints,
                                   StorageSpec storage, TableName asTable, FunctionCall asTableFunction,
                                   SelectUnion asSelect, String comment) implements Statement {
    public CreateTableStatement {
        columns = Immutable.list(columns);
        indexes = Immutable.list(indexes);
        constraints = Immutable.list(constraints);
        storage = storage == null ? StorageSpec.EMPTY : storage;
    }
}
