package io.strata.server.system;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.settings.SettingDefinition;
import io.strata.core.settings.Settings;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.EngineClause;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.FunctionRegistry;
import io.strata.server.catalog.Catalog;
import io.strata.server.engine.GeneratedTableEngine;
import io.strata.server.engine.NumbersEngine;
import io.strata.sql.analyzer.TableHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The system database: one, numbers, databases, tables, columns, functions, settings. Rows are
 * computed from the catalog and registries each time the table is read.
 */
public final class SystemTables {
    private SystemTables() {
    }

    public static void register(Catalog catalog, FunctionRegistry functions) {
        DataType s = DataTypes.STRING;
        DataType u8 = DataTypes.UINT8;
        DataType u64 = DataTypes.UINT64;

        add(catalog, "one", Header.of("dummy", u8), h -> {
            RowsBuilder r = new RowsBuilder(h);
            r.add(0);
            return r.build();
        });
        TableDefinition numbersDef = definition("numbers", Header.of("number", u64), "SystemNumbers");
        catalog.registerSystemTable("numbers", new TableHandle(numbersDef, new NumbersEngine(0, -1)));

        add(catalog, "databases", Header.of("name", s, "engine", s, "data_path", s, "metadata_path", s, "uuid", s,
                "comment", s), h -> {
            RowsBuilder r = new RowsBuilder(h);
            for (String db : catalog.databaseNames()) {
                r.add(db, db.equals(Catalog.SYSTEM) ? "Memory" : "Atomic", path(catalog, "data", db),
                        path(catalog, "metadata", db), "00000000-0000-0000-0000-000000000000", "");
            }
            return r.build();
        });

        add(catalog, "tables", Header.of("database", s, "name", s, "engine", s, "is_temporary", u8, "data_paths",
                s, "metadata_path", s, "create_table_query", s, "engine_full", s, "total_rows",
                DataTypes.nullable(u64), "total_bytes", DataTypes.nullable(u64), "comment", s), h -> {
            RowsBuilder r = new RowsBuilder(h);
            for (String db : catalog.databaseNames()) {
                for (TableHandle t : catalog.tables(db)) {
                    TableEngine e = t.engine();
                    long rows = e.totalRows();
                    long bytes = e.totalBytes();
                    r.add(db, t.definition().name(), t.definition().engine().name(), 0, "", "",
                            t.definition().createQuery() == null ? "" : t.definition().createQuery(),
                            t.definition().engine().name(), rows < 0 ? null : rows, bytes < 0 ? null : bytes,
                            t.definition().comment() == null ? "" : t.definition().comment());
                }
            }
            return r.build();
        });

        add(catalog, "columns", Header.of("database", s, "table", s, "name", s, "type", s, "position", u64,
                "default_kind", s, "default_expression", s, "comment", s, "is_in_partition_key", u8,
                "is_in_sorting_key", u8, "is_in_primary_key", u8, "is_in_sampling_key", u8, "compression_codec", s), h -> {
            RowsBuilder r = new RowsBuilder(h);
            for (String db : catalog.databaseNames()) {
                for (TableHandle t : catalog.tables(db)) {
                    int pos = 1;
                    for (ColumnDefinition c : t.definition().columns()) {
                        r.add(db, t.definition().name(), c.name(), c.type().name(), pos++, c.defaultKind().sql(),
                                c.defaultExpression() == null ? "" : c.defaultExpression(),
                                c.comment() == null ? "" : c.comment(), 0, 0, 0, 0,
                                c.codec() == null ? "" : "CODEC(" + c.codec() + ")");
                    }
                }
            }
            return r.build();
        });

        add(catalog, "mutations", Header.of("database", s, "table", s, "mutation_id", s, "command", s, "create_time",
                DataTypes.DATETIME, "parts_to_do", DataTypes.INT64, "is_done", u8, "is_killed", u8, "latest_failed_part", s,
                "latest_fail_time", DataTypes.DATETIME, "latest_fail_reason", s), h -> {
            RowsBuilder r = new RowsBuilder(h);
            for (String db : catalog.databaseNames()) {
                if (db.equals(Catalog.SYSTEM)) continue;
                for (TableHandle t : catalog.tables(db)) {
                    for (io.strata.core.table.MutationSummary m : t.engine().mutations()) {
                        r.add(db, t.definition().name(), m.mutationId(), m.command(), m.createTimeMillis() / 1000, m.partsToDo(),
                                m.isDone() ? 1 : 0, 0, m.latestFailedPart(), m.latestFailTimeMillis() / 1000, m.latestFailReason());
                    }
                }
            }
            return r.build();
        });

        add(catalog, "functions", Header.of("name", s, "is_aggregate", u8, "case_insensitive", u8, "alias_to", s), h -> {
            RowsBuilder r = new RowsBuilder(h);
            for (FunctionRegistry.FunctionInfo f : functions.list()) {
                r.add(f.name(), f.aggregate() ? 1 : 0, f.caseInsensitive() ? 1 : 0, f.aliasTo());
            }
            return r.build();
        });

        add(catalog, "settings", Header.of("name", s, "value", s, "changed", u8, "description", s, "type", s,
                "default", s), (h, settings) -> {
            RowsBuilder r = new RowsBuilder(h);
            Settings current = settings;
            for (SettingDefinition d : Settings.definitions()) {
                r.add(d.name(), current.getString(d.name()), current.isChanged(d.name()) ? 1 : 0, d.description(),
                        d.type(), d.defaultValue());
            }
            return r.build();
        });
    }

    private static String path(Catalog catalog, String kind, String db) {
        return catalog.dataPath() == null ? "" : catalog.dataPath().resolve(kind).resolve(db).toString() + "/";
    }

    private static TableDefinition definition(String name, Header h, String engine) {
        List<ColumnDefinition> cols = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) cols.add(ColumnDefinition.of(h.name(i), h.type(i)));
        return new TableDefinition(Catalog.SYSTEM, name, cols, EngineClause.of(engine), null, null);
    }

    private static void add(Catalog catalog, String name, Header h, java.util.function.Function<Header, Chunk> rows) {
        add(catalog, name, h, (header, settings) -> rows.apply(header));
    }

    /** A system table whose rows may depend on the reading query's settings. */
    private static void add(Catalog catalog, String name, Header h, java.util.function.BiFunction<Header, Settings, Chunk> rows) {
        String engine = "System" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        catalog.registerSystemTable(name, new TableHandle(definition(name, h, engine),
                new GeneratedTableEngine(engine, h, request -> rows.apply(h, request.settings()))));
    }
}
