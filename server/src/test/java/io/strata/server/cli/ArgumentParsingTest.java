package io.strata.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.client.ClientOptions;
import io.strata.client.Statements;
import io.strata.server.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line parsing of the strata subcommands; no engine is opened. */
class ArgumentParsingTest {

    @Test
    void serverDefaults() {
        ServerOptions o = ServerOptions.parse(List.of());
        assertEquals(Path.of("strata-data"), o.path());
        assertEquals(8123, o.httpPort());
        assertEquals(9000, o.tcpPort());
        assertEquals("127.0.0.1", o.listen());
        assertNull(o.config());
    }

    @Test
    void serverFlagsInBothSpellings() {
        ServerOptions o = ServerOptions.parse(List.of("--path", "/data", "--http-port=18123", "--tcp_port", "19000",
                "--listen", "0.0.0.0"));
        assertEquals(Path.of("/data"), o.path());
        assertEquals(18123, o.httpPort());
        assertEquals(19000, o.tcpPort());
        assertEquals("0.0.0.0", o.listen());
    }

    @Test
    void cacheSizesFromFlagsAndConfig(@TempDir Path dir) throws Exception {
        ServerOptions none = ServerOptions.parse(List.of());
        assertEquals(-1, none.markCacheSize());
        assertEquals(-1, none.uncompressedCacheSize());
        Path config = dir.resolve("strata.conf");
        Files.writeString(config, "mark_cache_size: 1048576\nuncompressed_cache_size = 0\n");
        ServerOptions o = ServerOptions.parse(List.of("--config", config.toString(), "--mark-cache-size", "2097152"));
        assertEquals(2097152, o.markCacheSize());
        assertEquals(0, o.uncompressedCacheSize());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(List.of("--uncompressed-cache-size", "1G")))
                .getMessage().contains("number of bytes"));
    }

    @Test
    void warmupRowsFromFlagsAndConfig(@TempDir Path dir) throws Exception {
        assertEquals(ServerOptions.DEFAULT_WARMUP_ROWS, ServerOptions.parse(List.of()).warmupRows());
        assertEquals(0, ServerOptions.parse(List.of("--warmup-rows", "0")).warmupRows());
        Path config = dir.resolve("strata.conf");
        Files.writeString(config, "warmup_rows: 50000\n");
        assertEquals(50000, ServerOptions.parse(List.of("--config", config.toString())).warmupRows());
        assertEquals(7, ServerOptions.parse(List.of("--config", config.toString(), "--warmup-rows=7")).warmupRows());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(List.of("--warmup-rows", "-1")))
                .getMessage().contains("--warmup-rows must be"));
    }

    @Test
    void configFileIsReadAndFlagsWin(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("strata.yaml");
        Files.writeString(config, """
                # Strata server
                path: /var/lib/strata
                http_port: 8124   # comment
                tcp-port = 9001
                listen: "0.0.0.0"
                """);
        ServerOptions o = ServerOptions.parse(List.of("--config", config.toString(), "--http-port", "8200"));
        assertEquals(Path.of("/var/lib/strata"), o.path());
        assertEquals(8200, o.httpPort());
        assertEquals(9001, o.tcpPort());
        assertEquals("0.0.0.0", o.listen());
        assertEquals(config, o.config());
    }

    @Test
    void httpSessionLimitsAndDisplayName(@TempDir Path dir) throws Exception {
        ServerOptions defaults = ServerOptions.parse(List.of());
        assertEquals(60, defaults.defaultSessionTimeout());
        assertEquals(3600, defaults.maxSessionTimeout());
        assertNull(defaults.displayName());
        Path config = dir.resolve("strata.conf");
        Files.writeString(config, "max_session_timeout: 7200\ndisplay_name: prod-1\n");
        ServerOptions o = ServerOptions.parse(List.of("--config", config.toString(), "--default-session-timeout", "30"));
        assertEquals(30, o.defaultSessionTimeout());
        assertEquals(7200, o.maxSessionTimeout());
        assertEquals("prod-1", o.displayName());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(List.of("--max-session-timeout", "-5")))
                .getMessage().contains("--max-session-timeout must be a number of seconds"));
    }

    @Test
    void queryLimitsFromFlagsAndConfig(@TempDir Path dir) throws Exception {
        assertEquals(100, ServerOptions.parse(List.of()).limits().maxConcurrentQueries());
        Path config = dir.resolve("strata.conf");
        Files.writeString(config, "max_concurrent_queries: 7\nmax_concurrent_insert_queries = 3\n");
        ServerOptions o = ServerOptions.parse(List.of("--config", config.toString(), "--max-concurrent-select-queries", "5",
                "--concurrent_threads_soft_limit_num=6"));
        assertEquals(7, o.limits().maxConcurrentQueries());
        assertEquals(5, o.limits().maxConcurrentSelectQueries());
        assertEquals(3, o.limits().maxConcurrentInsertQueries());
        assertEquals(6, o.limits().threadSlots());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(List.of("--max-concurrent-queries", "-1")))
                .getMessage().contains("Invalid --max-concurrent-queries '-1'"));
    }

    @Test
    void badServerArgumentsAreExplained(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(List.of("--http-port", "http")))
                .getMessage().contains("Invalid --http-port 'http'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(List.of("--port", "1")))
                .getMessage().contains("Unknown option '--port'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(List.of("--path")))
                .getMessage().contains("needs a value"));
        Path config = dir.resolve("bad.conf");
        Files.writeString(config, "colour: blue\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(List.of("--config", config.toString())))
                .getMessage().contains("unknown key 'colour'"));
    }

    @Test
    void localOptions() {
        LocalOptions o = LocalOptions.parse(List.of("--query", "SELECT 1; SELECT 2", "--format", "CSV", "--multiquery"));
        assertNull(o.path());
        assertEquals("SELECT 1; SELECT 2", o.query());
        assertEquals("CSV", o.format());
        assertTrue(o.multiquery());
        LocalOptions s = LocalOptions.parse(List.of("-q", "SELECT 1", "--path=/tmp/x"));
        assertEquals(Path.of("/tmp/x"), s.path());
        assertFalse(s.multiquery());
        assertNull(s.format());
    }

    @Test
    void clientOptions() {
        ClientOptions o = ClientOptions.parse(List.of("--host", "db1", "--port", "18123", "-q", "SELECT 1",
                "--user=alice", "--password", "pw", "-d", "analytics", "-n", "--format", "JSON"));
        assertEquals("db1", o.host());
        assertEquals(18123, o.port());
        assertEquals("SELECT 1", o.query());
        assertEquals("alice", o.user());
        assertEquals("pw", o.password());
        assertEquals("analytics", o.database());
        assertTrue(o.multiquery());
        assertEquals("JSON", o.format());
        ClientOptions d = ClientOptions.parse(List.of());
        assertEquals("localhost", d.host());
        assertEquals(9000, d.port());
        assertEquals("default", d.user());
        assertNull(d.format());
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.parse(List.of("--port", "99999")));
    }

    @Test
    void statementsSplitOutsideQuotesAndComments() {
        // A comment stays with the statement that follows it; the engine's parser skips it.
        assertEquals(List.of("SELECT 1", "SELECT ';' AS x", "-- a comment; still comment\nSELECT 2"),
                Statements.split("SELECT 1; SELECT ';' AS x;\n-- a comment; still comment\nSELECT 2;"));
        assertEquals(List.of("SELECT 'it''s'", "SELECT `a;b`"), Statements.split("SELECT 'it''s';SELECT `a;b`"));
        assertEquals(List.of(), Statements.split(" ;; \n"));
        assertTrue(Statements.endsStatement("SELECT 1;"));
        assertTrue(Statements.endsStatement("SELECT 1;  -- done"));
        assertFalse(Statements.endsStatement("SELECT 'a;"));
        assertFalse(Statements.endsStatement("SELECT 1"));
    }

    @Test
    void versionAndUnknownCommand() {
        assertEquals("0.1.0", Main.version());
        assertEquals(0, Main.run(new String[] {"--version"}));
        assertEquals(0, Main.run(new String[] {"help"}));
        assertEquals(1, Main.run(new String[] {"frobnicate"}));
        assertEquals(1, Main.run(new String[] {}));
        assertEquals(1, Main.run(new String[] {"server", "--http-port", "x"}));
    }
}
