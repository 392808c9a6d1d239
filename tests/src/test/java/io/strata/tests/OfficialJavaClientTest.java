package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.ServerException;
import com.clickhouse.client.api.data_formats.ClickHouseBinaryFormatReader;
import com.clickhouse.client.api.metadata.TableSchema;
import com.clickhouse.client.api.query.GenericRecord;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.data.ClickHouseFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official Java client's own API (client-v2 {@link Client}, under the JDBC driver) against a
 * real server process: commands, inserts of JSONEachRow text and of POJOs (RowBinary, encoded by
 * the schema the client reads with DESCRIBE TABLE ... FORMAT TSKV), queries read as
 * RowBinaryWithNamesAndTypes, server-side query parameters and errors, over each compression mode.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class OfficialJavaClientTest {
    @TempDir
    static Path data;
    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(data);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    /** A row as the client's POJO insert maps it: one getter per column. */
    public static final class Event {
        private long id;
        private String name;
        private double score;

        public Event() {
        }

        Event(long id, String name, double score) {
            this.id = id;
            this.name = name;
            this.score = score;
        }

        public long getId() { return id; }
        public void setId(long id) { this.id = id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public double getScore() { return score; }
        public void setScore(double score) { this.score = score; }
    }

    /** Compression modes: none, ClickHouse's compressed blocks (compress=1/decompress=1), HTTP content coding. */
    @ParameterizedTest
    @ValueSource(strings = {"none", "blocks", "http"})
    void commandsInsertsAndQueries(String compression) throws Exception {
        String table = "client_v2_" + compression;
        boolean compress = !compression.equals("none");
        try (Client client = new Client.Builder()
                .addEndpoint("http://127.0.0.1:" + server.httpPort())
                .setUsername("default")
                .setPassword("")
                .compressServerResponse(compress)
                .compressClientRequest(compress)
                .useHttpCompression(compression.equals("http"))
                .build()) {
            assertTrue(client.ping());
            client.execute("DROP TABLE IF EXISTS " + table).get(60, TimeUnit.SECONDS).close();
            client.execute("CREATE TABLE " + table + " (id UInt64, name String, score Float64) ENGINE = MergeTree ORDER BY id")
                    .get(60, TimeUnit.SECONDS).close();

            StringBuilder json = new StringBuilder();
            for (int i = 0; i < 500; i++) json.append("{\"id\":").append(i).append(",\"name\":\"json-").append(i).append("\",\"score\":").append(i * 0.5).append("}\n");
            client.insert(table, new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), ClickHouseFormat.JSONEachRow)
                    .get(60, TimeUnit.SECONDS).close();

            TableSchema schema = client.getTableSchema(table);
            assertEquals(List.of("id", "name", "score"), schema.getColumns().stream().map(c -> c.getColumnName()).toList());
            client.register(Event.class, schema);
            List<Event> events = new ArrayList<>();
            for (int i = 500; i < 1000; i++) events.add(new Event(i, "pojo-" + i + " Привет", -i));
            client.insert(table, events).get(60, TimeUnit.SECONDS).close();

            List<GenericRecord> all = client.queryAll("SELECT id, name, score FROM " + table + " ORDER BY id");
            assertEquals(1000, all.size());
            assertEquals("json-7", all.get(7).getString("name"));
            assertEquals(3.5, all.get(7).getDouble("score"));
            assertEquals(777, all.get(777).getLong("id"));
            assertEquals("pojo-777 Привет", all.get(777).getString("name"));
            assertEquals(-777.0, all.get(777).getDouble(3));

            try (QueryResponse response = client.query("SELECT id, name FROM " + table + " WHERE id >= {lo:UInt64} AND name LIKE {pattern:String} ORDER BY id",
                    Map.of("lo", 990, "pattern", "pojo-99%")).get(60, TimeUnit.SECONDS);
                 ClickHouseBinaryFormatReader reader = client.newBinaryFormatReader(response)) {
                List<Long> ids = new ArrayList<>();
                while (reader.hasNext()) {
                    reader.next();
                    ids.add(reader.getLong("id"));
                    assertTrue(reader.getString("name").startsWith("pojo-99"));
                }
                assertEquals(List.of(990L, 991L, 992L, 993L, 994L, 995L, 996L, 997L, 998L, 999L), ids);
                assertEquals(10, response.getResultRows());
            }

            List<GenericRecord> agg = client.queryAll("SELECT count() AS c, sum(score) AS s, version() AS v FROM " + table);
            assertEquals(1000, agg.get(0).getLong("c"));
            assertEquals(500 * 499 / 4.0 - (500 + 999) * 500 / 2.0, agg.get(0).getDouble("s"));
            assertEquals("23.1.0", agg.get(0).getString("v"));
            client.loadServerInfo(); // SELECT currentUser(), timezone(), version(), as the JDBC driver does on connect
            assertEquals("23.1.0", client.getServerVersion());
            assertEquals("default", client.getUser());

            // the client runs requests synchronously by default and throws the server's error itself
            ServerException e = assertThrows(ServerException.class,
                    () -> client.query("SELECT * FROM no_such_table").get(60, TimeUnit.SECONDS));
            assertEquals(60, e.getCode());
            assertFalse(client.queryAll("SELECT 1").isEmpty(), "the client works after an error");

            client.execute("DROP TABLE " + table).get(60, TimeUnit.SECONDS).close();
        }
    }
}
