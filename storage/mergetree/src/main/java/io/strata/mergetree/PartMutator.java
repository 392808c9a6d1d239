package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.TableEngineFactory.CompiledExpression;
import io.strata.core.table.TableEngineFactory.EngineServices;
import io.strata.core.type.DataType;
import io.strata.exec.operator.FilterOperator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a table's pending mutations to one part, producing the part's next version named with
 * the newest mutation applied ({@code <partition>_<min>_<max>_<level>_<version>}) and publishing
 * it in place of the old one. The cheapest form that is correct is chosen:
 * <ul>
 * <li>nothing in the part changes (renames, drops, or predicates that match no row): a clone of
 *     hard links with files renamed or left out;</li>
 * <li>only lightweight deletes: the same clone plus a new {@code _row_exists} mask;</li>
 * <li>for a compact part (all columns in one data.bin) a clone only when its columns are
 *     unchanged; renames and drops rewrite it, and a lightweight delete rewrites it with the mask
 *     as one more column;</li>
 * <li>otherwise the part is read as the current definition sees it, each command is applied to
 *     each block in order, and a new part is written.</li>
 * </ul>
 * A part left without rows is published (covering the old one) and then retired.
 */
final class PartMutator {
    private final MergeTreeTable table;
    private final AlterConversions conversions;
    private final MergeTreeSchema schema;
    private final EngineServices services;

    PartMutator(MergeTreeTable table) {
        this.table = table;
        this.conversions = table.conversions();
        this.schema = conversions.schema();
        this.services = table.services();
    }

    /** Mutates {@code part} through {@code entries} (all newer than its data version, in order). */
    void mutate(DataPart part, List<MutationEntry> entries) {
        long version = 0;
        List<MutationStep> steps = new ArrayList<>();
        for (MutationEntry e : entries) {
            version = Math.max(version, e.version());
            for (MutationStep s : e.steps()) if (s.appliesTo(part)) steps.add(s);
        }
        PartInfo info = part.info().withMutation(version);
        Map<String, String> inPart = conversions.namesInPart(part);
        boolean retyped = false;
        for (int i = 0; i < schema.header().size(); i++) {
            String stored = inPart.get(schema.header().name(i));
            if (stored == null) continue;
            DataType t = part.columns().type(part.columns().indexOf(stored));
            retyped |= !t.equals(schema.header().type(i));
        }
        List<MutationStep> rowSteps = new ArrayList<>();
        for (MutationStep s : steps) if (s.changesRows()) rowSteps.add(s);
        long nowSeconds = System.currentTimeMillis() / 1000;

        Touch touch = rowSteps.isEmpty() ? new Touch(false, null) : touches(part, rowSteps, nowSeconds);
        // a compact part's data.bin holds its columns by position: renames and drops rewrite it (as in ClickHouse)
        boolean compact = part.type() == PartType.COMPACT;
        if (!retyped && !touch.changed) {
            Path tmp = table.temporaryDirectory("mutate_" + info.name());
            if (!compact) publish(part, clone(part, tmp, inPart, null, touch.ttlRange), info);
            else if (sameColumns(part, inPart)) publish(part, compactClone(part, tmp, touch.ttlRange), info);
            else publish(part, rewrite(part, List.of(), nowSeconds), info);
            return;
        }
        boolean lightweightOnly = true;
        for (MutationStep s : rowSteps) lightweightOnly &= s.kind() == MutationStep.Kind.LIGHTWEIGHT_DELETE;
        if (!retyped && lightweightOnly) {
            Path masked = compact ? maskedRewrite(part, info, rowSteps) : maskedClone(part, info, inPart, rowSteps);
            if (masked != null) {
                publish(part, masked, info);
                return;
            }
        }
        publish(part, rewrite(part, rowSteps, nowSeconds), info);
    }

    private void publish(DataPart part, Path tmp, PartInfo info) {
        DataPart result = table.commitReplacement(List.of(part), tmp, info);
        if (result != null && result.rows() == 0) table.retireEmpty(result);
    }

    // which commands touch the part ---------------------------------------------------------

    /** Whether any row command changes a row of the part, and (for MATERIALIZE TTL) the part's TTL range. */
    private record Touch(boolean changed, long[] ttlRange) {
    }

