package io.strata.server.system;

import io.strata.core.block.Header;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.PartSummary;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.server.catalog.Catalog;
import io.strata.server.catalog.CreateTableRenderer;
import io.strata.sql.analyzer.TableHandle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * system.tables and system.columns: table metadata from the catalog, keys and sizes from the
 * engines. Columns are a subset of ClickHouse's, in ClickHouse's order, each filled truthfully.
 */
final class MetadataTables {
    private static final byte[] NIL_UUID = new byte[16];

    private MetadataTables() {
    }

    static void register(Catalog catalog) {
        DataType s = DataTypes.STRING;
        DataType u8 = DataTypes.UINT8;
        DataType u64 = DataTypes.UINT64;
        DataType nu64 = DataTypes.nullable(u64);
        DataType strings = new ArrayType(s);

        Header tables = Header.of("database", s, "name", s, "uuid", DataTypes.UUID, "engine", s, "is_temporary", u8,
                "data_paths", strings, "metadata_path", s, "metadata_modification_time", DataTypes.DATETIME,
                "metadata_version", DataTypes.INT32, "dependencies_database", strings, "dependencies_table", strings,
                "create_table_query", s, "engine_full", s, "as_select", s, "partition_key", s, "sorting_key", s,
                "primary_key", s, "sampling_key", s, "storage_policy", s, "total_rows", nu64, "total_bytes", nu64,
                "total_bytes_uncompressed", nu64, "parts", nu64, "active_parts", nu64, "total_marks", nu64,
                "lifetime_rows", nu64, "lifetime_bytes", nu64, "comment", s, "has_own_data", u8);
        SystemTables.add(catalog, "tables", tables, List.of(SystemTables.alias("table", s, "name")), (h, settings) -> {
            RowsBuilder r = new RowsBuilder(h);
            SystemTables.forEachTable(catalog, (db, t) -> addTable(r, catalog, db, t));
            return r.build();
        });

        Header columns = Header.of("database", s, "table", s, "name", s, "type", s, "position", u64,
                "default_kind", s, "default_expression", s, "data_compressed_bytes", u64, "data_uncompressed_bytes", u64,
                "marks_bytes", u64, "comment", s, "is_in_partition_key", u8, "is_in_sorting_key", u8,
                "is_in_primary_key", u8, "is_in_sampling_key", u8, "compression_codec", s,
                "character_octet_length", nu64, "numeric_precision", nu64, "numeric_precision_radix", nu64,
                "numeric_scale", nu64, "datetime_precision", nu64);
        SystemTables.add(catalog, "columns", columns, h -> {
            RowsBuilder r = new RowsBuilder(h);
            SystemTables.forEachTable(catalog, (db, t) -> addColumns(r, db, t));
            return r.build();
        });
    }

    private static void addTable(RowsBuilder r, Catalog catalog, String db, TableHandle t) {
        TableDefinition def = t.definition();
        TableEngine e = t.engine();
        boolean system = db.equals(Catalog.SYSTEM);
        Path dataDir = e.dataDirectory();
        Path metadata = system ? null : catalog.tableMetadataPath(db, def.name());
        long rows = e.totalRows();
        long bytes = e.totalBytes();
        boolean parts = SystemTables.hasParts(e);
        Long uncompressed = null, partCount = null, activeParts = null, marks = null;
        if (parts) {
            long u = 0, all = 0, active = 0, m = 0;
            for (PartSummary p : e.parts()) {
                all++;
                if (!p.active()) continue;
                active++;
                u += p.uncompressedBytes();
                m += p.marks();
            }
            uncompressed = u;
            partCount = all;
            activeParts = active;
            marks = m;
        }
        String sampling = def.engine().sampleBy();
        r.add(db, def.name(), NIL_UUID, e.engineName(), 0,
                dataDir == null ? List.of() : List.of(dataDir + "/"),
                metadata == null ? "" : metadata.toString(), modificationSeconds(metadata), 0, List.of(), List.of(),
                system ? "" : CreateTableRenderer.render(def, true),
                CreateTableRenderer.engine(def.engine(), " "), "",
                e.partitionKey(), e.sortingKey(), e.primaryKey(), sampling == null ? "" : sampling,
                parts ? def.engine().settings().getOrDefault("storage_policy", "'default'").replace("'", "") : "",
                rows < 0 ? null : rows, bytes < 0 ? null : bytes, uncompressed, partCount, activeParts, marks, null, null,
                def.comment() == null ? "" : def.comment(), dataDir == null ? 0 : 1);
    }

    /** The metadata file's modification time in seconds (0 without a persisted file, as in ClickHouse). */
    private static long modificationSeconds(Path metadata) {
        if (metadata == null) return 0;
        try {
            return Files.getLastModifiedTime(metadata).toMillis() / 1000;
        } catch (IOException e) {
            return 0; // dropped meanwhile
        }
    }

    private static void addColumns(RowsBuilder r, String db, TableHandle t) {
        TableDefinition def = t.definition();
        TableEngine e = t.engine();
        Set<String> partitionKey = KeyColumns.of(e.partitionKey());
        Set<String> sortingKey = KeyColumns.of(e.sortingKey());
        Set<String> primaryKey = KeyColumns.of(e.primaryKey());
        Set<String> samplingKey = KeyColumns.of(def.engine().sampleBy());
        // per column: compressed, uncompressed and marks bytes over the active parts
        Map<String, long[]> sizes = new HashMap<>();
        for (PartSummary p : e.parts()) {
            if (!p.active()) continue;
            for (PartSummary.ColumnSummary c : p.columns()) {
                long[] sum = sizes.computeIfAbsent(c.name(), k -> new long[3]);
                sum[0] += c.compressedBytes();
                sum[1] += c.uncompressedBytes();
                sum[2] += c.marksBytes();
            }
        }
        int pos = 1;
        for (ColumnDefinition c : def.columns()) {
            long[] size = sizes.getOrDefault(c.name(), new long[3]);
            Object[] sizeFacts = NumericTypeFacts.of(c.type());
            r.add(db, def.name(), c.name(), c.type().name(), pos++, c.defaultKind().sql(),
                    c.defaultExpression() == null ? "" : c.defaultExpression(), size[0], size[1], size[2],
                    c.comment() == null ? "" : c.comment(), partitionKey.contains(c.name()), sortingKey.contains(c.name()),
                    primaryKey.contains(c.name()), samplingKey.contains(c.name()),
                    c.codec() == null ? "" : "CODEC(" + c.codec() + ")",
                    sizeFacts[0], sizeFacts[1], sizeFacts[2], sizeFacts[3], sizeFacts[4]);
        }
    }
}
