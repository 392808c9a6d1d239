package io.strata.sql.ast;

import java.util.List;

/** CREATE [MATERIALIZED] VIEW; to is the target table of {@code MATERIALIZED VIEW v TO t}, else null. */
public record CreateViewStatement(TableName name, boolean orReplace, boolean ifNotExists, boolean materialized,
                                  TableName to, List<ColumnDef> columns, StorageSpec storage, boolean populate,
                                  SelectUnion query) implements Statement {
    public CreateViewStatement {
        columns = Immutable.list(columns);
        storage = storage == null ? StorageSpec.EMPTY : storage;
    }
}
