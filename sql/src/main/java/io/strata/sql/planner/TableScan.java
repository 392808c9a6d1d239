package io.strata.sql.planner;

import io.strata.core.table.ScanFilter;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableEngine;
import io.strata.core.type.DataType;
import io.strata.exec.driver.ExecutionContext;
import io.strata.sql.analyzer.TableHandle;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.SqlFormatter;
import io.strata.sql.parser.SqlParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The morsels of a table engine's scan for a relation over the table's columns: builds the
 * {@link ReadRequest} (asking for key-order reading when the query's top-N is by a prefix of
 * the engine's sorting key) and counts the rows read into the query's progress.
 */
final class TableScan implements Relation.Opener {
    private final TableHandle table;
    private final List<String> names;
    private final List<DataType> types;
    private final boolean finalMode;

    TableScan(TableHandle table, List<String> names, List<DataType> types, boolean finalMode) {
        this.table = table;
        this.names = names;
        this.types = types;
        this.finalMode = finalMode;
    }

    @Override
    public List<ChunkSource> open(ExecutionContext ctx, List<Integer> columns, long limitHint, ScanFilter filter) {
        return read(ctx, columns, limitHint, List.of(), filter, null);
    }

    @Override
    public List<ChunkSource> open(ExecutionContext ctx, List<Integer> columns, long limitHint, ScanFilter filter,
                                  io.strata.core.table.TopNThreshold topN) {
        return read(ctx, columns, limitHint, List.of(), filter, topN);
    }

    @Override
    public List<ChunkSource> openInKeyOrder(ExecutionContext ctx, List<Integer> columns, List<Expr> orderBy, long limit,
                                            ScanFilter filter, io.strata.core.table.TopNThreshold topN) {
        List<String> prefix = planOptimizations(ctx) && ctx.settings().getBool("optimize_read_in_order")
                ? sortingKeyPrefix(orderBy) : List.of();
        return prefix.isEmpty() ? read(ctx, columns, -1, List.of(), filter, topN) : read(ctx, columns, limit, prefix, filter, null);
    }

    @Override
    public Relation.LazyScan openLazily(ExecutionContext ctx, List<Integer> columns, List<Expr> orderBy, ScanFilter filter,
                                        io.strata.core.table.TopNThreshold topN) {
        if (finalMode) return null;
        // a top-N the eager plan reads in key order (stopping early) is better served so
        if (orderBy != null && planOptimizations(ctx) && ctx.settings().getBool("optimize_read_in_order")
                && !sortingKeyPrefix(orderBy).isEmpty()) {
            return null;
        }
        List<String> cols = new ArrayList<>();
        List<DataType> ts = new ArrayList<>();
        for (int i : columns) {
            cols.add(names.get(i));
            ts.add(types.get(i));
        }
        ReadRequest req = new ReadRequest(cols, filter, -1, ctx.maxThreads(), ctx.settings(), false, List.of(), topN);
        io.strata.core.table.LazyRows rows = table.engine().readLazily(new Header(cols, ts), req);
        return rows == null ? null : new Relation.LazyScan(countingRows(ctx, rows.morsels()), rows);
    }

    /**
     * The leading elements of the engine's sorting key that {@code orderBy} spells (all of it),
     * or empty when the engine cannot read in key order or the ORDER BY is not such a prefix.
     */
    private List<String> sortingKeyPrefix(List<Expr> orderBy) {
        TableEngine engine = table.engine();
        if (!engine.capabilities().contains(TableEngine.Capability.READ_IN_ORDER)) return List.of();
        String key = engine.sortingKey();
        if (key == null || key.isBlank()) return List.of();
        List<Expr> elements;
        try {
            Expr parsed = SqlParser.parseExpression("tuple(" + key + ")");
            if (!(parsed instanceof FunctionCall f)) return List.of();
            elements = f.args();
        } catch (RuntimeException e) {
            return List.of();
        }
        if (orderBy.isEmpty() || orderBy.size() > elements.size()) return List.of();
        List<String> prefix = new ArrayList<>();
        for (int i = 0; i < orderBy.size(); i++) {
            if (!ExpressionCompiler.canonical(orderBy.get(i)).equals(ExpressionCompiler.canonical(elements.get(i)))) return List.of();
            prefix.add(SqlFormatter.format(elements.get(i)));
        }
        return prefix;
    }

    private List<ChunkSource> read(ExecutionContext ctx, List<Integer> columns, long limitHint, List<String> orderByPrefix,
                                   ScanFilter filter, io.strata.core.table.TopNThreshold topN) {
        List<String> cols = new ArrayList<>();
        List<DataType> ts = new ArrayList<>();
        for (int i : columns) {
            cols.add(names.get(i));
            ts.add(types.get(i));
        }
        // a LIMIT pushed into the read is a plan optimization (ClickHouse's limit push-down)
        long hint = planOptimizations(ctx) ? limitHint : -1;
        ReadRequest req = new ReadRequest(cols, filter, hint, ctx.maxThreads(), ctx.settings(), finalMode, orderByPrefix, topN);
        return countingRows(ctx, table.engine().read(new Header(cols, ts), req));
    }

    private static boolean planOptimizations(ExecutionContext ctx) {
        return ctx.settings().getBool("query_plan_enable_optimizations");
    }

    /**
     * Counts rows and bytes read for progress and X-ClickHouse-Summary: the rows a morsel reports
     * having read from storage when it filters or stops early, else the rows it returns. Checks
     * for cancellation and the time limit before each read.
     *
     * <p>Chunks hold at most max_block_size rows, as ClickHouse's reads do whatever the engine's
     * own unit (a granule, an inserted block): the operators above see the block size the query
     * asked for, and the corpus's verification mode reruns queries with max_block_size = 1 to
     * show that no operator depends on how its input is cut.
     */
    private static List<ChunkSource> countingRows(ExecutionContext ctx, List<ChunkSource> morsels) {
        long total = 0;
        int blockSize = ctx.blockSize();
        List<ChunkSource> out = new ArrayList<>(morsels.size());
        for (ChunkSource m : morsels) {
            if (m.estimatedRows() > 0) total += m.estimatedRows();
            out.add(new ChunkSource() {
                private long reported;
                /** The rest of a chunk larger than the block size, returned in pieces from {@code offset}. */
                private Chunk pending;
                private int offset;

                @Override
                public Chunk next() {
                    if (pending == null) {
                        Chunk c = read();
                        if (c == null || c.rowCount() <= blockSize) return c;
                        pending = c;
                        offset = 0;
                    }
                    int n = Math.min(blockSize, pending.rowCount() - offset);
                    Chunk piece = pending.slice(offset, n);
                    offset += n;
                    if (offset == pending.rowCount()) pending = null;
                    return piece;
                }

                private Chunk read() {
                    Chunk c;
                    do {
                        // every pull from storage is a cancellation point, however the pipeline above
                        // runs the morsels (one after another on one thread, or spread over workers);
                        // with timeout_overflow_mode = 'break' the data ends here when time is up.
                        // An engine may return an empty chunk when a filter dropped a whole block,
                        // so that long stretches without a passing row stay cancellable: skipped here.
                        ctx.checkInterrupted();
                        if (ctx.timeLimitReached()) return null;
                        c = m.next();
                        long read = m.rowsRead();
                        if (read >= 0) {
                            ctx.progress().readRows.addAndGet(read - reported);
                            reported = read;
                        } else if (c != null) {
                            ctx.progress().readRows.addAndGet(c.rowCount());
                        }
                        if (c != null) ctx.progress().readBytes.addAndGet(c.byteSize());
                    } while (c != null && c.rowCount() == 0);
                    return c;
                }

                @Override
                public long estimatedRows() {
                    return m.estimatedRows();
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
        ctx.progress().totalRowsToRead.addAndGet(total);
        return out;
    }
}
