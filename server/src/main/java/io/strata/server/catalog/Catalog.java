package io.strata.server.catalog;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.EngineClause;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableEngineFactory;
import io.strata.sql.analyzer.TableHandle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Databases and their tables. With a data path, each database is a file
 * {@code metadata/<db>.sql} and each table {@code metadata/<db>/<table>.sql} holding its
 * normalized CREATE statement, written atomically (temp file, fsync, rename), so definitions
 * survive restarts and a crash never leaves a half-written definition. Table data lives under
 * {@code data/<db>/<table>/}, owned by the engine.
 */
public final class Catalog implements AutoCloseable {
    public static final String SYSTEM = "system";
    public static final String DEFAULT = "default";

    private final Path dataPath; // null = in memory
    private final Map<String, TableEngineFactory> factories = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final TableEngineFactory.EngineServices services;
    private final Map<String, Map<String, TableHandle>> databases = new ConcurrentHashMap<>();
    private final Map<String, TableHandle> systemTables = new ConcurrentHashMap<>();

    public Catalog(Path dataPath, TableEngineFactory.EngineServices services) {
        this.dataPath = dataPath;
        this.services = services;
        for (TableEngineFactory f : ServiceLoader.load(TableEngineFactory.class, Catalog.class.getClassLoader())) {
            factories.put(f.name(), f);
        }
        databases.put(DEFAULT, new ConcurrentHashMap<>());
    }

    public Path dataPath() {
        return dataPath;
    }

    /** Registers a virtual system table (system.one, system.tables...). */
    public void registerSystemTable(String name, TableHandle handle) {
        systemTables.put(name, handle);
    }

    /**
     * Reads persisted databases and tables. {@code parser} turns a stored CREATE TABLE statement
     * into a definition for the given database.
     */
    public void load(java.util.function.BiFunction<String, String, TableDefinition> parser) {
        if (dataPath == null) return;
        Path meta = dataPath.resolve("metadata");
        try {
            Files.createDirectories(meta);
            Files.createDirectories(dataPath.resolve("data"));
            cleanTemporaryFiles(meta);
            if (!Files.exists(meta.resolve(DEFAULT + ".sql"))) {
                writeAtomically(meta.resolve(DEFAULT + ".sql"), "CREATE DATABASE " + DEFAULT + "\n");
            }
            List<Path> dbFiles = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(meta, "*.sql")) {
                ds.forEach(dbFiles::add);
            }
            dbFiles.sort(Comparator.naturalOrder());
            for (Path f : dbFiles) {
                String db = unescape(f.getFileName().toString().replaceFirst("\\.sql$", ""));
                databases.putIfAbsent(db, new ConcurrentHashMap<>());
                Path dir = meta.resolve(escape(db));
                if (!Files.isDirectory(dir)) continue;
                List<Path> tableFiles = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.sql")) {
                    ds.forEach(tableFiles::add);
                }
                tableFiles.sort(Comparator.naturalOrder());
                for (Path tf : tableFiles) {
                    String sql = Files.readString(tf, StandardCharsets.UTF_8);
                    TableDefinition def = parser.apply(db, sql);
                    TableEngine engine = createEngine(def, true);
                    databases.get(db).put(def.name(), new TableHandle(def, engine));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load metadata from " + meta, e);
        }
    }

