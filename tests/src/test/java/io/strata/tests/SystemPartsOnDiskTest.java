package io.strata.tests;

import static io.strata.tests.LocalQueries.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.server.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * System tables over a real data directory: the paths system.tables and system.parts show are
 * where the files are, the pinned index_granularity survives a restart once, and a part broken
 * at start-up appears in system.detached_parts with its reason and block range.
 */
class SystemPartsOnDiskTest {
    /** Background merges off, so that the parts are the ones the inserts made. */
    private static final String NO_MERGES =
            " SETTINGS max_bytes_to_merge_at_max_space_in_pool = 1, max_bytes_to_merge_at_min_space_in_pool = 1";

    @TempDir
    Path dir;

    @Test
    void pathsPointAtTheFiles() {
        Path table = dir.resolve("data/default/t");
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64) ENGINE = MergeTree ORDER BY k" + NO_MERGES);
            query(e, "INSERT INTO t VALUES (1), (2)");
            query(e, "CREATE TABLE m (k UInt64) ENGINE = Memory");
            assertEquals("['" + table + "/']\t" + dir.resolve("metadata/default/t.sql") + "\t1\t1\n",
                    query(e, "SELECT data_paths, metadata_path, metadata_modification_time > toDateTime('2020-01-01 00:00:00'), "
                            + "has_own_data FROM system.tables WHERE database = 'default' AND name = 't'"));
            assertEquals("[]\t0\n", query(e, "SELECT data_paths, has_own_data FROM system.tables WHERE database = 'default' AND name = 'm'"));
            assertEquals("all_1_1_0\t" + table.resolve("all_1_1_0") + "/\t1\n",
                    query(e, "SELECT name, path, modification_time > toDateTime('2020-01-01 00:00:00') FROM system.parts "
                            + "WHERE database = 'default' AND table = 't'"));
            assertEquals("1\n", query(e, "SELECT count() FROM system.parts_columns WHERE database = 'default' AND table = 't' "
                    + "AND path = '" + table.resolve("all_1_1_0") + "/'"));
        }
        try (Engine e = Engine.open(dir)) {
            assertEquals("MergeTree ORDER BY k SETTINGS max_bytes_to_merge_at_max_space_in_pool = 1, "
                    + "max_bytes_to_merge_at_min_space_in_pool = 1, index_granularity = 8192\n",
                    query(e, "SELECT engine_full FROM system.tables WHERE database = 'default' AND name = 't'"));
        }
    }

    @Test
    void brokenAndForeignDirectoriesAreListedAsDetached() throws IOException {
        Path table = dir.resolve("data/default/t");
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64) ENGINE = MergeTree PARTITION BY k % 2 ORDER BY k" + NO_MERGES);
            query(e, "INSERT INTO t VALUES (1), (3)");
            query(e, "INSERT INTO t VALUES (2)");
            assertEquals("0\n", query(e, "SELECT count() FROM system.detached_parts"));
        }
        Files.writeString(table.resolve("1_1_1_0/count.txt"), "12345");
        Files.createDirectories(table.resolve("detached/not a part"));
        Files.writeString(table.resolve("detached/not a part/file"), "abc");
        try (Engine e = Engine.open(dir)) {
            assertEquals("1\n", query(e, "SELECT count() FROM t"));
            assertEquals("""
                    default\tt\t1\tbroken_1_1_1_0\t1\tdefault\t%s\tbroken\t1\t1\t0
                    default\tt\t\\N\tnot a part\t1\tdefault\t%s\t\\N\t\\N\t\\N\t\\N
                    """.formatted(table.resolve("detached/broken_1_1_1_0"), table.resolve("detached/not a part")),
                    query(e, "SELECT database, table, partition_id, name, bytes_on_disk > 0, disk, path, reason, min_block_number, "
                            + "max_block_number, level FROM system.detached_parts ORDER BY name"));
            assertEquals("3\n", query(e, "SELECT bytes_on_disk FROM system.detached_parts WHERE name = 'not a part'"));
        }
    }
}
