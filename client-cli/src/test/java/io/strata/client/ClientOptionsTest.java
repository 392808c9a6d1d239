package io.strata.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
    @Test
    void namesOfClickHouseClient() {
        ClientOptions o = ClientOptions.parse(List.of("--host", "db1", "--port=9440", "-q", "SELECT 1", "--user=alice",
                "--password", "pw", "-d", "analytics", "-n", "-m", "--format", "JSON", "-t", "--param_id=7", "--param_name", "x y",
                "--max_threads", "4", "--output_format_pretty_color=0", "--compression", "0", "--queries-file", "/tmp/a.sql",
                "--history_file", "/tmp/h", "--highlight=0", "--query_id", "q1", "-E", "--ignore-error", "--echo"));
        assertEquals("db1", o.host());
        assertEquals(9440, o.port());
        assertEquals("SELECT 1", o.query());
        assertEquals("alice", o.user());
        assertEquals("pw", o.password());
        assertEquals("analytics", o.database());
        assertTrue(o.multiquery() && o.time() && o.vertical() && o.ignoreError() && o.echo());
        assertEquals("JSON", o.format());
        assertEquals(Map.of("id", "7", "name", "x y"), o.parameters());
        assertEquals(Map.of("max_threads", "4", "output_format_pretty_color", "0"), o.settings());
        assertEquals(Boolean.FALSE, o.compression());
        assertEquals(List.of(Path.of("/tmp/a.sql")), o.queriesFiles());
        assertEquals(Path.of("/tmp/h"), o.historyFile());
        assertFalse(o.highlight());
        assertEquals("q1", o.queryId());
    }

    @Test
    void defaultsAndMistakes() {
        ClientOptions d = ClientOptions.parse(List.of("--compression", "--time"));
        assertEquals("localhost", d.host());
        assertEquals(9000, d.port());
        assertEquals("default", d.user());
        assertNull(d.format());
        assertEquals(Boolean.TRUE, d.compression());
        assertTrue(d.time() && d.highlight() && !d.hasQueries());
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.parse(List.of("--port", "99999")));
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.parse(List.of("-x")));
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.parse(List.of("--max_threads")));
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.parse(List.of("--compression=2")));
    }
}