    private static void cleanTemporaryFiles(Path meta) throws IOException {
        try (var walk = Files.walk(meta)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public boolean databaseExists(String name) {
        return name.equals(SYSTEM) || databases.containsKey(name);
    }

    /** Database names, sorted, including system. */
    public List<String> databaseNames() {
        List<String> names = new ArrayList<>(databases.keySet());
        names.add(SYSTEM);
        names.sort(Comparator.naturalOrder());
        return names;
    }

    public synchronized void createDatabase(String name, boolean ifNotExists) {
        if (databaseExists(name)) {
            if (ifNotExists) return;
            throw new DbException(ErrorCode.DATABASE_ALREADY_EXISTS, "Database " + name + " already exists");
        }
        if (dataPath != null) {
            writeAtomically(dataPath.resolve("metadata").resolve(escape(name) + ".sql"), "CREATE DATABASE " + name + "\n");
        }
        databases.put(name, new ConcurrentHashMap<>());
    }

    public synchronized void dropDatabase(String name, boolean ifExists) {
        if (name.equals(SYSTEM)) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Cannot drop database system");
        }
        Map<String, TableHandle> tables = databases.get(name);
        if (tables == null) {
            if (ifExists) return;
            throw unknownDatabase(name);
        }
        for (String t : new ArrayList<>(tables.keySet())) dropTable(name, t, true);
        if (dataPath != null) {
            deleteQuietly(dataPath.resolve("metadata").resolve(escape(name) + ".sql"));
            deleteTree(dataPath.resolve("metadata").resolve(escape(name)));
            deleteTree(dataPath.resolve("data").resolve(escape(name)));
        }
        databases.remove(name);
    }

    public static DbException unknownDatabase(String name) {
        return new DbException(ErrorCode.UNKNOWN_DATABASE, "Database " + name + " does not exist");
    }

    public static DbException unknownTable(String db, String name) {
        return new DbException(ErrorCode.UNKNOWN_TABLE, "Table " + db + "." + name + " does not exist");
    }

    /** The table, or throws UNKNOWN_DATABASE / UNKNOWN_TABLE. */
    public TableHandle table(String db, String name) {
        if (db.equals(SYSTEM)) {
            TableHandle h = systemTables.get(name);
            if (h == null) throw unknownTable(db, name);
            return h;
        }
        Map<String, TableHandle> tables = databases.get(db);
        if (tables == null) throw unknownDatabase(db);
        TableHandle h = tables.get(name);
        if (h == null) throw unknownTable(db, name);
        return h;
    }

    public boolean tableExists(String db, String name) {
        if (db.equals(SYSTEM)) return systemTables.containsKey(name);
        Map<String, TableHandle> tables = databases.get(db);
        return tables != null && tables.containsKey(name);
    }

    /** Tables of a database sorted by name. */
    public List<TableHandle> tables(String db) {
        List<TableHandle> out = new ArrayList<>();
        if (db.equals(SYSTEM)) {
            out.addAll(systemTables.values());
        } else {
            Map<String, TableHandle> tables = databases.get(db);
            if (tables == null) throw unknownDatabase(db);
            out.addAll(tables.values());
        }
        out.sort(Comparator.comparing(h -> h.definition().name()));
        return out;
    }

    public TableEngineFactory factory(String engineName) {
        TableEngineFactory f = factories.get(engineName);
        if (f == null) {
            throw new DbException(ErrorCode.UNKNOWN_STORAGE, "Unknown table engine " + engineName);
        }
        return f;
    }

    /**
     * An engine for a table outside every database (a session's temporary table): no metadata
     * file, its data (if any) in a temporary directory the engine deletes when dropped. The
     * definition comes back with the engine's pinned defaults.
     */
    public TableHandle createDetachedTable(TableDefinition def, Function<TableDefinition, String> createSql) {
        TableEngineFactory f = factory(def.engine().name());
        EngineClause clause = f.normalize(def.engine());
        TableDefinition pinned = new TableDefinition(def.database(), def.name(), def.columns(), clause, null, def.comment(), def.indexes());
        pinned = pinned.withCreateQuery(createSql.apply(pinned));
        return new TableHandle(pinned, f.create(pinned, null, false, services));
    }

    private TableEngine createEngine(TableDefinition def, boolean attach) {
        TableEngineFactory f = factory(def.engine().name());
        return f.create(def, tableDataPath(def.database(), def.name()), attach, services);
    }

    /** The directory a table's engine owns ({@code data/<db>/<table>}), or null for an in-memory catalog. */
    public Path tableDataPath(String db, String table) {
        return dataPath == null ? null : dataPath.resolve("data").resolve(escape(db)).resolve(escape(table));
    }

    /** The file holding a table's CREATE statement, or null for an in-memory catalog. */
    public Path tableMetadataPath(String db, String table) {
        return dataPath == null ? null : dataPath.resolve("metadata").resolve(escape(db)).resolve(escape(table) + ".sql");
    }

    /**
     * Creates a table: the engine first, then the definition file (atomic), then it becomes
     * visible. {@code createSql} renders the definition as the CREATE statement to persist.
     */
    public synchronized TableHandle createTable(TableDefinition def, boolean ifNotExists, Function<TableDefinition, String> createSql) {
        String db = def.database();
        if (db.equals(SYSTEM)) throw new DbException(ErrorCode.BAD_ARGUMENTS, "Cannot create tables in database system");
        Map<String, TableHandle> tables = databases.get(db);
        if (tables == null) throw unknownDatabase(db);
        if (tables.containsKey(def.name())) {
            if (ifNotExists) return tables.get(def.name());
            throw new DbException(ErrorCode.TABLE_ALREADY_EXISTS, "Table " + db + "." + def.name() + " already exists");
        }
        // the engine may pin defaults in its clause (MergeTree's index_granularity): persist and show those
        EngineClause clause = factory(def.engine().name()).normalize(def.engine());
        if (!clause.equals(def.engine())) {
            TableDefinition pinned = new TableDefinition(db, def.name(), def.columns(), clause, null, def.comment(), def.indexes());
            def = new TableDefinition(db, def.name(), def.columns(), clause, createSql.apply(pinned), def.comment(), def.indexes());
        }
        TableEngine engine = createEngine(def, false);
        if (dataPath != null) {
            Path dir = dataPath.resolve("metadata").resolve(escape(db));
            writeAtomically(dir.resolve(escape(def.name()) + ".sql"), createSql.apply(def));
        }
        TableHandle h = new TableHandle(def, engine);
        tables.put(def.name(), h);
        return h;
    }

    public synchronized void dropTable(String db, String name, boolean ifExists) {
        if (db.equals(SYSTEM)) throw new DbException(ErrorCode.BAD_ARGUMENTS, "Cannot drop system tables");
        Map<String, TableHandle> tables = databases.get(db);
        if (tables == null) {
            if (ifExists) return;
            throw unknownDatabase(db);
        }
        TableHandle h = tables.get(name);
        if (h == null) {
            if (ifExists) return;
            throw unknownTable(db, name);
        }
        if (dataPath != null) {
            deleteQuietly(dataPath.resolve("metadata").resolve(escape(db)).resolve(escape(name) + ".sql"));
        }
        tables.remove(name);
        h.engine().drop();
        h.engine().close();
        if (dataPath != null) deleteTree(dataPath.resolve("data").resolve(escape(db)).resolve(escape(name)));
    }

    /** Renames a table; the engine is reopened at its new place (data directory moved). */
    public synchronized void renameTable(String db, String name, String newDb, String newName,
                                         Function<TableDefinition, String> createSql) {
        TableHandle h = table(db, name);
        Map<String, TableHandle> target = databases.get(newDb);
        if (target == null) throw unknownDatabase(newDb);
        if (target.containsKey(newName)) {
            throw new DbException(ErrorCode.TABLE_ALREADY_EXISTS, "Table " + newDb + "." + newName + " already exists");
        }
        TableDefinition old = h.definition();
        TableDefinition def = new TableDefinition(newDb, newName, old.columns(), old.engine(), old.createQuery(), old.comment(),
                old.indexes());
        TableEngine engine = h.engine();
        if (dataPath != null) {
            Path oldMeta = dataPath.resolve("metadata").resolve(escape(db)).resolve(escape(name) + ".sql");
            Path newMeta = dataPath.resolve("metadata").resolve(escape(newDb)).resolve(escape(newName) + ".sql");
            Path oldData = dataPath.resolve("data").resolve(escape(db)).resolve(escape(name));
            Path newData = dataPath.resolve("data").resolve(escape(newDb)).resolve(escape(newName));
            engine.close();
            try {
                if (Files.exists(oldData)) {
                    Files.createDirectories(newData.getParent());
                    Files.move(oldData, newData, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writeAtomically(newMeta, createSql.apply(def));
            deleteQuietly(oldMeta);
            if (!"Memory".equalsIgnoreCase(def.engine().name())) {
                engine = createEngine(def, true);
            }
        }
        databases.get(db).remove(name);
        target.put(newName, new TableHandle(def, engine));
    }

    /**
     * ALTER TABLE: persists a table's new definition (the metadata file is rewritten atomically)
     * and makes it the one queries see; the engine stays the same.
     */
    public synchronized TableHandle replaceDefinition(TableDefinition def, Function<TableDefinition, String> createSql) {
        TableHandle old = table(def.database(), def.name());
        def = def.withCreateQuery(createSql.apply(def));
        if (dataPath != null) {
            Path dir = dataPath.resolve("metadata").resolve(escape(def.database()));
            writeAtomically(dir.resolve(escape(def.name()) + ".sql"), def.createQuery());
        }
        TableHandle h = new TableHandle(def, old.engine());
        databases.get(def.database()).put(def.name(), h);
        return h;
    }

    /** Writes a file atomically: temp file, fsync, rename, fsync of the directory. */
    public static void writeAtomically(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException ignored) {
                // some file systems refuse to fsync directories; the rename is still atomic
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a leftover file is reported on the next start
        }
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File names for database/table names: percent-encode anything outside [A-Za-z0-9_], as ClickHouse does. */
    static String escape(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }

    static String unescape(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        for (Map<String, TableHandle> tables : databases.values()) {
            for (TableHandle h : tables.values()) {
                try {
                    h.engine().close();
                } catch (RuntimeException ignored) {
                    // closing is best effort at shutdown
                }
            }
        }
    }
}
