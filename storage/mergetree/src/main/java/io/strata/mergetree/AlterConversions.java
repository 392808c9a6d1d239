package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.TableEngineFactory.CompiledExpression;
import io.strata.core.table.TableEngineFactory.EngineServices;
import io.strata.core.type.DataType;
import io.strata.exec.operator.FilterOperator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a part as the table's current definition describes it, whatever ALTERs happened since
 * the part was written: a column renamed or dropped by a mutation the part has not gone through
 * yet is found under its old name or hidden; a column stored in an older type is cast; a column
 * the part lacks is computed from its DEFAULT (or MATERIALIZED) expression over the part's other
 * columns, else filled with its type's default; rows a lightweight DELETE masked are dropped.
 * So a definition change is visible to every read at once, and mutations rewrite data later.
 *
 * <p>One instance is a snapshot of the table's schema and column-changing mutations; the table
 * replaces it when either changes. Parts that need none of this are read by a plain
 * {@link PartReader}.
 */
final class AlterConversions {
    /** The lightweight-delete mask column: UInt8, 0 for a deleted row (ClickHouse's name). */
    static final String ROW_EXISTS = "_row_exists";

    private final MergeTreeSchema schema;
    private final EngineServices services;
    private final List<MutationEntry> columnMutations;
    private final Map<String, ColumnDefinition> definitions = new HashMap<>();
    private final Map<String, CompiledExpression> compiled = new ConcurrentHashMap<>();

    AlterConversions(MergeTreeSchema schema, EngineServices services, List<MutationEntry> mutations) {
        this.schema = schema;
        this.services = services;
        List<MutationEntry> changes = new ArrayList<>();
        for (MutationEntry e : mutations) {
            for (MutationStep s : e.steps()) {
                if (s.kind() == MutationStep.Kind.DROP_COLUMN || s.kind() == MutationStep.Kind.RENAME_COLUMN) {
                    changes.add(e);
                    break;
                }
            }
        }
        changes.sort(java.util.Comparator.comparingLong(MutationEntry::version));
        this.columnMutations = List.copyOf(changes);
        for (ColumnDefinition c : schema.definition().storedColumns()) definitions.put(c.name(), c);
    }

    MergeTreeSchema schema() {
        return schema;
    }

    /**
     * For each column of the current definition that the part stores, the name it has in the
     * part: the part's own columns replayed through the renames and drops of the mutations newer
     * than the part's data version.
     */
    Map<String, String> namesInPart(DataPart part) {
        Map<String, String> current = new LinkedHashMap<>();
        for (String n : part.columns().names()) if (!n.equals(ROW_EXISTS)) current.put(n, n);
        long v = part.info().dataVersion();
        for (MutationEntry e : columnMutations) {
            if (e.version() <= v) continue;
            for (MutationStep s : e.steps()) {
                if (s.kind() == MutationStep.Kind.DROP_COLUMN) {
                    current.remove(s.column());
                } else if (s.kind() == MutationStep.Kind.RENAME_COLUMN) {
                    String stored = current.remove(s.column());
                    if (stored != null) current.put(s.newName(), stored);
                }
            }
        }
        return current;
    }

    static boolean hasMask(DataPart part) {
        return part.columns().indexOf(ROW_EXISTS) >= 0;
    }

    /** A reader of {@code requested} (current names and types) over the part's mark ranges. */
    ChunkSource reader(DataPart part, Header requested, List<MarkRange> ranges) {
        return reader(part, requested, ranges, true);
    }

    /**
     * As {@link #reader(DataPart, Header, List)}; with {@code applyMask} false, rows a lightweight
     * DELETE masked are kept, so that chunks stay aligned with the part's granules.
     */
    ChunkSource reader(DataPart part, Header requested, List<MarkRange> ranges, boolean applyMask) {
        return reader(part, requested, ranges, applyMask, null);
    }

