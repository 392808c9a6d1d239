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
 * The system database: one, numbers, databases, functions, settings here; tables and columns in
 * {@link MetadataTables}; parts, parts_columns and detached_parts in {@link PartTables}; merges
 * and mutations in {@link BackgroundWorkTables}. Rows are computed from the catalog, the engines
 * and the registries each time a table is read.
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
        TableDefinition numbersDef = definition("numbers", Header.of("number", u64), List.of(), "SystemNumbers");
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

        // ClickHouse's columns, which Grafana's and the JDBC driver's function lists select by name;
        // origin is ClickHouse's Enum8 shown as its name, and the documentation columns are empty
        add(catalog, "functions", Header.of("name", s, "is_aggregate", u8, "case_insensitive", u8, "alias_to", s,
                "create_query", s, "origin", s, "description", s, "syntax", s, "arguments", s, "parameters", s,
                "returned_value", s, "examples", s, "introduced_in", s, "categories", s), h -> {
            RowsBuilder r = new RowsBuilder(h);
            java.util.TreeMap<String, Object[]> rows = new java.util.TreeMap<>();
            for (FunctionRegistry.FunctionInfo f : functions.list()) {
                rows.put(f.name(), new Object[] {f.name(), f.aggregate() ? 1 : 0, f.caseInsensitive() ? 1 : 0, f.aliasTo()});
            }
            // the ones the planner compiles itself (lambdas, arrayJoin, IN) are functions to the user too
            for (String n : io.strata.sql.planner.SyntaxFunctions.NAMES) rows.putIfAbsent(n, new Object[] {n, 0, 0, ""});
            for (Object[] f : rows.values()) {
                r.add(f[0], f[1], f[2], f[3], "", "System", "", "", "", "", "", "", "", "");
            }
            return r.build();
        });

        // the JDBC driver's DatabaseMetaData.getTypeInfo reads this
        add(catalog, "data_type_families", Header.of("name", s, "case_insensitive", u8, "alias_to", s), h -> {
            RowsBuilder r = new RowsBuilder(h);
            for (String[] f : DataTypes.families()) r.add(f[0], Integer.parseInt(f[1]), f[2]);
            return r.build();
        });

        DataType ns = DataTypes.nullable(s);
        add(catalog, "settings", Header.of("name", s, "value", s, "changed", u8, "description", s, "min", ns, "max", ns,
                "readonly", u8, "type", s, "default", s, "alias_for", s, "is_obsolete", u8, "tier", s), (h, settings) -> {
            RowsBuilder r = new RowsBuilder(h);
            Settings current = settings;
            // no constraints exist, so only readonly mode keeps a user from changing a setting
            // (readonly = 2 allows all but readonly itself); connectors read this column to decide
            // which settings they may send
            long readonlyMode = current.getLong("readonly");
            for (SettingDefinition d : Settings.definitions()) {
                boolean locked = readonlyMode == 1 || readonlyMode >= 2 && d.name().equals("readonly");
                r.add(d.name(), current.getString(d.name()), current.isChanged(d.name()) ? 1 : 0, d.description(),
                        null, null, locked ? 1 : 0, d.type(), d.defaultValue(), "", 0, "Production");
            }
            return r.build();
        });

        add(catalog, "formats", Header.of("name", s, "is_input", u8, "is_output", u8, "supports_parallel_parsing", u8,
                "supports_parallel_formatting", u8, "is_tty_friendly", u8, "content_type", s, "supports_random_access", u8,
                "has_schema_inference", u8, "has_external_schema", u8, "prefers_large_blocks", u8, "supports_append", u8,
                "supports_subsets_of_columns", u8), FormatsTable::rows);

        MetadataTables.register(catalog);
        PartTables.register(catalog);
        BackgroundWorkTables.register(catalog);
    }

    /** Calls {@code action} for every table of every database (system included), databases and tables by name. */
    static void forEachTable(Catalog catalog, java.util.function.BiConsumer<String, TableHandle> action) {
        for (String db : catalog.databaseNames()) {
            List<TableHandle> tables;
            try {
                tables = catalog.tables(db);
            } catch (io.strata.core.error.DbException dropped) {
                continue; // the database went away while we listed: it has no tables to show
            }
            for (TableHandle t : tables) action.accept(db, t);
        }
    }

    /** Whether an engine stores MergeTree-style parts (system.parts lists its tables; part counts are not NULL). */
    static boolean hasParts(TableEngine engine) {
        return engine.capabilities().contains(TableEngine.Capability.PARTITIONS);
    }

    /** An ALIAS column of a system table (e.g. system.parts.bytes for bytes_on_disk). */
    static ColumnDefinition alias(String name, DataType type, String target) {
        return new ColumnDefinition(name, type, ColumnDefinition.DefaultKind.ALIAS, target, null, null, null);
    }

    private static String path(Catalog catalog, String kind, String db) {
        return catalog.dataPath() == null ? "" : catalog.dataPath().resolve(kind).resolve(db).toString() + "/";
    }

    private static TableDefinition definition(String name, Header h, List<ColumnDefinition> aliases, String engine) {
        List<ColumnDefinition> cols = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) cols.add(ColumnDefinition.of(h.name(i), h.type(i)));
        cols.addAll(aliases);
        return new TableDefinition(Catalog.SYSTEM, name, cols, EngineClause.of(engine), null, null);
    }

    static void add(Catalog catalog, String name, Header h, java.util.function.Function<Header, Chunk> rows) {
        add(catalog, name, h, List.of(), (header, settings) -> rows.apply(header));
    }

    private static void add(Catalog catalog, String name, Header h, java.util.function.BiFunction<Header, Settings, Chunk> rows) {
        add(catalog, name, h, List.of(), rows);
    }

    /**
     * A system table whose rows may depend on the reading query's settings; {@code aliases} are
     * ALIAS columns over the header's columns, computed by the planner.
     */
    static void add(Catalog catalog, String name, Header h, List<ColumnDefinition> aliases,
                    java.util.function.BiFunction<Header, Settings, Chunk> rows) {
        String engine = "System" + engineSuffix(name);
        catalog.registerSystemTable(name, new TableHandle(definition(name, h, aliases, engine),
                new GeneratedTableEngine(engine, h, request -> rows.apply(h, request.settings()))));
    }

    /** ClickHouse's engine names of system tables: parts_columns is SystemPartsColumns. */
    private static String engineSuffix(String name) {
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
