package io.strata.nativeproto;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.type.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The server's text log lines for one query, sent to the client in Log packets when it set
 * {@code send_logs_level} (revision 54406 and later). A Log block has ClickHouse's columns:
 * {@code event_time DateTime, event_time_microseconds UInt32, host_name String, query_id String,
 * thread_id UInt64 (thread_number UInt32 for 18.x clients), priority Int8, source String, text String}.
 */
public final class ServerLog {
    /** Poco's priorities, which the Log block carries. */
    public static final int FATAL = 1, ERROR = 3, WARNING = 4, INFORMATION = 6, DEBUG = 7, TRACE = 8;

    private record Line(long micros, int priority, String source, String text) {
    }

    private final int maxPriority;
    private final boolean threadIdColumn;
    private final String host;
    private final String queryId;
    private final List<Line> pending = new ArrayList<>();

    /** A log at {@code level} (a send_logs_level value); "none" or an unknown level sends nothing. */
    public ServerLog(String level, int revision, String host, String queryId) {
        this.maxPriority = revision >= Protocol.DBMS_MIN_REVISION_WITH_SERVER_LOGS ? priority(level) : 0;
        this.threadIdColumn = revision >= Protocol.STRATA_MIN_REVISION_WITH_LOG_THREAD_ID;
        this.host = host;
        this.queryId = queryId;
    }

    static int priority(String level) {
        return switch (level.strip().toLowerCase(Locale.ROOT)) {
            case "fatal" -> FATAL;
            case "error" -> ERROR;
            case "warning" -> WARNING;
            case "information" -> INFORMATION;
            case "debug" -> DEBUG;
            case "trace", "test" -> TRACE;
            default -> 0;
        };
    }

    public boolean enabled() {
        return maxPriority > 0;
    }

    public void add(int priority, String source, String text) {
        if (priority <= maxPriority) {
            long now = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
            pending.add(new Line(now, priority, source, text));
        }
    }

    /** Sends the lines added since the last call, in one Log packet. */
    public void flush(ServerPackets packets) {
        if (pending.isEmpty()) return;
        int n = pending.size();
        long[] seconds = new long[n], micros = new long[n], thread = new long[n], priority = new long[n];
        List<String> hosts = new ArrayList<>(), ids = new ArrayList<>(), sources = new ArrayList<>(), texts = new ArrayList<>();
        long threadId = Thread.currentThread().threadId();
        for (int i = 0; i < n; i++) {
            Line l = pending.get(i);
            seconds[i] = l.micros / 1_000_000;
            micros[i] = l.micros % 1_000_000;
            thread[i] = threadId;
            priority[i] = l.priority;
            hosts.add(host);
            ids.add(queryId);
            sources.add(l.source);
            texts.add(l.text);
        }
        pending.clear();
        Header header = new Header(List.of("event_time", "event_time_microseconds", "host_name", "query_id",
                threadIdColumn ? "thread_id" : "thread_number", "priority", "source", "text"),
                List.of(DataTypes.DATETIME, DataTypes.UINT32, DataTypes.STRING, DataTypes.STRING,
                        threadIdColumn ? DataTypes.UINT64 : DataTypes.UINT32, DataTypes.INT8, DataTypes.STRING, DataTypes.STRING));
        Column[] columns = {
                SmallBlocks.longs(DataTypes.DATETIME, seconds), SmallBlocks.longs(DataTypes.UINT32, micros),
                SmallBlocks.strings(DataTypes.STRING, hosts), SmallBlocks.strings(DataTypes.STRING, ids),
                SmallBlocks.longs(threadIdColumn ? DataTypes.UINT64 : DataTypes.UINT32, thread),
                SmallBlocks.longs(DataTypes.INT8, priority), SmallBlocks.strings(DataTypes.STRING, sources),
                SmallBlocks.strings(DataTypes.STRING, texts)};
        packets.log(header, new Chunk(columns, n));
    }
}
