package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What BI connectors send over HTTP when they connect and browse a schema, word for word, against a
 * real server process: Grafana's grafana-clickhouse-datasource (through clickhouse-go, which opens
 * with {@code SELECT displayName(), version(), revision(), timezone()}, and its own schema and
 * function lists), Superset's clickhouse-connect (version and time zone, the settings it may send,
 * SHOW/EXISTS/DESCRIBE with its {@code FORMAT Native} suffix) and the Java clients' server-info
 * query. The answers are what ClickHouse 23.1 gives, the release version() reports.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ConnectorQueriesTest {
    @TempDir
    Path data;

    @Test
    void connectAndBrowseAsConnectorsDo() throws Exception {
        try (ServerProcess server = ServerProcess.start(data)) {
            server.query("CREATE DATABASE shop");
            server.query("CREATE TABLE shop.orders (id UInt64, customer LowCardinality(String), amount Decimal(12, 2) COMMENT 'total', "
                    + "attrs Map(String, String), created DateTime('UTC')) ENGINE = MergeTree ORDER BY (id, created)");
            server.query("INSERT INTO shop.orders VALUES (1, 'ann', 10.5, {'color':'red'}, '2024-01-01 00:00:00'), "
                    + "(2, 'bob', 7, {'size':'L','color':'blue'}, '2024-01-02 00:00:00')");

            Map<String, String> expected = new LinkedHashMap<>();
            // connection: server identity as clickhouse-go, clickhouse-connect and client-v2 ask for it
            expected.put("SELECT displayName() = hostName(), version(), revision(), timezone() != ''", "1\t23.1.0\t54460\t1\n");
            expected.put("SELECT version(), timezone() != ''", "23.1.0\t1\n");
            expected.put("SELECT currentUser() AS user, timezone() != '' AS timezone, version() AS version LIMIT 1", "default\t1\t23.1.0\n");
            expected.put("SELECT strataVersion()", "0.1.0\n");
            expected.put("SELECT 1", "1\n");
            expected.put("SELECT currentDatabase()", "default\n");
            // clickhouse-connect reads which settings exist and may be changed (readonly column from 19.17 on)
            expected.put("SELECT name, value, readonly as readonly FROM system.settings WHERE name IN ('readonly', 'enable_http_compression', "
                    + "'date_time_input_format', 'send_progress_in_http_headers', 'http_headers_progress_interval_ms') ORDER BY name LIMIT 10000",
                    "date_time_input_format\tbasic\t0\nenable_http_compression\t0\t0\nhttp_headers_progress_interval_ms\t100\t0\n"
                            + "readonly\t0\t0\nsend_progress_in_http_headers\t0\t0\n");
            // schema browsing
            expected.put("SHOW DATABASES", "default\nshop\nsystem\n");
            expected.put("SHOW DATABASES FORMAT TabSeparated", "default\nshop\nsystem\n");
            expected.put("SELECT name FROM system.databases WHERE name = 'shop'", "shop\n");
            expected.put("SHOW TABLES FROM shop", "orders\n");
            expected.put("SHOW TABLES FROM \"shop\"", "orders\n");
            expected.put("EXISTS TABLE shop.orders", "1\n");
            expected.put("EXISTS TABLE shop.missing FORMAT TSV", "0\n");
            expected.put("DESCRIBE TABLE shop.orders", "id\tUInt64\t\t\t\t\t\ncustomer\tLowCardinality(String)\t\t\t\t\t\n"
                    + "amount\tDecimal(12, 2)\t\t\ttotal\t\t\nattrs\tMap(String, String)\t\t\t\t\t\ncreated\tDateTime(\\'UTC\\')\t\t\t\t\t\n");
            expected.put("DESC TABLE \"shop\".\"orders\" FORMAT JSONEachRow",
                    "{\"name\":\"id\",\"type\":\"UInt64\",\"default_type\":\"\",\"default_expression\":\"\",\"comment\":\"\",\"codec_expression\":\"\",\"ttl_expression\":\"\"}\n"
                    + "{\"name\":\"customer\",\"type\":\"LowCardinality(String)\",\"default_type\":\"\",\"default_expression\":\"\",\"comment\":\"\",\"codec_expression\":\"\",\"ttl_expression\":\"\"}\n"
                    + "{\"name\":\"amount\",\"type\":\"Decimal(12, 2)\",\"default_type\":\"\",\"default_expression\":\"\",\"comment\":\"total\",\"codec_expression\":\"\",\"ttl_expression\":\"\"}\n"
                    + "{\"name\":\"attrs\",\"type\":\"Map(String, String)\",\"default_type\":\"\",\"default_expression\":\"\",\"comment\":\"\",\"codec_expression\":\"\",\"ttl_expression\":\"\"}\n"
                    + "{\"name\":\"created\",\"type\":\"DateTime('UTC')\",\"default_type\":\"\",\"default_expression\":\"\",\"comment\":\"\",\"codec_expression\":\"\",\"ttl_expression\":\"\"}\n");
            expected.put("SELECT engine, engine_full, comment FROM system.tables WHERE database = 'shop' AND name = 'orders'",
                    "MergeTree\tMergeTree ORDER BY (id, created) SETTINGS index_granularity = 8192\t\n");
            expected.put("SELECT name FROM system.columns WHERE database = 'shop' AND table = 'orders' AND is_in_primary_key = 1 ORDER BY position",
                    "id\ncreated\n");
            expected.put("SELECT database, name FROM system.tables WHERE database = 'shop' ORDER BY database, name", "shop\torders\n");
            expected.put("SELECT database, table, name, type, comment FROM system.columns WHERE (database, table) IN (('shop', 'orders')) "
                    + "OR (database = currentDatabase() AND table IN ('orders')) ORDER BY database, table, position",
                    "shop\torders\tid\tUInt64\t\nshop\torders\tcustomer\tLowCardinality(String)\t\nshop\torders\tamount\tDecimal(12, 2)\ttotal\n"
                            + "shop\torders\tattrs\tMap(String, String)\t\nshop\torders\tcreated\tDateTime(\\'UTC\\')\t\n");
            expected.put("SELECT name, type, character_octet_length, numeric_precision, numeric_precision_radix, numeric_scale, datetime_precision "
                    + "FROM system.columns WHERE database = 'shop' AND table = 'orders' ORDER BY position",
                    "id\tUInt64\t\\N\t64\t2\t0\t\\N\ncustomer\tLowCardinality(String)\t\\N\t\\N\t\\N\t\\N\t\\N\n"
                            + "amount\tDecimal(12, 2)\t\\N\t12\t10\t2\t\\N\nattrs\tMap(String, String)\t\\N\t\\N\t\\N\t\\N\t\\N\n"
                            + "created\tDateTime(\\'UTC\\')\t\\N\t\\N\t\\N\t\\N\t0\n");
            // Grafana: map keys for its filter editor, distinct values, the function list of its editor
            expected.put("SELECT DISTINCT arrayJoin(attrs.keys) as keys FROM \"shop\".\"orders\" ORDER BY keys LIMIT 1000", "color\nsize\n");
            expected.put("SELECT DISTINCT customer FROM shop.orders ORDER BY customer SETTINGS max_execution_time=10", "ann\nbob\n");
            expected.put("SELECT count() > 100, countIf(origin = 'System') = count() FROM (SELECT name, is_aggregate, case_insensitive, alias_to, "
                    + "origin, description, syntax, arguments, returned_value, examples, categories FROM system.functions LIMIT 10000)", "1\t1\n");

            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertEquals(e.getValue(), server.query(e.getKey()), e.getKey());
            }

            // clickhouse-connect reads everything as Native: the answer must be a Native block
            ServerProcess.Response nativeAnswer = server.post(Map.of(), "SELECT version(), timezone()\n FORMAT Native");
            assertEquals(200, nativeAnswer.status());
            assertTrue(nativeAnswer.body().contains("version()") && nativeAnswer.body().contains("23.1.0"), nativeAnswer.body());

            // the settings a connector sends with every query are accepted
            ServerProcess.Response withSettings = server.post(Map.of("date_time_input_format", "best_effort",
                    "send_progress_in_http_headers", "1", "http_headers_progress_interval_ms", "110000"), "SELECT 1");
            assertEquals("1\n", withSettings.body());

            // in readonly mode no setting may be changed; with readonly = 2 all but readonly itself
            assertEquals("max_threads\t1\nreadonly\t1\n", server.post(Map.of("readonly", "1"),
                    "SELECT name, readonly FROM system.settings WHERE name IN ('max_threads', 'readonly') ORDER BY name").body());
            assertEquals("max_threads\t0\nreadonly\t1\n", server.post(Map.of("readonly", "2"),
                    "SELECT name, readonly FROM system.settings WHERE name IN ('max_threads', 'readonly') ORDER BY name").body());

            // query parameters arrive TabSeparated-escaped (the Node client sends a tab as \t, NULL as \N)
            assertEquals("1\t1\t1\n", server.post(Map.of("param_s", "a\\tb", "param_n", "\\N", "param_q", "it\\'s"),
                    "SELECT {s:String} = 'a\\tb', isNull({n:Nullable(String)}), {q:String} = 'it\\'s'").body());
        }
    }
}