    ChunkSource reader(DataPart part, Header requested, List<MarkRange> ranges, boolean applyMask,
                       io.strata.core.table.ScanFilter prewhere) {
        return reader(part, requested, ranges, applyMask, prewhere, ReadOptions.NONE);
    }

    /**
     * As above; a plain part (no conversion needed) reads with {@code prewhere} applied early when
     * given, with {@code options}.
     */
    ChunkSource reader(DataPart part, Header requested, List<MarkRange> ranges, boolean applyMask,
                       io.strata.core.table.ScanFilter prewhere, ReadOptions options) {
        Map<String, String> inPart = namesInPart(part);
        if (isPlain(part, requested, applyMask, inPart)) return new PartReader(part, requested, ranges, prewhere, options);
        return new ConvertingReader(part, requested, ranges, inPart, applyMask, options);
    }

    /**
     * Whether the part stores every requested column under its current name and type (and, when
     * {@code applyMask}, has no lightweight-delete mask): a plain {@link PartReader} then reads it,
     * row numbers in the part being row numbers of the output.
     */
    boolean isPlain(DataPart part, Header requested, boolean applyMask) {
        return isPlain(part, requested, applyMask, namesInPart(part));
    }

    private static boolean isPlain(DataPart part, Header requested, boolean applyMask, Map<String, String> inPart) {
        boolean plain = !applyMask || !hasMask(part);
        for (int i = 0; i < requested.size() && plain; i++) {
            String stored = inPart.get(requested.name(i));
            int p = stored == null ? -1 : part.columns().indexOf(stored);
            plain = stored != null && stored.equals(requested.name(i)) && part.columns().type(p).equals(requested.type(i));
        }
        return plain;
    }

    /** A reader of every stored column of the current definition, in table order (merges, mutations). */
    ChunkSource fullReader(DataPart part) {
        return reader(part, schema.header(), List.of(new MarkRange(0, part.granules())));
    }

