package io.strata.http;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QueryRunner;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-written runner for protocol tests: a small command language instead of SQL, with the
 * session behaviour of the real runner (SET and USE change the session, CREATE TEMPORARY TABLE
 * keeps runner state that the session's close releases) and atomic inserts (data counts as
 * committed only when the whole stream was read without an error).
 */
final class ProtocolRunner implements QueryRunner {
    final List<QueryRequest> requests = Collections.synchronizedList(new ArrayList<>());
    final List<byte[]> committed = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failedInserts = new AtomicInteger();
    /** Temporary-table states whose session ended. */
    final List<TemporaryTables> closedTables = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> arrivals = new ConcurrentHashMap<>();

    /** Opens gate {@code name}: queries {@code BLOCK name} waiting on it go on. */
    void open(String name) {
        gate(name).countDown();
    }

    /** Waits until a {@code BLOCK name} query has started. */
    void awaitArrival(String name) throws InterruptedException {
        if (!arrival(name).await(30, TimeUnit.SECONDS)) throw new AssertionError("no query arrived at gate " + name);
    }

    private CountDownLatch gate(String name) {
        return gates.computeIfAbsent(name, k -> new CountDownLatch(1));
    }

    private CountDownLatch arrival(String name) {
        return arrivals.computeIfAbsent(name, k -> new CountDownLatch(1));
    }

    QueryRequest last() {
        synchronized (requests) {
            return requests.getLast();
        }
    }

    @Override
    public QueryExecution execute(QueryRequest request) {
        requests.add(request);
        QuerySession session = request.session();
        Settings settings = session.settings().withAll(request.settings());
        String sql = request.sql().strip();
        Matcher m;
        if ((m = Pattern.compile("SELECT number FROM\\s+numbers\\((\\d+)\\)").matcher(sql)).matches()) {
            return new HttpServerTest.Numbers(request.queryId(), settings, Long.parseLong(m.group(1)), -1);
        }
        if (sql.equals("FAIL LATE")) {
            return new HttpServerTest.Numbers(request.queryId(), settings, 3_000_000, 2_000_000);
        }
        if ((m = Pattern.compile("FAIL AFTER (\\d+)").matcher(sql)).matches()) {
            long n = Long.parseLong(m.group(1));
            return new HttpServerTest.Numbers(request.queryId(), settings, n + 1000, n);
        }
        if (sql.equals("FAIL FIRST")) {
            return new HttpServerTest.Numbers(request.queryId(), settings, 10, 0);
        }
        if ((m = Pattern.compile("BLOCK (\\w+)").matcher(sql)).matches()) {
            // the query has started and blocks in its first block, as a long SELECT does
            String name = m.group(1);
            return new HttpServerTest.Numbers(request.queryId(), settings, 1, -1) {
                @Override
                public Chunk next() {
                    arrival(name).countDown();
                    try {
                        if (!gate(name).await(60, TimeUnit.SECONDS)) throw new DbException(ErrorCode.TIMEOUT_EXCEEDED, "gate never opened");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "interrupted");
                    }
                    return super.next();
                }
            };
        }
        if ((m = Pattern.compile("SET (\\w+)\\s*=\\s*(\\S+)").matcher(sql)).matches()) {
            if (settings.getLong("readonly") == 1) {
                throw new DbException(ErrorCode.READONLY, "Cannot modify '" + m.group(1) + "' setting in readonly mode");
            }
            session.setSettings(session.settings().with(m.group(1), m.group(2)));
            return empty(request, settings);
        }
        if ((m = Pattern.compile("USE (\\w+)").matcher(sql)).matches()) {
            session.setDatabase(m.group(1));
            return empty(request, settings);
        }
        if ((m = Pattern.compile("SELECT SETTING (\\w+)").matcher(sql)).matches()) {
            return strings(request, settings, List.of(settings.getString(m.group(1))));
        }
        if (sql.equals("SELECT CURRENT DATABASE")) {
            return strings(request, settings, List.of(session.database()));
        }
        if (sql.startsWith("SELECT ECHO ")) {
            return strings(request, settings, List.of(request.sql().substring(request.sql().indexOf("ECHO ") + 5)));
        }
        if ((m = Pattern.compile("CREATE TEMPORARY TABLE (\\w+)").matcher(sql)).matches()) {
            temporaryTables(session).names.add(m.group(1));
            return empty(request, settings);
        }
        if (sql.equals("SHOW TEMPORARY TABLES")) {
            Object state = session.runnerState();
            List<String> names = state instanceof TemporaryTables t ? new ArrayList<>(t.names) : List.of();
            return strings(request, settings, names);
        }
        if (sql.startsWith("INSERT")) {
            if (settings.getLong("readonly") > 0) throw new DbException(ErrorCode.READONLY, "Cannot execute query in readonly mode");
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (InputStream in = request.data()) {
                if (in != null) in.transferTo(data);
            } catch (IOException | RuntimeException e) {
                failedInserts.incrementAndGet();
                if (e instanceof DbException d) throw d;
                throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read all data: " + e.getMessage(), e);
            }
            committed.add(data.toByteArray());
            return empty(request, settings);
        }
        throw new DbException(ErrorCode.SYNTAX_ERROR, "Syntax error: failed at position 1 (" + sql + ")");
    }

    private TemporaryTables temporaryTables(QuerySession session) {
        synchronized (session) {
            if (session.runnerState() instanceof TemporaryTables t) return t;
            TemporaryTables t = new TemporaryTables();
            session.setRunnerState(t);
            return t;
        }
    }

    /** The runner state a session keeps: closing it stands for dropping the tables. */
    final class TemporaryTables implements AutoCloseable {
        final Set<String> names = ConcurrentHashMap.newKeySet();

        @Override
        public void close() {
            closedTables.add(this);
        }
    }

    private static QueryExecution empty(QueryRequest request, Settings settings) {
        return new HttpServerTest.Numbers(request.queryId(), settings, 0, -1) {
            @Override
            public Header header() {
                return Header.EMPTY;
            }
        };
    }

    private static QueryExecution strings(QueryRequest request, Settings settings, List<String> values) {
        return new QueryExecution() {
            private boolean done;
            private final QueryProgress progress = new QueryProgress();

            @Override
            public Header header() {
                return new Header(List.of("value"), List.of(DataTypes.STRING));
            }

            @Override
            public Chunk next() {
                if (done || values.isEmpty()) return null;
                done = true;
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                int[] offsets = new int[values.size() + 1];
                for (int i = 0; i < values.size(); i++) {
                    bytes.writeBytes(values.get(i).getBytes(StandardCharsets.UTF_8));
                    offsets[i + 1] = bytes.size();
                }
                return new Chunk(new Column[] {new StringColumn(DataTypes.STRING, bytes.toByteArray(), offsets, values.size())},
                        values.size());
            }

            @Override public String outputFormat() { return null; }
            @Override public Settings settings() { return settings; }
            @Override public QueryProgress progress() { return progress; }
            @Override public String queryId() { return request.queryId(); }
            @Override public void cancel() { }
            @Override public void close() { }
        };
    }
}
