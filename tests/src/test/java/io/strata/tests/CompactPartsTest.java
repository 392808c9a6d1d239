package io.strata.tests;

import static io.strata.tests.LocalQueries.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.error.DbException;
import io.strata.server.Engine;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compact and wide parts on a real data directory: which inserts and merges produce which (by the
 * files in each part directory and system.parts), data surviving restart, DETACH/ATTACH and a mixed
 * merge, a corrupted data.bin reported naming the part, and query-level compress block sizes
 * reaching the column files.
 */
class CompactPartsTest {
    @TempDir
    Path dir;

    private static final String NO_MERGES = ", max_bytes_to_merge_at_max_space_in_pool = 1, max_bytes_to_merge_at_min_space_in_pool = 1";

    private static Set<String> files(Path part) throws IOException {
        try (Stream<Path> s = Files.list(part)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static List<Path> parts(Path table) throws IOException {
        try (Stream<Path> s = Files.list(table)) {
            return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("all_")).sorted().toList();
        }
    }

    @Test
    void smallPartsAreCompactAndMergeIntoWide() throws IOException {
        String summary;
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64, s String, a Array(UInt32)) ENGINE = MergeTree ORDER BY k "
                    + "SETTINGS index_granularity = 256, min_bytes_for_wide_part = 200000" + NO_MERGES);
            for (int i = 0; i < 6; i++) {
                query(e, "INSERT INTO t SELECT number + " + i * 2000 + ", toString(number), [number, 1] FROM numbers(2000)");
            }
            query(e, "INSERT INTO t SELECT number + 100000, 'big', [] FROM numbers(30000)");
            assertEquals("Compact\t6\t12000\nWide\t1\t30000\n", query(e, "SELECT part_type, count(), sum(rows) FROM system.parts "
                    + "WHERE table = 't' AND active GROUP BY part_type ORDER BY part_type"));
            List<Path> parts = parts(dir.resolve("data/default/t"));
            Set<String> compact = files(parts.get(0));
            assertTrue(compact.containsAll(Set.of("data.bin", "data.mrk3", "checksums.txt", "columns.txt", "primary.idx")), compact.toString());
            assertTrue(compact.stream().noneMatch(f -> f.startsWith("k.") || f.startsWith("s.")), compact.toString());
            assertTrue(files(parts.get(6)).containsAll(Set.of("k.bin", "k.mrk", "s.bin", "a.bin")));
            summary = query(e, "SELECT count(), sum(k), sum(length(s)), sum(arraySum(a)) FROM t WHERE k % 7 = 3");
            assertEquals(query(e, "SELECT count(), sum(k), sum(length(s)), sum(arraySum(a)) FROM t PREWHERE k % 7 = 3"), summary);

