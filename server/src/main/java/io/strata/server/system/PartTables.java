package io.strata.server.system;

import io.strata.core.block.Header;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.DetachedPart;
import io.strata.core.table.PartSummary;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.server.catalog.Catalog;
import io.strata.sql.analyzer.TableHandle;
import java.util.List;

/**
 * system.parts, system.parts_columns and system.detached_parts, from the engines' part
 * summaries. Active and outdated (merged away, not yet removed) parts are listed, as ClickHouse
 * does; columns are a subset of ClickHouse's, in its order, each filled truthfully.
 */
final class PartTables {
    /** Strata stores every part on the one data directory, which ClickHouse calls the default disk. */
    private static final String DISK = "default";
    private static final byte[] NIL_UUID = new byte[16];

    private PartTables() {
    }

    static void register(Catalog catalog) {
        DataType s = DataTypes.STRING;
        DataType u8 = DataTypes.UINT8;
        DataType u64 = DataTypes.UINT64;
        DataType i64 = DataTypes.INT64;
        List<ColumnDefinition> oldNames = List.of(SystemTables.alias("bytes", u64, "bytes_on_disk"),
                SystemTables.alias("marks_size", u64, "marks_bytes"));

        Header parts = Header.of("partition", s, "name", s, "uuid", DataTypes.UUID, "part_type", s, "active", u8,
                "marks", u64, "rows", u64, "bytes_on_disk", u64, "data_compressed_bytes", u64,
                "data_uncompressed_bytes", u64, "marks_bytes", u64, "modification_time", DataTypes.DATETIME,
                "partition_id", s, "min_block_number", i64, "max_block_number", i64, "level", DataTypes.UINT32,
                "data_version", u64, "is_frozen", u8, "database", s, "table", s, "engine", s, "disk_name", s, "path", s,
                "visible", u8);
        SystemTables.add(catalog, "parts", parts, oldNames, (h, settings) -> {
            RowsBuilder r = new RowsBuilder(h);
            SystemTables.forEachTable(catalog, (db, t) -> {
                for (PartSummary p : t.engine().parts()) {
                    r.add(p.partition(), p.name(), NIL_UUID, p.partType(), p.active(), p.marks(), p.rows(), p.bytesOnDisk(),
                            p.compressedBytes(), p.uncompressedBytes(), p.marksBytes(), p.modificationTimeMillis() / 1000,
                            p.partitionId(), p.minBlock(), p.maxBlock(), p.level(), p.dataVersion(), 0, db,
                            t.definition().name(), t.engine().engineName(), DISK, p.path(), p.active());
                }
            });
            return r.build();
        });

        Header partsColumns = Header.of("partition", s, "name", s, "uuid", DataTypes.UUID, "part_type", s, "active", u8,
                "marks", u64, "rows", u64, "bytes_on_disk", u64, "data_compressed_bytes", u64,
                "data_uncompressed_bytes", u64, "marks_bytes", u64, "modification_time", DataTypes.DATETIME,
                "partition_id", s, "min_block_number", i64, "max_block_number", i64, "level", DataTypes.UINT32,
                "data_version", u64, "database", s, "table", s, "engine", s, "disk_name", s, "path", s,
                "column", s, "type", s, "column_position", u64, "default_kind", s, "default_expression", s,
                "column_bytes_on_disk", u64, "column_data_compressed_bytes", u64, "column_data_uncompressed_bytes", u64,
                "column_marks_bytes", u64);
        SystemTables.add(catalog, "parts_columns", partsColumns, oldNames, (h, settings) -> {
            RowsBuilder r = new RowsBuilder(h);
            SystemTables.forEachTable(catalog, (db, t) -> addPartsColumns(r, db, t));
            return r.build();
        });

        Header detached = Header.of("database", s, "table", s, "partition_id", DataTypes.nullable(s), "name", s,
                "bytes_on_disk", u64, "disk", s, "path", s, "reason", DataTypes.nullable(s),
                "min_block_number", DataTypes.nullable(i64), "max_block_number", DataTypes.nullable(i64),
                "level", DataTypes.nullable(DataTypes.UINT32));
        SystemTables.add(catalog, "detached_parts", detached, h -> {
            RowsBuilder r = new RowsBuilder(h);
            SystemTables.forEachTable(catalog, (db, t) -> {
                for (DetachedPart d : t.engine().detachedParts()) {
                    boolean v = d.validName();
                    r.add(db, t.definition().name(), v ? d.partitionId() : null, d.name(), d.bytesOnDisk(), DISK, d.path(),
                            v ? d.reason() : null, v ? d.minBlock() : null, v ? d.maxBlock() : null, v ? d.level() : null);
                }
            });
            return r.build();
        });
    }

    private static void addPartsColumns(RowsBuilder r, String db, TableHandle t) {
        TableDefinition def = t.definition();
        TableEngine e = t.engine();
        for (PartSummary p : e.parts()) {
            for (PartSummary.ColumnSummary c : p.columns()) {
                // the default comes from the table as it is now, as in ClickHouse
                ColumnDefinition declared = def.column(c.name());
                String kind = declared == null ? "" : declared.defaultKind().sql();
                String expression = declared == null || declared.defaultExpression() == null ? "" : declared.defaultExpression();
                r.add(p.partition(), p.name(), NIL_UUID, p.partType(), p.active(), p.marks(), p.rows(), p.bytesOnDisk(),
                        p.compressedBytes(), p.uncompressedBytes(), p.marksBytes(), p.modificationTimeMillis() / 1000,
                        p.partitionId(), p.minBlock(), p.maxBlock(), p.level(), p.dataVersion(), db, def.name(),
                        e.engineName(), DISK, p.path(), c.name(), c.type(), c.position(), kind, expression,
                        c.compressedBytes() + c.marksBytes(), c.compressedBytes(), c.uncompressedBytes(), c.marksBytes());
            }
        }
    }
}
