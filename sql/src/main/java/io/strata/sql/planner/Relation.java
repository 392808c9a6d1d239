package io.strata.sql.planner;

import io.strata.core.table.ChunkSource;
import io.strata.core.table.TableDefinition;
import io.strata.core.type.DataType;
import io.strata.exec.driver.ExecutionContext;
import java.util.List;

/**
 * A FROM source as the planner sees it: named, typed columns (with the qualifier they can be
 * referred to by), and a way to open morsels that produce a chosen subset of the columns.
 */
record Relation(List<String> names, List<DataType> types, List<Boolean> visibleInStar, String qualifier,
                TableDefinition definition, Opener opener, long exactRows) {

    interface Opener {
        /** Morsels producing the columns at {@code columns} (indexes into names), in that order. */
        List<ChunkSource> open(ExecutionContext context, List<Integer> columns, long limitHint);
    }

    int indexOf(String name) {
        return names.indexOf(name);
    }
}
