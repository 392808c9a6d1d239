package io.strata.sql.planner;

import io.strata.core.table.ChunkSource;
import io.strata.core.table.ScanFilter;
import io.strata.core.table.TableDefinition;
import io.strata.core.type.DataType;
import io.strata.exec.driver.ExecutionContext;
import io.strata.sql.ast.Expr;
import java.util.List;

/**
 * A FROM source as the planner sees it: named, typed columns (with the qualifier they can be
 * referred to by), and a way to open morsels that produce a chosen subset of the columns.
 * {@code storageScan} is set when the opener reads a table engine directly, with the relation's
 * columns being the table's: only then may the planner push a filter into it.
 */
record Relation(List<String> names, List<DataType> types, List<Boolean> visibleInStar, String qualifier,
                TableDefinition definition, Opener opener, long exactRows, boolean storageScan,
                java.util.Map<String, Integer> qualifiedNames) {

    /**
     * {@code qualifiedNames} maps further spellings of columns to their index: a JOIN's columns as
     * {@code alias.column} and {@code db.table.column} for either side.
     */
    Relation(List<String> names, List<DataType> types, List<Boolean> visibleInStar, String qualifier,
             TableDefinition definition, Opener opener, long exactRows, boolean storageScan) {
        this(names, types, visibleInStar, qualifier, definition, opener, exactRows, storageScan, java.util.Map.of());
    }

    interface Opener {
        /**
         * Morsels producing the columns at {@code columns} (indexes into names), in that order.
         * {@code filter} (null: none) is the WHERE the caller applies anyway above the morsels; a
         * storage scan hands it to the engine, which may use it to skip data.
         */
        List<ChunkSource> open(ExecutionContext context, List<Integer> columns, long limitHint, ScanFilter filter);

        /**
         * As {@link #open}, for a caller running a top-N whose bound {@code topN} (non-null)
         * follows one of {@code columns}: a storage scan may skip rows beyond the bound.
         */
        default List<ChunkSource> open(ExecutionContext context, List<Integer> columns, long limitHint, ScanFilter filter,
                                       io.strata.core.table.TopNThreshold topN) {
            return open(context, columns, limitHint, filter);
        }

        /**
         * Morsels as {@link #open} gives them, for a caller that sorts them by {@code orderBy}
         * (ascending) and keeps the first {@code limit} rows: a table whose sorting key starts
         * with these expressions may read in key order and stop early. Others read everything,
         * skipping what cannot pass {@code topN} (null: no bound).
         */
        default List<ChunkSource> openInKeyOrder(ExecutionContext context, List<Integer> columns, List<Expr> orderBy, long limit,
                                                 ScanFilter filter, io.strata.core.table.TopNThreshold topN) {
            return open(context, columns, -1, filter, topN);
        }

        /**
         * A late-materializing read (see {@link LazyMaterialization}): morsels producing
         * {@code columns} plus a row locator, and the handle that fetches other columns by
         * locator. Null (the default) when the source cannot: the caller reads eagerly. A caller
         * sorting by a prefix of the table's sorting key ({@code orderBy}) gets null too, its
         * key-order read being cheaper.
         */
        default LazyScan openLazily(ExecutionContext context, List<Integer> columns, List<Expr> orderBy, ScanFilter filter,
                                    io.strata.core.table.TopNThreshold topN) {
            return null;
        }
    }

    /** The two phases of a lazy read: the counted first-phase morsels and the fetching handle. */
    record LazyScan(List<ChunkSource> morsels, io.strata.core.table.LazyRows rows) {
    }

    int indexOf(String name) {
        return names.indexOf(name);
    }
}