    /** Columns (of the current definition) a DEFAULT/MATERIALIZED expression refers to. */
    private List<String> dependencies(ColumnDefinition c) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : TupleElements.identifiers(c.defaultExpression())) {
            if (definitions.containsKey(id) && !id.equals(c.name())) out.add(id);
        }
        return new ArrayList<>(out);
    }

    private static boolean hasDefaultExpression(ColumnDefinition c) {
        return c != null && c.defaultExpression() != null && !c.defaultExpression().isBlank()
                && (c.defaultKind() == ColumnDefinition.DefaultKind.DEFAULT || c.defaultKind() == ColumnDefinition.DefaultKind.MATERIALIZED);
    }

    private CompiledExpression cast(DataType from, DataType to) {
        return compiled.computeIfAbsent("cast\0" + from.name() + "\0" + to.name(),
                k -> services.compile("CAST(`value` AS " + to.name() + ")", Header.of("value", from)));
    }

    /** The column's DEFAULT expression cast to its type, over its dependencies; null if it does not compile. */
    private CompiledExpression defaultOf(ColumnDefinition c, Header deps) {
        String key = "default\0" + c.name() + "\0" + deps.names() + deps.types();
        CompiledExpression e = compiled.get(key);
        if (e != null) return e;
        try {
            e = services.compile("CAST((" + c.defaultExpression() + ") AS " + c.type().name() + ")", deps);
        } catch (DbException ex) {
            return null;
        }
        compiled.put(key, e);
        return e;
    }

    /** Reads the stored columns a conversion needs and derives the requested ones from them. */
    private final class ConvertingReader implements ChunkSource {
        private final Header requested;
        private final PartReader source;
        private final List<String> read = new ArrayList<>();
        private final List<DataType> readTypes = new ArrayList<>();
        private final List<String> computed = new ArrayList<>();
        private final int maskIndex;
        private int[] positions = new int[0];

        ConvertingReader(DataPart part, Header requested, List<MarkRange> ranges, Map<String, String> inPart, boolean applyMask,
                         ReadOptions options) {
            this.requested = requested;
            // columns needed: the requested ones plus, transitively, what defaults of absent ones read
            Set<String> need = new LinkedHashSet<>(requested.names());
            boolean grew = true;
            while (grew) {
                grew = false;
                for (String n : List.copyOf(need)) {
                    ColumnDefinition c = definitions.get(n);
                    if (inPart.containsKey(n) || !hasDefaultExpression(c)) continue;
                    for (String d : dependencies(c)) grew |= need.add(d);
                }
            }
            List<String> names = new ArrayList<>();
            List<DataType> types = new ArrayList<>();
            for (String n : need) {
                String stored = inPart.get(n);
                if (stored == null) {
                    computed.add(n);
                    continue;
                }
                read.add(n);
                names.add(stored);
                types.add(part.columns().type(part.columns().indexOf(stored)));
            }
            readTypes.addAll(types);
            if (applyMask && hasMask(part)) {
                maskIndex = names.size();
                names.add(ROW_EXISTS);
                types.add(part.columns().type(part.columns().indexOf(ROW_EXISTS)));
            } else {
                maskIndex = -1;
            }
            source = new PartReader(part, new Header(names, types), ranges, null, options);
        }

        @Override
        public Chunk next() {
            while (true) {
                Chunk c = source.next();
                if (c == null) return null;
                int n = c.rowCount();
                if (maskIndex >= 0) {
                    if (positions.length < n) positions = new int[n];
                    int kept = FilterOperator.select(c.column(maskIndex), n, positions);
                    if (kept == 0) continue;
                    if (kept < n) {
                        c = c.take(positions, kept);
                        n = kept;
                    }
                }
                Map<String, Column> values = new HashMap<>();
                for (int i = 0; i < read.size(); i++) {
                    String name = read.get(i);
                    ColumnDefinition def = definitions.get(name);
                    Column col = c.column(i);
                    DataType target = def != null ? def.type() : readTypes.get(i);
                    if (!readTypes.get(i).equals(target)) {
                        col = cast(readTypes.get(i), target).evaluate(new Chunk(new Column[] {col}, n)).materialize();
                    }
                    values.put(name, col);
                }
                computeMissing(values, n);
                Column[] out = new Column[requested.size()];
                for (int i = 0; i < out.length; i++) out[i] = values.get(requested.name(i));
                return new Chunk(out, n);
            }
        }

        /** Absent columns: their defaults in dependency order, else their type's default. */
        private void computeMissing(Map<String, Column> values, int n) {
            List<String> pending = new ArrayList<>(computed);
            boolean progress = true;
            while (!pending.isEmpty() && progress) {
                progress = false;
                for (var it = pending.iterator(); it.hasNext(); ) {
                    String name = it.next();
                    ColumnDefinition c = definitions.get(name);
                    Column value = null;
                    if (hasDefaultExpression(c)) {
                        List<String> deps = dependencies(c);
                        if (!values.keySet().containsAll(deps)) continue;
                        List<DataType> depTypes = new ArrayList<>();
                        Column[] depValues = new Column[deps.size()];
                        for (int i = 0; i < depValues.length; i++) {
                            depTypes.add(definitions.get(deps.get(i)).type());
                            depValues[i] = values.get(deps.get(i));
                        }
                        CompiledExpression e = defaultOf(c, new Header(deps, depTypes));
                        if (e != null) value = e.evaluate(new Chunk(depValues, n)).materialize();
                    }
                    if (value == null) value = typeOf(name).defaultColumn(n);
                    values.put(name, value);
                    it.remove();
                    progress = true;
                }
            }
            for (String name : pending) values.put(name, typeOf(name).defaultColumn(n));
        }

        private DataType typeOf(String name) {
            ColumnDefinition c = definitions.get(name);
            return c != null ? c.type() : requested.type(requested.indexOf(name));
        }

        @Override
        public long estimatedRows() {
            return source.estimatedRows();
        }

        @Override
        public void close() {
            source.close();
        }
    }
}
