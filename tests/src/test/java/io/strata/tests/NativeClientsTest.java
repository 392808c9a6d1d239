package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real ClickHouse clients against a real Strata server: the shared script
 * ({@code native/client-script.sql}) through Debian's clickhouse-client 18.16 (compressed and
 * not), clickhouse-driver for Python, the housepower native JDBC driver and Strata's HTTP
 * interface, all with the same results; and the same script through the three native clients
 * against Debian's ClickHouse 18.16, to prove the script itself.
 */
class NativeClientsTest {
    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(Files.createTempDirectory("strata-native-clients"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void clickhouseClientCompressed() throws Exception {
        ClientScript.load().runWith(new ClickHouseClientRunner("clickhouse-client", server.tcpPort(), "nc_cli_lz4",
                List.of("--compression", "1")).prepare());
    }

    @Test
    void clickhouseClientUncompressed() throws Exception {
        ClientScript.load().runWith(new ClickHouseClientRunner("clickhouse-client", server.tcpPort(), "nc_cli_plain",
                List.of("--compression", "0")).prepare());
    }

    @Test
    void clickhouseClientMultiqueryErrorsAndLogs() throws Exception {
        ClickHouseClientRunner cli = new ClickHouseClientRunner("clickhouse-client", server.tcpPort(), "default", List.of());
        assertEquals("1\n2\nx\n", cli.run("default", List.of("--multiquery", "--query", "SELECT 1; SELECT 2; SELECT 'x'")));
        ClickHouseClientRunner.Result bad = ClickHouseClientRunner.exec(List.of(ClickHouseClientRunner.BINARY, "--host", "127.0.0.1",
                "--port", String.valueOf(server.tcpPort()), "--query", "SELECT * FROM no_such_table"), null);
        assertEquals(60, bad.exit(), bad.stderr());
        assertTrue(bad.stderr().contains("Code: 60") && bad.stderr().contains("no_such_table"), bad.stderr());
        ClickHouseClientRunner.Result logged = ClickHouseClientRunner.exec(List.of(ClickHouseClientRunner.BINARY, "--host", "127.0.0.1",
                "--port", String.valueOf(server.tcpPort()), "--send_logs_level", "debug", "--query", "SELECT 42"), null);
        assertEquals(0, logged.exit(), logged.stderr());
        assertEquals("42\n", logged.stdout());
        assertTrue(logged.stderr().contains("executeQuery"), "server log lines on stderr: " + logged.stderr());
        // a JSON result: the client formats it from the blocks and the ProfileInfo/Progress packets
        String json = cli.run("default", List.of("--query", "SELECT number FROM numbers(3) FORMAT JSONCompact"));
        assertTrue(json.contains("\"rows\": 3"), json);
    }

    /**
     * clickhouse-client 18.16 in --multiquery sends an INSERT with its inline rows in the query
     * text and then sends the same rows as blocks once the server names the columns; a server
     * that inserted the text's rows itself would answer with Progress and the client would fail
     * ("Unexpected packet from server") or the rows would land twice.
     */
    @Test
    void clickhouseClientMultiqueryInlineInserts() throws Exception {
        ClickHouseClientRunner cli = new ClickHouseClientRunner("clickhouse-client", server.tcpPort(), "default", List.of());
        String script = "CREATE TABLE nc_inline (a UInt8, s String) ENGINE = Memory;\n"
                + "INSERT INTO nc_inline VALUES (1, 'x'), (2, 'y');\n"
                + "INSERT INTO nc_inline FORMAT TSV\n3\tz\n"
                + "INSERT INTO nc_inline (a) VALUES (4);\n"
                + "SELECT a, s FROM nc_inline ORDER BY a;\n"
                + "DROP TABLE nc_inline;\n";
        assertEquals("1\tx\n2\ty\n3\tz\n4\t\n", cli.run("default", List.of("--multiquery"), script));
    }

    @Test
    void python() throws Exception {
        runPython(server.tcpPort(), "nc_python", false);
    }

    /** Runs python_runner.py with Debian's /usr/bin/python3 against the server on {@code port}. */
    private static void runPython(int port, String database, boolean clickhouse18) throws Exception {
        Path script = Files.createTempFile("python_runner", ".py");
        try (var in = NativeClientsTest.class.getResourceAsStream("/native/python_runner.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toString(), String.valueOf(port), database));
        if (clickhouse18) command.add("{\"allow_experimental_low_cardinality_type\": 1}");
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            ClientScript.load().runWith(new PythonRunner(w, r, clickhouse18));
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void jdbc() throws Exception {
        try (JdbcRunner jdbc = new JdbcRunner(server.tcpPort(), "nc_jdbc", false)) {
            ClientScript.load().runWith(jdbc);
        }
    }

    @Test
    void http() throws Exception {
        server.query("DROP DATABASE IF EXISTS nc_http");
        server.query("CREATE DATABASE nc_http");
        ClientScript.load().runWith(new ClientScript.Runner() {
            @Override
            public String name() {
                return "http";
            }

            @Override
            public void statement(String sql) throws Exception {
                query(sql);
            }

            @Override
            public void insert(String table, List<String> rows, String as) throws Exception {
                ServerProcess.Response r = server.post(Map.of("database", "nc_http", "query", "INSERT INTO " + table + " FORMAT TabSeparated"),
                        String.join("\n", rows) + "\n");
                assertEquals(200, r.status(), r.body());
            }

            @Override
            public String query(String sql) throws Exception {
                ServerProcess.Response r = server.post(Map.of("database", "nc_http"), sql);
                assertEquals(200, r.status(), r.body());
                return r.body();
            }
        });
    }

    /** The script is ClickHouse's behaviour: clickhouse-client against ClickHouse 18.16 gets the same results. */
    @Test
    void scriptAgainstClickHouse18() throws Exception {
        try (ClickHouseServer clickhouse = ClickHouseServer.start()) {
            ClientScript.load().runWith(new ClickHouseClientRunner("clickhouse18", clickhouse.tcpPort, "nc_clickhouse",
                    List.of("--allow_experimental_low_cardinality_type", "1")).prepare());
            // and the other two clients get the same results from ClickHouse 18.16 as from Strata
            runPython(clickhouse.tcpPort, "nc_python18", true);
            try (JdbcRunner jdbc = new JdbcRunner(clickhouse.tcpPort, "nc_jdbc18", true)) {
                ClientScript.load().runWith(jdbc);
            }
        }
    }

    /** Drives python_runner.py: one JSON command and one JSON answer a line. */
    private record PythonRunner(Writer commands, BufferedReader answers, boolean clickhouse18) implements ClientScript.Runner {
        @Override
        public String name() {
            return "python";
        }

        @Override
        public java.util.Set<String> names() {
            return clickhouse18 ? java.util.Set.of("python", "clickhouse18") : java.util.Set.of("python");
        }

        private String call(String json) throws Exception {
            commands.write(json + "\n");
            commands.flush();
            String line = answers.readLine();
            assertNotEquals(null, line, "python runner ended");
            if (line.startsWith("{\"ok\": false")) throw new AssertionError("python: " + line);
            int at = line.indexOf("\"text\": ") + 8;
            return JsonText.parseString(line, at);
        }

        @Override
        public void statement(String sql) throws Exception {
            call("{\"op\": \"statement\", \"sql\": " + JsonText.quote(sql) + "}");
        }

        @Override
        public void insert(String table, List<String> rows, String as) throws Exception {
            StringBuilder sb = new StringBuilder("{\"op\": \"insert\", \"table\": ").append(JsonText.quote(table)).append(", \"rows\": [");
            for (int i = 0; i < rows.size(); i++) {
                List<String> f = ClientScript.rawFields(rows.get(i));
                List<String> quoted = new ArrayList<>();
                for (String v : f) quoted.add(v == null ? "null" : JsonText.quote(v));
                sb.append(i > 0 ? ", " : "").append('[').append(String.join(", ", quoted)).append(']');
            }
            call(sb.append("]}").toString());
        }

        @Override
        public String query(String sql) throws Exception {
            return call("{\"op\": \"query\", \"sql\": " + JsonText.quote(sql) + "}");
        }
    }
}
