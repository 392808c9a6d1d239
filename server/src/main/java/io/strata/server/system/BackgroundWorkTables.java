package io.strata.server.system;

import io.strata.core.block.Header;
import io.strata.core.table.BackgroundTask;
import io.strata.core.table.MutationSummary;
import io.strata.core.table.PartSummary;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.server.catalog.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * system.merges (merges and mutations running now) and system.mutations (every mutation of a
 * table, done or not), from the engines. Columns are a subset of ClickHouse's, in its order.
 */
final class BackgroundWorkTables {
    private BackgroundWorkTables() {
    }

    static void register(Catalog catalog) {
        DataType s = DataTypes.STRING;
        DataType u64 = DataTypes.UINT64;
        DataType f64 = DataTypes.FLOAT64;
        DataType strings = new ArrayType(s);

        Header merges = Header.of("database", s, "table", s, "elapsed", f64, "progress", f64, "num_parts", u64,
                "source_part_names", strings, "result_part_name", s, "source_part_paths", strings, "result_part_path", s,
                "partition_id", s, "partition", s, "is_mutation", DataTypes.UINT8, "total_size_bytes_compressed", u64,
                "rows_read", u64, "rows_written", u64);
        SystemTables.add(catalog, "merges", merges, h -> {
            RowsBuilder r = new RowsBuilder(h);
            SystemTables.forEachTable(catalog, (db, t) -> {
                List<BackgroundTask> tasks = t.engine().backgroundTasks();
                if (tasks.isEmpty()) return;
                // paths and partition values of the source parts, listed while active or outdated
                Map<String, PartSummary> byName = new HashMap<>();
                for (PartSummary p : t.engine().parts()) byName.put(p.name(), p);
                Path dir = t.engine().dataDirectory();
                for (BackgroundTask task : tasks) {
                    List<String> paths = new ArrayList<>();
                    String partition = "";
                    for (String source : task.sourcePartNames()) {
                        PartSummary p = byName.get(source);
                        if (p != null) {
                            paths.add(p.path());
                            partition = p.partition();
                        } else {
                            // a finished merge's sources may already be removed: their directory was here
                            paths.add(dir == null ? "" : dir.resolve(source) + "/");
                        }
                    }
                    r.add(db, t.definition().name(), task.elapsedMillis() / 1000.0, task.progress(),
                            task.sourcePartNames().size(), task.sourcePartNames(), task.resultPartName(), paths,
                            dir == null ? "" : dir.resolve(task.resultPartName()) + "/", task.partitionId(), partition,
                            task.isMutation(), task.totalSizeBytesCompressed(), task.rowsRead(), task.rowsWritten());
                }
            });
            return r.build();
        });

        Header mutations = Header.of("database", s, "table", s, "mutation_id", s, "command", s,
                "create_time", DataTypes.DATETIME, "block_numbers.partition_id", strings,
                "block_numbers.number", new ArrayType(DataTypes.INT64), "parts_to_do", DataTypes.INT64,
                "is_done", DataTypes.UINT8, "latest_failed_part", s, "latest_fail_time", DataTypes.DATETIME,
                "latest_fail_reason", s);
        SystemTables.add(catalog, "mutations", mutations, h -> {
            RowsBuilder r = new RowsBuilder(h);
            SystemTables.forEachTable(catalog, (db, t) -> {
                for (MutationSummary m : t.engine().mutations()) {
                    // a non-replicated table numbers blocks in one sequence: one entry with an empty partition id
                    r.add(db, t.definition().name(), m.mutationId(), m.command(), m.createTimeMillis() / 1000, List.of(""),
                            List.of(m.blockNumber()), m.partsToDo(), m.isDone(),
                            m.latestFailedPart() == null ? "" : m.latestFailedPart(), m.latestFailTimeMillis() / 1000,
                            m.latestFailReason() == null ? "" : m.latestFailReason());
                }
            });
            return r.build();
        });
    }
}
