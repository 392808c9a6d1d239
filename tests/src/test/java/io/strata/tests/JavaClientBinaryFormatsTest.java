package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.data_formats.RowBinaryFormatWriter;
import com.clickhouse.client.api.metadata.TableSchema;
import com.clickhouse.client.api.query.GenericRecord;
import com.clickhouse.data.ClickHouseColumn;
import com.clickhouse.data.ClickHouseFormat;
import io.strata.http.HttpServer;
import io.strata.server.Engine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The official Java client (client-v2) against a real HTTP server: it inserts with RowBinary, which
 * its own writer encodes from the table schema it reads from the server, and reads results as
 * RowBinaryWithNamesAndTypes, decoding by the types in the header. Server response compression
 * (compress=1) is the HTTP interface's business and is switched off here.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JavaClientBinaryFormatsTest {
    private static final List<String[]> COLUMNS = List.of(new String[] {"id", "UInt64"}, new String[] {"name", "String"},
            new String[] {"score", "Nullable(Float64)"}, new String[] {"tags", "Array(String)"}, new String[] {"day", "Date"},
            new String[] {"ts", "DateTime('UTC')"}, new String[] {"flag", "Bool"}, new String[] {"kind", "LowCardinality(String)"},
            new String[] {"amount", "Decimal(18, 4)"}, new String[] {"u", "UUID"});

    @Test
    void insertsWithRowBinaryAndReadsRowBinaryWithNamesAndTypes() throws Exception {
        try (Engine engine = Engine.open(null);
             HttpServer server = new HttpServer(engine.runner(), "127.0.0.1", 0, ZoneOffset.UTC)) {
            server.start();
            try (Client client = new Client.Builder()
                    .addEndpoint("http://127.0.0.1:" + server.port())
                    .setUsername("default")
                    .setPassword("")
                    .compressServerResponse(false)
                    .build()) {
                client.execute("CREATE TABLE events (" + String.join(", ", COLUMNS.stream().map(c -> c[0] + " " + c[1]).toList())
                        + ") ENGINE = Memory").get(60, TimeUnit.SECONDS).close();
                // the schema the client's RowBinary writer encodes by (getTableSchema would ask the
                // server with DESCRIBE TABLE ... FORMAT TSKV, which is not this test's subject)
                TableSchema schema = new TableSchema(COLUMNS.stream().map(c -> ClickHouseColumn.of(c[0], c[1])).toList());
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                RowBinaryFormatWriter w = new RowBinaryFormatWriter(data, schema, ClickHouseFormat.RowBinary);
                UUID uuid = UUID.fromString("61f0c404-5cb3-11e7-907b-a6006ad3dba0");
                int rows = 1000;
                for (int i = 0; i < rows; i++) {
                    w.setLong("id", i);
                    w.setString("name", "name-" + i + (i % 7 == 0 ? " Привет" : ""));
                    w.setValue("score", i % 3 == 0 ? null : i * 0.5);
                    w.setList("tags", i % 4 == 0 ? List.of() : List.of("t" + i, "x"));
                    w.setDate("day", LocalDate.of(2024, 1, 1).plusDays(i));
                    w.setDateTime("ts", LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(37L * i).atZone(ZoneOffset.UTC));
                    w.setBoolean("flag", i % 2 == 0);
                    w.setString("kind", "k" + (i % 5));
                    w.setBigDecimal("amount", BigDecimal.valueOf(i).add(new BigDecimal("0.1234")));
                    w.setValue("u", uuid);
                    w.commitRow();
                }
                client.insert("events", new ByteArrayInputStream(data.toByteArray()), ClickHouseFormat.RowBinary)
                        .get(60, TimeUnit.SECONDS).close();

                List<GenericRecord> all = client.queryAll("SELECT * FROM events ORDER BY id");
                assertEquals(rows, all.size());
                for (int i = 0; i < rows; i++) {
                    GenericRecord r = all.get(i);
                    assertEquals(i, r.getLong("id"));
                    assertEquals("name-" + i + (i % 7 == 0 ? " Привет" : ""), r.getString("name"));
                    if (i % 3 == 0) {
                        assertFalse(r.hasValue("score"), "row " + i);
                    } else {
                        assertEquals(i * 0.5, r.getDouble("score"));
                    }
                    assertEquals(i % 4 == 0 ? List.of() : List.of("t" + i, "x"), r.getList("tags"));
                    assertEquals(LocalDate.of(2024, 1, 1).plusDays(i), r.getLocalDate("day"));
                    assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(37L * i), r.getLocalDateTime("ts"));
                    assertEquals(i % 2 == 0, r.getBoolean("flag"));
                    assertEquals("k" + (i % 5), r.getString("kind"));
                    assertEquals(0, BigDecimal.valueOf(i).add(new BigDecimal("0.1234")).compareTo(r.getBigDecimal("amount")));
                    assertEquals(uuid, r.getUUID("u"));
                }
                List<GenericRecord> sums = client.queryAll("SELECT count() AS c, sum(id) AS s, countIf(score IS NULL) AS n FROM events");
                assertEquals(rows, sums.getFirst().getLong("c"));
                assertEquals((long) rows * (rows - 1) / 2, sums.getFirst().getLong("s"));
                assertEquals(334, sums.getFirst().getLong("n"));
                assertTrue(client.ping());
            }
        }
    }
}