    private Touch touches(DataPart part, List<MutationStep> rowSteps, long nowSeconds) {
        List<String> sql = new ArrayList<>();
        boolean ttl = false;
        for (MutationStep s : rowSteps) {
            if (s.kind() == MutationStep.Kind.MATERIALIZE_TTL) {
                ttl = schema.rowTtl() != null;
                if (ttl) sql.add(schema.rowTtl().sql());
            } else {
                sql.add(s.predicate());
            }
        }
        Header needed = columnsFor(sql);
        List<CompiledExpression> predicates = new ArrayList<>();
        for (MutationStep s : rowSteps) {
            if (s.kind() != MutationStep.Kind.MATERIALIZE_TTL) predicates.add(services.compile(s.predicate(), needed));
        }
        RowTtl rowTtl = ttl ? RowTtl.of(schema.definition().engine().ttl(), needed, services) : null;
        boolean changed = false;
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        int[] positions = new int[0];
        try (ChunkSource src = conversions.reader(part, needed, List.of(new MarkRange(0, part.granules())))) {
            Chunk c;
            while ((c = src.next()) != null) {
                int n = c.rowCount();
                if (positions.length < n) positions = new int[n];
                for (CompiledExpression p : predicates) {
                    if (!changed && FilterOperator.select(p.evaluate(c), n, positions) > 0) changed = true;
                }
                if (rowTtl != null) {
                    for (long t : rowTtl.seconds(c)) {
                        if (t == 0) continue;
                        changed |= RowTtl.expired(t, nowSeconds);
                        min = Math.min(min, t);
                        max = Math.max(max, t);
                    }
                }
                if (changed && rowTtl == null) break;
            }
        }
        return new Touch(changed, min <= max ? new long[] {min, max} : null);
    }

    /** The stored columns (table order) the expressions refer to. */
    private Header columnsFor(List<String> sql) {
        Set<String> ids = new HashSet<>();
        for (String s : sql) ids.addAll(TupleElements.identifiers(s));
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        Header h = schema.header();
        for (int i = 0; i < h.size(); i++) {
            if (!ids.contains(h.name(i))) continue;
            names.add(h.name(i));
            types.add(h.type(i));
        }
        return new Header(names, types);
    }

    // clones -----------------------------------------------------------------------------------

    /**
     * A hard-link copy in {@code tmp} whose columns carry their current names (columns dropped
     * since are left out). {@code mask}, when not null, has written the part's new
     * lightweight-delete mask into {@code tmp}; otherwise an existing mask is linked.
     */
    private Path clone(DataPart part, Path tmp, Map<String, String> inPart, RowMaskWriter mask, long[] ttlRange) {
        boolean ok = false;
        try {
            PartClone clone = new PartClone(part, tmp);
            Set<String> skip = new HashSet<>();
            if (ttlRange != null) skip.add(PartFiles.TTL_INFO);
            clone.linkMetadata(skip);
            List<String> names = new ArrayList<>();
            List<DataType> types = new ArrayList<>();
            Header h = schema.header();
            for (int i = 0; i < h.size(); i++) {
                String stored = inPart.get(h.name(i));
                if (stored == null) continue;
                clone.linkColumn(stored, h.name(i));
                names.add(h.name(i));
                types.add(part.columns().type(part.columns().indexOf(stored)));
            }
            if (mask != null) {
                mask.finish(clone.checksums());
                names.add(AlterConversions.ROW_EXISTS);
                types.add(RowMaskWriter.TYPE);
            } else if (AlterConversions.hasMask(part)) {
                clone.linkColumn(AlterConversions.ROW_EXISTS, AlterConversions.ROW_EXISTS);
                names.add(AlterConversions.ROW_EXISTS);
                types.add(RowMaskWriter.TYPE);
            }
            if (ttlRange != null) clone.write(PartFiles.TTL_INFO, RowTtl.renderInfo(ttlRange[0], ttlRange[1]));
            clone.finish(new Header(names, types));
            ok = true;
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mutate part " + part.name(), e);
        } finally {
            if (!ok) PartDirectories.deleteRecursively(tmp);
        }
    }

