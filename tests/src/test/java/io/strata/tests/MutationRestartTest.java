package io.strata.tests;

import static io.strata.tests.LocalQueries.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.server.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutations and ALTERs on a real data directory: a mutation still pending when the engine closes
 * (merges stopped, so it cannot have run) is found again at start-up and applied; KILL MUTATION
 * forgets one; a table's altered definition and data survive a restart.
 */
class MutationRestartTest {
    @TempDir
    Path dir;


    private List<String> partNames() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("data/default/t"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("all_")).sorted().toList();
        }
    }

    @Test
    void pendingMutationIsAppliedAfterRestart() throws IOException {
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64, v UInt64) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO t SELECT number, number FROM numbers(1000)");
            query(e, "SYSTEM STOP MERGES t");
            query(e, "ALTER TABLE t UPDATE v = v + 1000 WHERE k < 10");
            assertTrue(Files.exists(dir.resolve("data/default/t/mutation_2.txt")));
            assertEquals("mutation_2.txt\t1\t0\n", query(e, "SELECT mutation_id, parts_to_do, is_done FROM system.mutations WHERE table = 't'"));
            assertEquals("499500\n", query(e, "SELECT sum(v) FROM t"));
            assertEquals(List.of("all_1_1_0"), partNames());
        }
        try (Engine e = Engine.open(dir)) {
            // a later mutation waited for implies every earlier one is applied too
            query(e, "ALTER TABLE t DELETE WHERE k = 999 SETTINGS mutations_sync = 1");
            assertEquals("999\t508501\n", query(e, "SELECT count(), sum(v) FROM t"));
            assertEquals("mutation_2.txt\t0\t1\nmutation_3.txt\t0\t1\n",
                    query(e, "SELECT mutation_id, parts_to_do, is_done FROM system.mutations WHERE table = 't' ORDER BY mutation_id"));
        }
        try (Engine e = Engine.open(dir)) {
            assertEquals("999\t508501\n", query(e, "SELECT count(), sum(v) FROM t"));
            assertEquals(List.of("all_1_1_0_3"), partNames());
        }
    }

    @Test
    void killedMutationIsForgotten() {
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64, v UInt64) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO t SELECT number, number FROM numbers(100)");
            query(e, "SYSTEM STOP MERGES t");
            query(e, "ALTER TABLE t DELETE WHERE k < 50");
            assertEquals("waiting\tdefault\tt\tmutation_2.txt\tDELETE WHERE k < 50\n",
                    query(e, "KILL MUTATION WHERE table = 't' AND mutation_id = 'mutation_2.txt'"));
            assertFalse(Files.exists(dir.resolve("data/default/t/mutation_2.txt")));
            query(e, "SYSTEM START MERGES t");
            query(e, "ALTER TABLE t UPDATE v = 0 WHERE k = 99 SETTINGS mutations_sync = 1");
            assertEquals("100\t4851\n", query(e, "SELECT count(), sum(v) FROM t"));
            assertEquals("mutation_3.txt\n", query(e, "SELECT mutation_id FROM system.mutations WHERE table = 't'"));
        }
    }

    /** A crash after a mutated part was published but before its source was deleted leaves both; start-up keeps the newer. */
    @Test
    void leftoversOfAnInterruptedMutationAreCleanedAtStartup() throws IOException {
        Path table = dir.resolve("data/default/t");
        Path saved = dir.resolve("saved_all_1_1_0");
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64, v UInt64) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO t SELECT number, number FROM numbers(100)");
            query(e, "SYSTEM STOP MERGES t");
            copyTree(table.resolve("all_1_1_0"), saved);
            query(e, "DELETE FROM t WHERE k < 10");
            query(e, "ALTER TABLE t UPDATE v = 1 WHERE k = 50 SETTINGS mutations_sync = 1");
        }
        copyTree(saved, table.resolve("all_1_1_0"));
        Files.writeString(table.resolve("tmp_mutation_9.txt"), "half-written");
        try (Engine e = Engine.open(dir)) {
            assertEquals("90\t4856\n", query(e, "SELECT count(), sum(v) FROM t"));
            assertEquals(List.of("all_1_1_0_3"), partNames());
            assertFalse(Files.exists(table.resolve("tmp_mutation_9.txt")));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    @Test
    void alteredTableSurvivesRestart() {
        String[] queries = {"SELECT * FROM t ORDER BY k", "SELECT count(), sum(w) FROM t", "DESCRIBE TABLE t"};
        String[] before = new String[queries.length];
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (d Date, k UInt64, v UInt32, s String) ENGINE = MergeTree PARTITION BY toYYYYMM(d) "
                    + "ORDER BY k TTL d + INTERVAL 1 DAY");
            query(e, "INSERT INTO t SELECT toDate('2100-01-01') + number % 40, number, number, toString(number) FROM numbers(100)");
            query(e, "INSERT INTO t VALUES ('2000-01-01', 1000, 1, 'old')");
            // the expired row goes now, not whenever a background TTL merge gets to it: MODIFY COLUMN s
            // UInt64 below could not convert 'old'
            query(e, "OPTIMIZE TABLE t PARTITION 200001 FINAL");
            query(e, "ALTER TABLE t ADD COLUMN x UInt64 DEFAULT k + v");
            query(e, "ALTER TABLE t RENAME COLUMN v TO w");
            query(e, "ALTER TABLE t MODIFY COLUMN s UInt64");
            query(e, "ALTER TABLE t DROP PARTITION 210001");
            query(e, "DELETE FROM t WHERE k % 10 = 0");
            query(e, "OPTIMIZE TABLE t FINAL");
            for (int i = 0; i < queries.length; i++) before[i] = query(e, queries[i]);
            assertTrue(before[0].startsWith("2100-02-01\t31\t31\t31\t62\n"), before[0]);
            assertEquals("18\t990\n", before[1]);
        }
        try (Engine e = Engine.open(dir)) {
            for (int i = 0; i < queries.length; i++) assertEquals(before[i], query(e, queries[i]), queries[i]);
        }
    }
}
