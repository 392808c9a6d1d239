package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flipped byte in a column file of one MergeTree table, seen through the real server over
 * HTTP: queries reading that column fail with CHECKSUM_DOESNT_MATCH naming the part, while the
 * table's other columns and another table keep serving, before and after a restart.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CorruptedPartServerTest {
    /** The HTTP exception code of CHECKSUM_DOESNT_MATCH. */
    private static final String CHECKSUM_DOESNT_MATCH = "40";

    @TempDir
    Path dir;

    private ServerProcess server;

    @AfterEach
    void killLeftover() throws InterruptedException {
        if (server != null) server.close();
    }

    @Test
    void corruptedColumnFailsItsQueriesOnlyAcrossRestart() throws Exception {
        Path data = dir.resolve("data");
        server = ServerProcess.start(data);
        // a wide part: the test corrupts one column's own file (s.bin)
        server.query("CREATE TABLE t (k UInt64, s String) ENGINE = MergeTree ORDER BY k"
                + " SETTINGS min_bytes_for_wide_part = 0");
        server.query("CREATE TABLE other (k UInt64) ENGINE = MergeTree ORDER BY k");
        server.query("INSERT INTO t SELECT number, toString(number) FROM numbers(50000)");
        server.query("INSERT INTO other SELECT number FROM numbers(10)");
        assertEquals("238890\n", server.query("SELECT sum(length(s)) FROM t"));

        Path part = onlyPart(data.resolve("data/default/t"));
        try (RandomAccessFile f = new RandomAccessFile(part.resolve("s.bin").toFile(), "rw")) {
            long middle = f.length() / 2;
            f.seek(middle);
            int b = f.read();
            f.seek(middle);
            f.write(b ^ 0x5A);
        }
        String partName = part.getFileName().toString();
        expectChecksumError("SELECT sum(length(s)) FROM t", partName);
        assertEquals("45\n", server.query("SELECT sum(k) FROM other"));
        assertEquals("1249975000\n", server.query("SELECT sum(k) FROM t"));
        assertEquals("0\n", server.query("CHECK TABLE t"));
        assertEquals("1\n", server.query("CHECK TABLE other"));

        server.stop();
        server.close();
        server = ServerProcess.start(data);
        expectChecksumError("SELECT max(s) FROM t", partName);
        assertEquals("45\n", server.query("SELECT sum(k) FROM other"));
        assertEquals("50000\t1249975000\n", server.query("SELECT count(), sum(k) FROM t"));
        server.query("INSERT INTO other VALUES (100)");
        assertEquals("11\t145\n", server.query("SELECT count(), sum(k) FROM other"));
        server.stop();
    }

    private void expectChecksumError(String sql, String partName) throws Exception {
        ServerProcess.Response r = server.post(Map.of(), sql);
        assertEquals(CHECKSUM_DOESNT_MATCH, r.exceptionCode(), r.status() + " " + r.body());
        assertTrue(r.status() >= 500, r.status() + " " + r.body());
        assertTrue(r.body().startsWith("Code: 40. DB::Exception: "), r.body());
        assertTrue(r.body().contains(partName), r.body());
        assertTrue(r.body().strip().matches("(?s).*\\(CHECKSUM_DOESNT_MATCH\\) \\(version [^)]+\\)"), r.body());
    }

    private static Path onlyPart(Path table) throws IOException {
        try (Stream<Path> s = Files.list(table)) {
            List<Path> parts = s.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().equals("detached")).toList();
            assertEquals(1, parts.size(), parts.toString());
            return parts.get(0);
        }
    }
}