            // a merge of the compact parts alone: 6 x 2000 rows hold more than 200000 bytes
            query(e, "OPTIMIZE TABLE t PARTITION tuple() FINAL");
            assertEquals("Wide\t1\t42000\n", query(e, "SELECT part_type, count(), sum(rows) FROM system.parts "
                    + "WHERE table = 't' AND active GROUP BY part_type"));
            assertEquals(summary, query(e, "SELECT count(), sum(k), sum(length(s)), sum(arraySum(a)) FROM t WHERE k % 7 = 3"));
            assertEquals("1\n", query(e, "CHECK TABLE t"));
        }
        try (Engine e = Engine.open(dir)) {
            assertEquals(summary, query(e, "SELECT count(), sum(k), sum(length(s)), sum(arraySum(a)) FROM t WHERE k % 7 = 3"));
        }
    }

    @Test
    void compactPartsSurviveRestartAndDetachAttach() {
        String before;
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE p (d Date, k UInt32, n Nullable(String), lc LowCardinality(String), m Map(String, UInt8), "
                    + "INDEX ik k TYPE minmax GRANULARITY 1) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY k "
                    + "SETTINGS index_granularity = 100" + NO_MERGES);
            query(e, "INSERT INTO p SELECT toDate('2024-01-01') + number % 60, number, if(number % 3 = 0, NULL, toString(number)), "
                    + "toString(number % 5), map('x', number % 9) FROM numbers(3000)");
            before = query(e, "SELECT toYYYYMM(d), count(), sum(k), countIf(n IS NULL), uniqExact(lc), sum(m['x']) FROM p GROUP BY 1 ORDER BY 1");
            assertEquals("Compact\t2\n", query(e, "SELECT part_type, count() FROM system.parts WHERE table = 'p' AND active GROUP BY part_type"));
            query(e, "ALTER TABLE p DETACH PARTITION 202401");
            assertEquals("1\n", query(e, "SELECT count() FROM system.parts WHERE table = 'p' AND active"));
            query(e, "ALTER TABLE p ATTACH PARTITION 202401");
        }
        try (Engine e = Engine.open(dir)) {
            assertEquals(before, query(e, "SELECT toYYYYMM(d), count(), sum(k), countIf(n IS NULL), uniqExact(lc), sum(m['x']) FROM p GROUP BY 1 ORDER BY 1"));
            assertEquals("150\n", query(e, "SELECT count() FROM p WHERE k BETWEEN 1000 AND 1149"));
            assertEquals("1\n", query(e, "CHECK TABLE p"));
        }
    }

    @Test
    void corruptedDataBinIsReportedNamingThePart() throws IOException {
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE c (k UInt64, s String) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO c SELECT number, toString(number) FROM numbers(50000)");
            assertEquals("Compact\n", query(e, "SELECT part_type FROM system.parts WHERE table = 'c' AND active"));
            Path part = parts(dir.resolve("data/default/c")).get(0);
            try (RandomAccessFile f = new RandomAccessFile(part.resolve("data.bin").toFile(), "rw")) {
                f.seek(f.length() / 2);
                int b = f.read();
                f.seek(f.length() / 2);
                f.write(b ^ 0x5A);
            }
            DbException ex = assertThrows(DbException.class, () -> query(e, "SELECT sum(k), max(s) FROM c"));
            assertEquals("CHECKSUM_DOESNT_MATCH", ex.code().name());
            assertTrue(ex.getMessage().contains(part.getFileName().toString()) && ex.getMessage().contains("data.bin"), ex.getMessage());
            assertEquals("0\n", query(e, "CHECK TABLE c"));
        }
    }

    /** The largest uncompressed size among the compressed blocks of a file (ClickHouse block framing). */
    private static int largestBlock(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int largest = 0;
        int pos = 0;
        while (pos < b.limit()) {
            int compressed = b.getInt(pos + 17);
            largest = Math.max(largest, b.getInt(pos + 21));
            pos += 16 + compressed;
        }
        return largest;
    }

    @Test
    void queryCompressBlockSizesReachTheFilesUnlessTheTableSetsThem() throws IOException {
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE q (k UInt64) ENGINE = MergeTree ORDER BY k SETTINGS min_bytes_for_wide_part = 0, index_granularity = 64" + NO_MERGES);
            query(e, "CREATE TABLE qt (k UInt64) ENGINE = MergeTree ORDER BY k SETTINGS min_bytes_for_wide_part = 0, index_granularity = 64, "
                    + "max_compress_block_size = 100000" + NO_MERGES);
            query(e, "INSERT INTO q SETTINGS min_compress_block_size = 0, max_compress_block_size = 1000 SELECT number FROM numbers(20000)");
            query(e, "INSERT INTO qt SETTINGS max_compress_block_size = 1000 SELECT number FROM numbers(20000)");
            query(e, "INSERT INTO q SELECT number FROM numbers(20000)");
            List<Path> q = parts(dir.resolve("data/default/q"));
            assertTrue(largestBlock(q.get(0).resolve("k.bin")) <= 1000, "query max_compress_block_size");
            // the default min_compress_block_size (65536) groups granules into larger blocks
            assertTrue(largestBlock(q.get(1).resolve("k.bin")) >= 65536, "defaults");
            // the table's max_compress_block_size wins over the query's
            assertTrue(largestBlock(parts(dir.resolve("data/default/qt")).get(0).resolve("k.bin")) > 1000, "table setting wins");
            assertEquals("40000\t399980000\n", query(e, "SELECT count(), sum(k) FROM q"));
        }
    }
}