    /**
     * The clone with a new mask: the old mask and-not each lightweight delete's predicate,
     * granule by granule over all physical rows. Null when every row would be deleted (the part
     * is then rewritten, i.e. dropped).
     */
    private Path maskedClone(DataPart part, PartInfo info, Map<String, String> inPart, List<MutationStep> deletes) {
        List<String> sql = new ArrayList<>();
        for (MutationStep s : deletes) sql.add(s.predicate());
        Header needed = columnsFor(sql);
        List<CompiledExpression> predicates = new ArrayList<>();
        for (MutationStep s : deletes) predicates.add(services.compile(s.predicate(), needed));
        Path tmp = table.temporaryDirectory("mutate_" + info.name());
        List<MarkRange> all = List.of(new MarkRange(0, part.granules()));
        boolean handedOver = false;
        RowMaskWriter writer = null;
        try {
            java.nio.file.Files.createDirectories(tmp);
            writer = new RowMaskWriter(tmp);
            long kept = 0;
            // both readers yield one chunk per granule, so chunks pair up granule by granule
            try (ChunkSource values = conversions.reader(part, needed, all, false);
                 ChunkSource oldMask = AlterConversions.hasMask(part)
                         ? new PartReader(part, Header.of(AlterConversions.ROW_EXISTS, RowMaskWriter.TYPE), all) : null) {
                Chunk c;
                while ((c = values.next()) != null) {
                    long[] keep = nextMask(c, oldMask, predicates);
                    for (long v : keep) kept += v;
                    writer.writeGranule(new LongColumn(RowMaskWriter.TYPE, keep));
                }
            }
            if (kept == 0) return null;
            handedOver = true;
            return clone(part, tmp, inPart, writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mutate part " + part.name(), e);
        } finally {
            if (!handedOver) {
                if (writer != null) writer.closeQuietly();
                PartDirectories.deleteRecursively(tmp);
            }
        }
    }

    /**
     * The mask of the granule {@code c} (all its physical rows) after the lightweight deletes:
     * rows the old mask (its next granule; null when the part has none) kept and no predicate matches.
     */
    private static long[] nextMask(Chunk c, ChunkSource oldMask, List<CompiledExpression> predicates) {
        int n = c.rowCount();
        long[] keep = new long[n];
        int[] positions = new int[n];
        if (oldMask != null) {
            int k = FilterOperator.select(oldMask.next().column(0), n, positions);
            for (int j = 0; j < k; j++) keep[positions[j]] = 1;
        } else {
            java.util.Arrays.fill(keep, 1);
        }
        for (CompiledExpression p : predicates) {
            int k = FilterOperator.select(p.evaluate(c), n, positions);
            for (int j = 0; j < k; j++) keep[positions[j]] = 0;
        }
        return keep;
    }

    // compact parts --------------------------------------------------------------------------

    /** Whether the part stores exactly its columns under their current names (no rename or drop pending). */
    private static boolean sameColumns(DataPart part, Map<String, String> inPart) {
        int stored = part.columns().size() - (AlterConversions.hasMask(part) ? 1 : 0);
        if (inPart.size() != stored) return false;
        for (Map.Entry<String, String> e : inPart.entrySet()) if (!e.getKey().equals(e.getValue())) return false;
        return true;
    }

    /**
     * A hard-link copy of a compact part whose columns are unchanged: data.bin, data.mrk3 and the
     * metadata files linked, columns.txt rewritten as it was (the order is data.bin's).
     */
    private Path compactClone(DataPart part, Path tmp, long[] ttlRange) {
        boolean ok = false;
        try {
            PartClone clone = new PartClone(part, tmp);
            clone.linkMetadata(ttlRange != null ? Set.of(PartFiles.TTL_INFO) : Set.of());
            clone.linkCompactData();
            if (ttlRange != null) clone.write(PartFiles.TTL_INFO, RowTtl.renderInfo(ttlRange[0], ttlRange[1]));
            clone.finish(part.columns());
            ok = true;
            return tmp;
        } finally {
            if (!ok) PartDirectories.deleteRecursively(tmp);
        }
    }

    /**
     * A lightweight DELETE on a compact part: the part is rewritten (compact) with every physical
     * row, under the current column names, plus the new {@code _row_exists} mask as one more column
     * of data.bin, as ClickHouse does. Null when every row would be deleted (the part is then
     * rewritten, i.e. dropped).
     */
    private Path maskedRewrite(DataPart part, PartInfo info, List<MutationStep> deletes) {
        Header h = schema.header();
        List<CompiledExpression> predicates = new ArrayList<>();
        for (MutationStep s : deletes) predicates.add(services.compile(s.predicate(), h));
        List<String> names = new ArrayList<>(h.names());
        List<DataType> types = new ArrayList<>(h.types());
        names.add(AlterConversions.ROW_EXISTS);
        types.add(RowMaskWriter.TYPE);
        Path tmp = table.temporaryDirectory("mutate_" + info.name());
        List<MarkRange> all = List.of(new MarkRange(0, part.granules()));
        CompressBlockSizes blocks = CompressBlockSizes.of(schema.settings());
        boolean ok = false;
        try (PartWriter writer = new PartWriter(tmp, schema, new Header(names, types), PartType.COMPACT, blocks.min(), blocks.max());
             ChunkSource values = conversions.reader(part, h, all, false);
             ChunkSource oldMask = AlterConversions.hasMask(part)
                     ? new PartReader(part, Header.of(AlterConversions.ROW_EXISTS, RowMaskWriter.TYPE), all) : null) {
            long kept = 0;
            Chunk c;
            while ((c = values.next()) != null) {
                long[] keep = nextMask(c, oldMask, predicates);
                for (long v : keep) kept += v;
                Column[] cols = java.util.Arrays.copyOf(c.columns(), c.width() + 1);
                cols[c.width()] = new LongColumn(RowMaskWriter.TYPE, keep);
                writer.write(new Chunk(cols, c.rowCount()));
            }
            if (kept == 0) return null;
            writer.finish(part.partitionValue(), part.commitMetadata());
            ok = true;
            return tmp;
        } finally {
            if (!ok) PartDirectories.deleteRecursively(tmp);
        }
    }

    // full rewrite -------------------------------------------------------------------------

    /** One command compiled over the table's stored columns. */
    private record Compiled(MutationStep step, CompiledExpression predicate, Map<Integer, CompiledExpression> updates) {
    }

    private Path rewrite(DataPart part, List<MutationStep> rowSteps, long nowSeconds) {
        Header h = schema.header();
        List<Compiled> compiled = new ArrayList<>();
        for (MutationStep s : rowSteps) {
            if (s.kind() == MutationStep.Kind.MATERIALIZE_TTL) {
                compiled.add(new Compiled(s, null, Map.of()));
                continue;
            }
            Map<Integer, CompiledExpression> updates = new LinkedHashMap<>();
            for (Map.Entry<String, String> a : s.assignments().entrySet()) {
                int col = h.indexOf(a.getKey());
                if (col < 0) continue;
                updates.put(col, services.compile("if(" + s.predicate() + ", CAST((" + a.getValue() + ") AS " + h.type(col).name()
                        + "), " + backquote(a.getKey()) + ")", h));
            }
            compiled.add(new Compiled(s, services.compile(s.predicate(), h), updates));
        }
        Path tmp = table.temporaryDirectory("mutate_" + part.name());
        CompressBlockSizes blocks = CompressBlockSizes.of(schema.settings());
        // a mutation keeps the part's type, as ClickHouse's does
        PartWriter writer = new PartWriter(tmp, schema, h, part.type(), blocks.min(), blocks.max());
        boolean ok = false;
        int[] positions = new int[0];
        try (ChunkSource src = conversions.fullReader(part); writer) {
            Chunk c;
            while ((c = src.next()) != null) {
                if (table.isClosed()) {
                    throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.ABORTED, "Mutation cancelled: table is shut down");
                }
                for (Compiled s : compiled) {
                    int n = c.rowCount();
                    if (n == 0) break;
                    switch (s.step().kind()) {
                        case DELETE, LIGHTWEIGHT_DELETE -> {
                            if (positions.length < n) positions = new int[n];
                            int k = FilterOperator.select(s.predicate().evaluate(c), n, positions);
                            if (k > 0) c = c.take(complement(positions, k, n), n - k);
                        }
                        case UPDATE -> {
                            Column[] cols = c.columns().clone();
                            for (Map.Entry<Integer, CompiledExpression> u : s.updates().entrySet()) {
                                cols[u.getKey()] = u.getValue().evaluate(c).materialize();
                            }
                            c = new Chunk(cols, n);
                        }
                        case MATERIALIZE_TTL -> {
                            RowTtl ttl = schema.rowTtl();
                            if (ttl == null) break;
                            long[] t = ttl.seconds(c);
                            int[] keep = new int[n];
                            int k = 0;
                            for (int i = 0; i < n; i++) {
                                keep[k] = i;
                                k += RowTtl.expired(t[i], nowSeconds) ? 0 : 1;
                            }
                            if (k < n) c = c.take(keep, k);
                        }
                        default -> {
                        }
                    }
                }
                writer.write(c);
            }
            writer.finish(part.partitionValue(), part.commitMetadata());
            ok = true;
        } finally {
            if (!ok) PartDirectories.deleteRecursively(tmp);
        }
        return tmp;
    }

    /** Rows of [0, n) not among the first {@code k} (ascending) {@code selected} positions. */
    private static int[] complement(int[] selected, int k, int n) {
        int[] out = new int[n - k];
        int o = 0, j = 0;
        for (int i = 0; i < n; i++) {
            if (j < k && selected[j] == i) j++;
            else out[o++] = i;
        }
        return out;
    }

    static String backquote(String name) {
        return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`";
    }
}
