package io.strata.server.query;

import io.strata.core.block.Header;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.server.system.RowsBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code KILL QUERY WHERE cond [SYNC|ASYNC|TEST]} over the queries system.processes lists under
 * the condition (the KILL itself excluded). One row per query: kill_status, query_id, user,
 * query. ASYNC (the default) sends the cancellation and answers {@code waiting}, or
 * {@code finished} when the query had already ended; SYNC answers each query once it has
 * stopped ({@code finished}); TEST only lists them ({@code unknown_status}).
 */
final class KillQuery {
    /** How often SYNC looks again at queries that have not stopped yet (ClickHouse: 100 ms). */
    private static final long SYNC_POLL_MILLIS = 100;

    static final Header HEADER = Header.of("kill_status", DataTypes.STRING, "query_id", DataTypes.STRING,
            "user", DataTypes.STRING, "query", DataTypes.STRING);

    /** A query the condition selected: its system.processes values. */
    record Target(String queryId, String user, String query) {
    }

    private KillQuery() {
    }

    /** Kills {@code targets}; {@code ctx} is the KILL's own context, so the KILL itself can be cancelled while it waits. */
    static RowsBuilder run(ProcessList processes, List<Target> targets, String mode, ExecutionContext ctx) {
        RowsBuilder rows = new RowsBuilder(HEADER);
        if ("TEST".equals(mode)) {
            for (Target t : targets) rows.add("unknown_status", t.queryId(), t.user(), t.query());
            return rows;
        }
        if (!"SYNC".equals(mode)) {
            for (Target t : targets) {
                ProcessList.CancelResult r = processes.cancel(t.queryId());
                rows.add(r == ProcessList.CancelResult.CANCEL_SENT ? "waiting" : "finished", t.queryId(), t.user(), t.query());
            }
            return rows;
        }
        List<Target> waiting = new ArrayList<>(targets);
        while (!waiting.isEmpty()) {
            for (var it = waiting.iterator(); it.hasNext(); ) {
                Target t = it.next();
                if (processes.cancel(t.queryId()) == ProcessList.CancelResult.NOT_FOUND) {
                    rows.add("finished", t.queryId(), t.user(), t.query());
                    it.remove();
                }
            }
            if (waiting.isEmpty()) break;
            ctx.checkInterrupted();
            try {
                processes.awaitGone(waiting.getFirst().queryId(), SYNC_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ctx.cancel();
                ctx.checkInterrupted();
            }
        }
        return rows;
    }
}
