package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.error.DbException;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.LazyRows;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.Expression;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Lambda;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.QueryParameter;
import io.strata.exec.driver.ParallelPipeline;
import io.strata.exec.operator.FilterOperator;
import io.strata.exec.operator.LimitOperator;
import io.strata.exec.operator.Operator;
import io.strata.exec.operator.ProjectOperator;
import io.strata.exec.operator.RowsBeforeLimitOperator;
import io.strata.exec.operator.SortKey;
import io.strata.exec.operator.TopNOperator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Late materialization of {@code SELECT ... FROM table [WHERE ...] ORDER BY ... LIMIT n}
 * (ClickHouse's {@code query_plan_optimize_lazy_materialization}): columns the query only
 * returns, as bare select items, are not read by the scan. The first phase reads the columns of
 * WHERE, ORDER BY and computed select items plus a row locator, and the top-N runs over those,
 * the lazy columns standing in as constants; then the lazy columns are fetched by locator for
 * the at most n + offset rows kept. The result equals the eager plan's: the same rows flow into
 * the same top-N in the same order, only narrower.
 *
 * <p>Applies when the table's engine can serve it ({@link io.strata.core.table.TableEngine#readLazily})
 * and n + offset is at most {@code query_plan_max_limit_for_lazy_materialization}; a select
 * item that is an expression over a column makes that column eager.
 */
final class LazyMaterialization {
    /** Scan channels (positions in the scan's columns) read lazily. */
    private final List<Integer> lazyChannels;
    /** For each output position, the index in {@link #lazyChannels} it comes from, or -1 (eager). */
    private final int[] lazyOutput;
    private final List<Integer> scanColumns;
    private final List<DataType> scanTypes;
    private final List<String> scanNames;

    private LazyMaterialization(List<Integer> lazyChannels, int[] lazyOutput, List<Integer> scanColumns, List<String> scanNames,
                                List<DataType> scanTypes) {
        this.lazyChannels = lazyChannels;
        this.lazyOutput = lazyOutput;
        this.scanColumns = scanColumns;
        this.scanNames = scanNames;
        this.scanTypes = scanTypes;
    }

    /** Whether the settings allow late materialization for a top-N of {@code rows} (limit + offset). */
    static boolean enabled(Settings settings, long rows) {
        if (!settings.getBool("query_plan_enable_optimizations") || !settings.getBool("query_plan_optimize_lazy_materialization")) {
            return false;
        }
        long max = settings.getLong("query_plan_max_limit_for_lazy_materialization");
        return max == 0 || rows <= max;
    }

    /**
     * The plan for a query over {@code relation} (a storage scan) whose scan reads
     * {@code scanColumns} (relation column indexes, by channel), or null when no column can be
     * read lazily. {@code projection}'s first {@code outputWidth} entries are the select items.
     */
    static LazyMaterialization plan(Relation relation, List<Expr> select, Expr where, List<Expr> orderBy,
                                    List<Integer> scanColumns, List<Expression> projection, int outputWidth) {
        Set<Integer> eager = new HashSet<>();
        if (where != null && !collect(relation, where, eager)) return null;
        for (Expr o : orderBy) if (!collect(relation, o, eager)) return null;
        int[] bare = new int[outputWidth];
        for (int i = 0; i < outputWidth; i++) {
            Expr e = select.get(i) instanceof Aliased a ? a.expr() : select.get(i);
            bare[i] = e instanceof Identifier id ? column(relation, id) : -1;
            if (bare[i] < 0 && !collect(relation, e, eager)) return null;
        }
        List<Integer> lazy = new ArrayList<>();
        int[] lazyOutput = new int[outputWidth];
        for (int i = 0; i < outputWidth; i++) {
            lazyOutput[i] = -1;
            if (bare[i] < 0 || eager.contains(bare[i])) continue;
            int channel = scanColumns.indexOf(bare[i]);
            // the compiled item must be that very channel (not, say, a constant-folded column)
            if (channel < 0 || !(projection.get(i) instanceof ColumnReference r) || r.channel() != channel) continue;
            int k = lazy.indexOf(channel);
            if (k < 0) {
                k = lazy.size();
                lazy.add(channel);
            }
            lazyOutput[i] = k;
        }
        if (lazy.isEmpty()) return null;
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (int c : scanColumns) {
            names.add(relation.names().get(c));
            types.add(relation.types().get(c));
        }
        return new LazyMaterialization(List.copyOf(lazy), lazyOutput, List.copyOf(scanColumns), names, types);
    }

    /** The relation column an identifier names, or -1 (a lambda parameter, an alias...). */
    private static int column(Relation relation, Identifier id) {
        try {
            return Scope.findColumn(relation, id);
        } catch (DbException e) {
            return -1;
        }
    }

    /** Adds the relation columns {@code e} refers to; false when it holds something not walked (a subquery...). */
    private static boolean collect(Relation relation, Expr e, Set<Integer> out) {
        switch (e) {
            case Identifier id -> {
                int c = column(relation, id);
                if (c >= 0) out.add(c);
                return true;
            }
            case Aliased a -> {
                return collect(relation, a.expr(), out);
            }
            case Literal l -> {
                return true;
            }
            case QueryParameter p -> {
                return true;
            }
            case Lambda l -> {
                return collect(relation, l.body(), out);
            }
            case FunctionCall f -> {
                if (f.over() != null) return false;
                for (Expr a : f.args()) if (!collect(relation, a, out)) return false;
                if (f.parameters() != null) for (Expr p : f.parameters()) if (!collect(relation, p, out)) return false;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * The late-materializing plan of a top-N (see {@link LazyMaterialization}): the first phase
     * runs the eager plan's WHERE, projection (plus the locator) and per-driver top-N over the
     * narrow scan, then the final top-N and LIMIT/OFFSET, then the second phase fetches the lazy
     * columns of the rows kept. Falls back to {@code eager} when the source cannot read lazily.
     */
    Function<ExecutionContext, ChunkSource> open(Relation relation, List<Expr> keyOrder, PushedFilter pushed,
                                                 Function<ExecutionContext, ChunkSource> eager, Expression where,
                                                 List<Expression> projection, List<SortKey> sortKeys, long limit, long offset,
                                                 boolean countedInScan, int level, int outputWidth, TopNBound bound) {
        List<Expression> withLocator = new ArrayList<>(projection);
        int locatorPosition = withLocator.size();
        withLocator.add(new ColumnReference(locatorChannel(), locatorType()));
        List<Integer> eagerColumns = eagerColumns();
        return ctx -> {
            io.strata.core.table.TopNThreshold threshold = bound == null ? null : bound.fresh();
            Relation.LazyScan scan = relation.opener().openLazily(ctx, eagerColumns, keyOrder, pushed, threshold);
            if (scan == null) return eager.apply(ctx);
            try {
                List<ChunkSource> morsels = firstPhase(scan.morsels());
                boolean filter = where != null && !SelectPlanner.filteredByStorage(morsels, pushed);
                Supplier<List<Operator>> ops = () -> {
                    List<Operator> l = new ArrayList<>();
                    if (filter) l.add(new FilterOperator(where));
                    l.add(new ProjectOperator(withLocator));
                    if (countedInScan) l.add(new RowsBeforeLimitOperator(ctx.progress().rowsBeforeLimit.counter(level)));
                    l.add(new TopNOperator(sortKeys, limit + offset, ctx, threshold));
                    return l;
                };
                ChunkSource firstPhase = ParallelPipeline.run(ctx, morsels, ops, ctx.maxThreads());
                List<Operator> last = new ArrayList<>();
                last.add(new TopNOperator(sortKeys, limit + offset, ctx));
                last.add(new LimitOperator(limit, offset));
                return secondPhase(ctx, ParallelPipeline.pipe(ctx, firstPhase, last), scan.rows(), locatorPosition, outputWidth);
            } catch (RuntimeException | Error e) {
                scan.rows().close();
                throw e;
            }
        };
    }

    /** Lazily read scan channels, as EXPLAIN names them. */
    List<String> lazyColumnNames() {
        List<String> out = new ArrayList<>();
        for (int c : lazyChannels) out.add(scanNames.get(c));
        return out;
    }

    /** Relation column indexes the first phase reads (the scan's minus the lazy ones), in channel order. */
    List<Integer> eagerColumns() {
        List<Integer> out = new ArrayList<>();
        for (int ch = 0; ch < scanColumns.size(); ch++) if (!lazyChannels.contains(ch)) out.add(scanColumns.get(ch));
        return out;
    }

    /** The scan's channel count: the locator comes after them in the first phase's chunks. */
    int locatorChannel() {
        return scanColumns.size();
    }

    /**
     * The first phase's morsels reshaped to the eager plan's scan layout (so that the compiled
     * WHERE, projection and sort keys apply as they are): the eager columns in their channels,
     * each lazy one a constant placeholder, then the locator.
     */
    List<ChunkSource> firstPhase(List<ChunkSource> morsels) {
        int width = scanColumns.size();
        int[] source = new int[width];
        int next = 0;
        for (int ch = 0; ch < width; ch++) source[ch] = lazyChannels.contains(ch) ? -1 : next++;
        int locator = next;
        Column[] placeholders = new Column[width];
        for (int ch = 0; ch < width; ch++) if (source[ch] < 0) placeholders[ch] = scanTypes.get(ch).defaultColumn(1);
        List<ChunkSource> out = new ArrayList<>(morsels.size());
        for (ChunkSource m : morsels) {
            out.add(new ChunkSource() {
                @Override
                public Chunk next() {
                    Chunk c = m.next();
                    if (c == null) return null;
                    Column[] cols = new Column[width + 1];
                    for (int ch = 0; ch < width; ch++) {
                        cols[ch] = source[ch] >= 0 ? c.column(source[ch]) : new ConstColumn(placeholders[ch], c.rowCount());
                    }
                    cols[width] = c.column(locator);
                    return new Chunk(cols, c.rowCount());
                }

                @Override
                public long estimatedRows() {
                    return m.estimatedRows();
                }

                @Override
                public long rowsRead() {
                    return m.rowsRead();
                }

                @Override
                public boolean filterApplied() {
                    return m.filterApplied();
                }

                @Override
                public void close() {
                    m.close();
                }
            });
        }
        return out;
    }

    /** The locator's type as the projection carries it. */
    static DataType locatorType() {
        return DataTypes.UINT64;
    }

    /**
     * The second phase over {@code kept} (the top rows: the select items, then the locator at
     * {@code locatorPosition}): drains it, fetches the lazy columns of those rows and returns the
     * first {@code outputWidth} columns with the lazy ones filled in. Closes {@code rows} when done.
     */
    ChunkSource secondPhase(ExecutionContext ctx, ChunkSource kept, LazyRows rows, int locatorPosition, int outputWidth) {
        return new ChunkSource() {
            private boolean done;

            @Override
            public Chunk next() {
                if (done) return null;
                done = true;
                List<Chunk> chunks = new ArrayList<>();
                for (Chunk c = kept.next(); c != null; c = kept.next()) if (c.rowCount() > 0) chunks.add(c);
                if (chunks.isEmpty()) {
                    close();
                    return null;
                }
                Chunk all = io.strata.exec.operator.Columns.concat(chunks);
                int n = all.rowCount();
                Column locators = all.column(locatorPosition);
                long[] ids = new long[n];
                for (int i = 0; i < n; i++) ids[i] = ((Number) locators.getObject(i)).longValue();
                List<String> names = new ArrayList<>();
                List<DataType> types = new ArrayList<>();
                for (int ch : lazyChannels) {
                    names.add(scanNames.get(ch));
                    types.add(scanTypes.get(ch));
                }
                Chunk fetched = rows.fetch(new Header(names, types), ids, n);
                ctx.progress().readRows.addAndGet(rows.fetchedRows());
                ctx.progress().readBytes.addAndGet(rows.fetchedBytes());
                Column[] out = new Column[outputWidth];
                for (int i = 0; i < outputWidth; i++) out[i] = lazyOutput[i] >= 0 ? fetched.column(lazyOutput[i]) : all.column(i);
                close();
                return new Chunk(out, n);
            }

            @Override
            public void close() {
                try {
                    kept.close();
                } finally {
                    rows.close();
                }
            }
        };
    }
}
