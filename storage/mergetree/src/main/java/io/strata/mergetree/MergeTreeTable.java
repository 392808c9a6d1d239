package io.strata.mergetree;

import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableEngineFactory.EngineServices;
import io.strata.core.table.TableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * A MergeTree-family table: a directory of immutable parts. The set of active parts is an
 * immutable list swapped under {@link #commitLock}; readers take a snapshot and never block
 * writers. Inserts write temporary part directories and publish them in {@link #commitInserted}
 * (one atomic rename per part; an insert of several parts first writes a commit record so that
 * start-up completes a half-published insert instead of leaving part of it visible).
 */
public final class MergeTreeTable implements TableEngine {
    private static final System.Logger LOG = System.getLogger("io.strata.mergetree");

    private volatile MergeTreeSchema schema; // replaced by ALTER; writers keep the one they started with
    private volatile AlterConversions conversions;
    private final Path dir;
    private final Object commitLock = new Object();
    private volatile List<DataPart> active = List.of();
    private final List<DataPart> outdated = new ArrayList<>();
    private long blockNumber;
    private volatile boolean closed;
    private final java.util.concurrent.locks.ReentrantLock mergeLock = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.Map<List<DataPart>, Merger.Progress> running = new java.util.concurrent.ConcurrentHashMap<>();
    private final EngineServices services;
    private final Mutations mutations;
    // empty parts published only to cover their sources (DROP PARTITION, mutations deleting
    // every row): no longer active, deleted once the parts they cover are gone (commitLock)
    private final List<DataPart> retired = new ArrayList<>();
    private volatile boolean mergesStopped;
    private final InsertGate inserts = new InsertGate();

    MergeTreeTable(TableDefinition definition, MergeMode mode, Path dir, boolean attach, EngineServices services) {
        this.schema = new MergeTreeSchema(definition, mode, services);
        this.services = services;
        // an in-memory catalog (strata local without --path, tests) still stores parts on disk,
        // in a directory of its own removed when the table is dropped or the JVM exits
        this.dir = dir != null ? dir : TemporaryTables.create();
        this.mutations = new Mutations(this, this.dir);
        try {
            Files.createDirectories(this.dir);
            recover();
            mutations.load();
            installSchema(schema);
            loadParts();
            blockNumber = Math.max(blockNumber, mutations.maxVersion());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open table directory " + this.dir, e);
        }
        // mutations left unfinished by the previous run resume in the background
        if (!mutations.needingMutation(active).isEmpty()) afterInsert();
    }

    public MergeTreeSchema schema() {
        return schema;
    }

    public Path directory() {
        return dir;
    }

    @Override
    public Path dataDirectory() {
        return dir;
    }

    /** The active parts, sorted by partition and block range (a snapshot). */
    public List<DataPart> activeParts() {
        return active;
    }

    @Override
    public String engineName() {
        return schema.mode().engineName();
    }

    @Override
    public EnumSet<Capability> capabilities() {
        return EnumSet.of(Capability.FINAL, Capability.PREWHERE, Capability.PARTITIONS, Capability.INSERT,
                Capability.TRUNCATE, Capability.EXACT_ROW_COUNT, Capability.TTL, Capability.READ_IN_ORDER);
    }

    // start-up -----------------------------------------------------------------------------

    /** Completes half-published inserts (commit records) and removes temporary directories. */
    private void recover() throws IOException {
        List<Path> entries = list(dir);
        for (Path p : entries) {
            String n = p.getFileName().toString();
            if (n.startsWith(CommitRecord.PREFIX) && n.endsWith(CommitRecord.TEMPORARY_SUFFIX)) {
                Files.deleteIfExists(p);
            }
        }
        for (Path p : entries) {
            String n = p.getFileName().toString();
            if (n.startsWith(CommitRecord.PREFIX) && n.endsWith(CommitRecord.SUFFIX)) {
                CommitRecord.complete(dir, p);
            }
        }
        for (Path p : list(dir)) {
            if (p.getFileName().toString().startsWith(PartFiles.TEMPORARY_PREFIX)) PartDirectories.deleteRecursively(p);
        }
        PartWriter.fsyncDirectory(dir);
    }

    private void loadParts() throws IOException {
        List<DataPart> loaded = new ArrayList<>();
        for (Path p : list(dir)) {
            if (!Files.isDirectory(p)) continue;
            String n = p.getFileName().toString();
            PartInfo info = PartInfo.tryParse(n);
            if (info == null) continue;
            blockNumber = Math.max(blockNumber, info.maxBlock());
            try {
                loaded.add(DataPart.load(p, schema));
            } catch (DbException e) {
                Path detached = dir.resolve(PartFiles.DETACHED);
                Files.createDirectories(detached);
                Path target = detached.resolve("broken_" + n);
                if (Files.exists(target)) target = detached.resolve("broken_" + n + "_" + System.currentTimeMillis());
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                LOG.log(System.Logger.Level.ERROR, "Table " + schema.definition().database() + "." + schema.definition().name()
                        + ": part " + n + " is broken and was moved to " + dir.relativize(target) + ": " + e.getMessage());
            }
        }
        // parts covered by a merged (or mutated) part are leftovers of work whose sources were not yet removed
        loaded.sort(Comparator.comparing(DataPart::info));
        List<DataPart> kept = new ArrayList<>();
        for (DataPart p : loaded) {
            boolean covered = false;
            for (DataPart q : loaded) {
                if (q != p && q.info().contains(p.info()) && !q.info().equals(p.info())) {
                    covered = true;
                    break;
                }
            }
            if (covered) PartDirectories.removePart(p.directory());
            else kept.add(p);
        }
        // an empty part only covers parts removed above (a dropped partition, a merge or mutation
        // that left no rows): it goes once they are gone
        for (var it = kept.iterator(); it.hasNext(); ) {
            DataPart p = it.next();
            if (p.rows() == 0) {
                PartDirectories.deleteRecursively(p.directory());
                it.remove();
            }
        }
        active = List.copyOf(kept);
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(out::add);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    // reads --------------------------------------------------------------------------------

    @Override
    public List<ChunkSource> read(Header columns, ReadRequest request) {
        // parts are held while the plan reads their indexes (readers then hold their own), so that
        // a merge finishing meanwhile cannot remove a part's files under the planner
        List<DataPart> snapshot;
        synchronized (commitLock) {
            snapshot = active;
            for (DataPart p : snapshot) p.acquire();
        }
        try {
            return read(snapshot, columns, request);
        } finally {
            for (DataPart p : snapshot) p.release();
        }
    }

    /**
     * Late materialization (see {@link LazyPartRows}): not with FINAL of a collapsing family, nor
     * when some part needs conversions to be read as the current definition.
     */
    @Override
    public io.strata.core.table.LazyRows readLazily(Header columns, ReadRequest request) {
        if (request.finalMode() && schema.mode() != MergeMode.ORDINARY) return null;
        List<DataPart> snapshot;
        synchronized (commitLock) {
            snapshot = active;
            for (DataPart p : snapshot) p.acquire();
        }
        LazyPartRows lazy = null;
        try {
            AlterConversions reading = conversions;
            lazy = LazyPartRows.open(snapshot, reading, new ReadPlanner(reading.schema(), request, services), columns, request);
            return lazy;
        } finally {
            // on success the lazy read owns the references until it is closed
            if (lazy == null) for (DataPart p : snapshot) p.release();
        }
    }

    private List<ChunkSource> read(List<DataPart> snapshot, Header columns, ReadRequest request) {
        if (request.finalMode() && schema.mode() != MergeMode.ORDINARY) {
            return FinalReading.read(this, snapshot, columns, request);
        }
        List<ChunkSource> out = new ArrayList<>();
        AlterConversions reading = conversions;
        ReadPlanner planner = new ReadPlanner(reading.schema(), request, services);
        ChunkSource inOrder = ReadInOrder.open(reading.schema(), snapshot, planner, columns, request, services,
                (part, ranges) -> reading.reader(part, columns, ranges));
        if (inOrder != null) return List.of(inOrder);
        var prewhere = PartReader.prewherePays(request.filter(), columns) && ReadPlanner.enabled(request, "optimize_move_to_prewhere")
                ? request.filter() : null;
        List<DataPart> parts = new ArrayList<>();
        List<List<MarkRange>> partRanges = new ArrayList<>();
        long rows = 0;
        for (DataPart part : snapshot) {
            List<MarkRange> ranges = planner.markRanges(part);
            if (ranges.isEmpty()) continue;
            parts.add(part);
            partRanges.add(ranges);
            for (MarkRange r : ranges) rows += part.granuleStart(r.end()) - part.granuleStart(r.begin());
        }
        ReadOptions options = ReadPlanner.readOptions(rows, request);
        if (ReadPlanner.streams(rows, request) == 1 && parts.size() > 0) {
            for (int i = 0; i < parts.size(); i++) {
                out.add(withTopN(reading.reader(parts.get(i), columns, partRanges.get(i), true, prewhere, options), request));
            }
            return out.size() == 1 ? out : List.of(new ChainedReaders(out));
        }
        // a top-N over granules earlier reads learnt: the most promising ones first, across parts
        List<ReadPlanner.OrderedMorsel> ordered = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<ReadPlanner.OrderedMorsel> m = request.topN() == null ? null
                    : ReadPlanner.topNMorsels(parts.get(i), partRanges.get(i), columns, request.topN(), request.maxThreads());
            if (m != null) {
                ordered.addAll(m);
                continue;
            }
            for (List<MarkRange> morsel : ReadPlanner.morsels(partRanges.get(i), snapshot.size(), request.maxThreads())) {
                out.add(withTopN(reading.reader(parts.get(i), columns, morsel, true, prewhere, options), request));
            }
        }
        if (!ordered.isEmpty()) {
            long[] order = new long[ordered.size()];
            for (int k = 0; k < order.length; k++) order[k] = ordered.get(k).order();
            int[] index = ReadPlanner.sortedPositions(order);
            List<ChunkSource> first = new ArrayList<>();
            for (int k : index) {
                ReadPlanner.OrderedMorsel m = ordered.get(k);
                first.add(withTopN(reading.reader(m.part(), columns, m.ranges(), true, prewhere, options), request));
            }
            first.addAll(out);
            return first;
        }
        return out;
    }

    /** A plain part reader made to skip granules beyond the request's top-N bound (converting readers read all). */
    private ChunkSource withTopN(ChunkSource reader, ReadRequest request) {
        return request.topN() != null && reader instanceof PartReader r ? r.withTopN(request.topN(), schema.skipIndexes()) : reader;
    }

    /** The row count from part metadata, or -1 when parts hold deleted rows (a lightweight delete's mask). */
    @Override
    public long totalRows() {
        long n = 0;
        for (DataPart p : active) n += p.rows() - RowMasks.deletedRows(p);
        return n;
    }

    /** The column ClickHouse's lightweight DELETE adds to mark deleted rows: counts must then read it. */
    static final String ROW_EXISTS_COLUMN = "_row_exists";

    // data-skipping indexes ---------------------------------------------------------------

    @Override
    public void alterIndexes(TableDefinition definition) {
        MergeTreeSchema next = new MergeTreeSchema(definition, schema.mode(), services);
        synchronized (commitLock) {
            schema = next;
            conversions = new AlterConversions(next, services, mutations.all());
        }
    }

    @Override
    public void materializeIndex(String name, String partition) {
        SkipIndex index = null;
        for (SkipIndex i : schema.skipIndexes()) if (i.name().equals(name)) index = i;
        if (index == null) throw new DbException(ErrorCode.BAD_ARGUMENTS, "Unknown index: " + name);
        String partitionId = partition == null ? null : partitionIdOf(partition);
        // merges are held off so that no part is being replaced while its index is built
        mergeLock.lock();
        try {
            IndexMaterializer.run(this, index, partitionId);
        } finally {
            mergeLock.unlock();
        }
    }

    @Override
    public long totalBytes() {
        long n = 0;
        for (DataPart p : active) n += p.bytesOnDisk();
        return n;
    }

    @Override
    public List<io.strata.core.table.PartSummary> parts() {
        List<io.strata.core.table.PartSummary> out = new ArrayList<>();
        List<DataPart> old;
        synchronized (commitLock) {
            old = new ArrayList<>(outdated);
        }
        for (DataPart p : active) out.add(summary(p, true));
        for (DataPart p : old) out.add(summary(p, false));
        return out;
    }

    private io.strata.core.table.PartSummary summary(DataPart p, boolean isActive) {
        List<io.strata.core.table.PartSummary.ColumnSummary> cols = new ArrayList<>();
        for (int i = 0; i < p.columns().size(); i++) {
            long[] b = p.columnBytes(p.columns().name(i));
            cols.add(new io.strata.core.table.PartSummary.ColumnSummary(p.columns().name(i), p.columns().type(i).name(), i + 1,
                    b[0], b[1], b[2]));
        }
        long[] data = p.dataBytes();
        PartInfo i = p.info();
        return new io.strata.core.table.PartSummary(partitionText(p), i.partitionId(), p.name(), isActive, p.rows(),
                p.bytesOnDisk(), data[0], data[1], p.granules(), data[2], i.minBlock(),
                i.maxBlock(), i.level(), i.dataVersion(), p.modificationTime(), p.type().displayName(), p.directory().toString() + "/", cols);
    }

    /** The partition value as ClickHouse prints it in system.parts: tuple() without a key. */
    String partitionText(DataPart p) {
        io.strata.core.column.Column[] v = p.partitionValue();
        if (v.length == 0) return "tuple()";
        io.strata.core.io.WriteBuffer out = new io.strata.core.io.WriteBuffer();
        io.strata.core.format.FormatSettings fs = io.strata.core.format.FormatSettings.DEFAULT;
        if (v.length > 1) out.write('(');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) out.write(',');
            io.strata.core.type.DataType t = schema.partitionHeader().type(k);
            if (t.isString() || t.unwrap().isString()) t.text().writeQuoted(v[k], 0, out, fs);
            else t.text().writeText(v[k], 0, out, fs);
        }
        if (v.length > 1) out.write(')');
        return out.toString();
    }

    @Override
    public List<CheckResult> check() {
        List<CheckResult> out = new ArrayList<>();
        for (DataPart p : active) {
            try {
                p.verifyAll();
                out.add(new CheckResult(p.name(), true, ""));
            } catch (DbException e) {
                out.add(new CheckResult(p.name(), false, e.getMessage()));
            } catch (IOException e) {
                out.add(new CheckResult(p.name(), false, "Cannot read part " + p.name() + ": " + e));
            }
        }
        return out;
    }

    @Override
    public String sortingKey() {
        return String.join(", ", schema.sortingKey());
    }

    @Override
    public String primaryKey() {
        return String.join(", ", schema.sortingKey().subList(0, schema.primaryKeySize()));
    }

    /** The PARTITION BY expression as written (a tuple keeps its parentheses, as in ClickHouse). */
    @Override
    public String partitionKey() {
        String p = schema.definition().engine().partitionBy();
        return p == null ? "" : p;
    }

    @Override
    public List<io.strata.core.table.DetachedPart> detachedParts() {
        return DetachedParts.list(dir.resolve(PartFiles.DETACHED));
    }

    // writes -------------------------------------------------------------------------------

    @Override
    public TableWriter writer() {
        return writer(null);
    }

    @Override
    public TableWriter writer(io.strata.core.settings.Settings querySettings) {
        checkClosed();
        InsertThrottle.beforeInsert(this);
        inserts.enter();
        return new MergeTreeWriter(this, CompressBlockSizes.of(schema.settings(), querySettings));
    }

    /** An insert is committed or aborted. */
    void endWrite() {
        inserts.exit();
    }

    /** Held by an ALTER that changes the schema, see InsertGate. */
    InsertGate insertGate() {
        return inserts;
    }

    /** A fresh directory for a part being written. */
    Path temporaryDirectory(String purpose) {
        return dir.resolve(PartFiles.TEMPORARY_PREFIX + purpose + "_" + UUID.randomUUID());
    }

    /**
     * Publishes written parts: assigns block numbers in commit order, renames the temporary
     * directories to their part names (through a commit record when there are several) and
     * makes them active.
     */
    void commitInserted(List<Path> temporary, List<String> partitionIds) {
        if (temporary.isEmpty()) return;
        synchronized (commitLock) {
            checkClosed();
            List<Path> finals = new ArrayList<>();
            for (String pid : partitionIds) {
                long b = ++blockNumber;
                finals.add(dir.resolve(new PartInfo(pid, b, b, 0, 0).name()));
            }
            try {
                if (temporary.size() == 1) {
                    Files.move(temporary.get(0), finals.get(0), StandardCopyOption.ATOMIC_MOVE);
                    PartWriter.fsyncDirectory(dir);
                } else {
                    CommitRecord.publish(dir, temporary, finals);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot publish parts in " + dir, e);
            }
            List<DataPart> added = new ArrayList<>();
            for (Path f : finals) added.add(DataPart.load(f, schema));
            List<DataPart> next = new ArrayList<>(active);
            next.addAll(added);
            next.sort(Comparator.comparing(DataPart::info));
            active = List.copyOf(next);
        }
        afterInsert();
    }

    /**
     * Replaces {@code sources} (all active) by the part written in {@code temporary} with the
     * given identity, atomically for readers: rename, load, swap. Sources become outdated and are
     * removed once no reader holds them.
     */
    DataPart commitReplacement(List<DataPart> sources, Path temporary, PartInfo info) {
        synchronized (commitLock) {
            checkClosed();
            for (DataPart s : sources) {
                if (!active.contains(s)) {
                    PartDirectories.deleteRecursively(temporary);
                    throw new DbException(ErrorCode.NO_SUCH_DATA_PART, "Part " + s.name() + " is no longer active");
                }
            }
            Path target = dir.resolve(info.name());
            DataPart part = null;
            try {
                if (temporary != null) {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                    PartWriter.fsyncDirectory(dir);
                    part = DataPart.load(target, schema);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot publish part " + info.name(), e);
            }
            List<DataPart> next = new ArrayList<>(active);
            next.removeAll(sources);
            if (part != null) next.add(part);
            next.sort(Comparator.comparing(DataPart::info));
            active = List.copyOf(next);
            for (DataPart s : sources) {
                s.markOutdated();
                outdated.add(s);
            }
            return part;
        }
        // files of outdated parts go in removeOutdated(), called by the background work
    }

    /**
     * Deletes outdated parts no reader holds (or older than old_parts_lifetime). Under the merge
     * lock, and never once the table is closed: close() waits on that lock, so no part directory
     * is renamed or deleted under a caller that removes the table's directory after closing it
     * (the next start-up deletes what is left).
     */
    void removeOutdated() {
        mergeLock.lock();
        try {
            if (!closed) removeOutdatedLocked();
        } finally {
            mergeLock.unlock();
        }
    }

    private void removeOutdatedLocked() {
        List<DataPart> victims = new ArrayList<>();
        long lifetime = schema.settings().get("old_parts_lifetime") * 1000;
        synchronized (commitLock) {
            long now = System.currentTimeMillis();
            for (var it = outdated.iterator(); it.hasNext(); ) {
                DataPart p = it.next();
                if (!p.inUse() || now - p.outdatedSince() > lifetime) {
                    victims.add(p);
                    it.remove();
                }
            }
        }
        for (DataPart p : victims) PartDirectories.removePart(p.directory());
        List<DataPart> emptied = new ArrayList<>();
        synchronized (commitLock) {
            for (var it = retired.iterator(); it.hasNext(); ) {
                DataPart r = it.next();
                boolean covering = false;
                for (DataPart o : outdated) covering |= r.info().contains(o.info());
                if (!covering) {
                    emptied.add(r);
                    it.remove();
                }
            }
        }
        for (DataPart p : emptied) PartDirectories.removePart(p.directory());
    }

    /**
     * Takes an empty part (published to cover the parts it replaced) out of the active set; its
     * directory is deleted after those of the parts it covers, so a restart in between still
     * finds them covered.
     */
    void retireEmpty(DataPart part) {
        synchronized (commitLock) {
            if (!active.contains(part)) return;
            List<DataPart> next = new ArrayList<>(active);
            next.remove(part);
            active = List.copyOf(next);
            retired.add(part);
        }
    }

    /** Runs one background merge if the selector finds one; returns whether it merged. */
    boolean mergeOnce() {
        if (!mergeLock.tryLock()) return false;
        try {
            if (mergesStopped || closed) return false;
            if (mutations.mutateOnce()) return true;
            List<DataPart> chosen = MergeSelector.select(active, mutations.needingMutation(active), schema.settings());
            if (chosen == null) return TtlMerges.mergeOnce(this, mutations.needingMutation(active));
            runMerge(chosen);
            return true;
        } finally {
            mergeLock.unlock();
        }
    }

    DataPart runMerge(List<DataPart> parts) {
        return runMerge(parts, false);
    }

    DataPart runMerge(List<DataPart> parts, boolean deduplicate) {
        long rows = 0;
        for (DataPart p : parts) rows += p.rows();
        Merger.Progress progress = new Merger.Progress(rows);
        running.put(parts, progress);
        try {
            return Merger.merge(this, parts, progress, deduplicate);
        } finally {
            running.remove(parts);
        }
    }

    @Override
    public void optimize(String partition, boolean finalMerge, boolean deduplicate) {
        String partitionId = partition == null ? null : partitionIdOf(partition);
        mergeLock.lock();
        try {
            // merged parts must share a data version: bring every part through pending mutations
            // first; parts a failing mutation holds back stay out of the merge
            try {
                mutations.applyAll();
            } catch (DbException e) {
                LOG.log(System.Logger.Level.WARNING, "OPTIMIZE of " + schema.definition().name() + ": " + e.getMessage());
            }
            java.util.Set<DataPart> pending = mutations.needingMutation(active);
            boolean merged = false;
            if (!finalMerge) {
                List<DataPart> candidates = active;
                if (partitionId != null) candidates = candidates.stream().filter(p -> p.info().partitionId().equals(partitionId)).toList();
                List<DataPart> chosen = MergeSelector.select(candidates, pending, schema.settings());
                if (chosen == null && candidates.size() >= 2) {
                    // OPTIMIZE without FINAL still merges something when it can: the first partition's parts
                    String pid = candidates.get(0).info().partitionId();
                    chosen = candidates.stream().filter(p -> p.info().partitionId().equals(pid)).toList();
                    if (chosen.size() < 2 || chosen.stream().anyMatch(pending::contains)) chosen = null;
                }
                if (chosen != null) {
                    runMerge(chosen, deduplicate);
                    merged = true;
                }
            } else {
                java.util.Map<String, List<DataPart>> byPartition = new java.util.TreeMap<>();
                for (DataPart p : active) byPartition.computeIfAbsent(p.info().partitionId(), k -> new ArrayList<>()).add(p);
                for (var e : byPartition.entrySet()) {
                    if (partitionId != null && !partitionId.equals(e.getKey())) continue;
                    if (e.getValue().stream().anyMatch(pending::contains)) continue;
                    runMerge(e.getValue(), deduplicate);
                    merged = true;
                }
            }
            if (!merged && services.settings().getBool("optimize_throw_if_noop")) {
                throw new DbException(ErrorCode.CANNOT_ASSIGN_OPTIMIZE, "There are no parts to merge");
            }
        } finally {
            mergeLock.unlock();
        }
        removeOutdated();
    }

    /**
     * A PARTITION clause's partition id: {@code ID 'x'} as given, otherwise the expression's
     * value (a tuple for a multi-column key) run through the partition id rule.
     */
    String partitionIdOf(String spec) {
        String s = spec.strip();
        if (s.regionMatches(true, 0, "ID ", 0, 3)) {
            String q = s.substring(3).strip();
            return q.substring(1, q.length() - 1).replace("\\'", "'");
        }
        List<String> elements = schema.partitionKey().size() == 1 ? List.of(s) : TupleElements.split(s);
        if (elements.size() != schema.partitionKey().size()) {
            throw new DbException(ErrorCode.INVALID_PARTITION_VALUE, "Wrong number of fields in the partition expression: "
                    + elements.size() + ", must be: " + schema.partitionKey().size());
        }
        io.strata.core.column.Column[] values = new io.strata.core.column.Column[elements.size()];
        io.strata.core.block.Chunk one = new io.strata.core.block.Chunk(new io.strata.core.column.Column[0], 1);
        for (int i = 0; i < values.length; i++) {
            var e = services.compile("CAST(" + elements.get(i) + " AS " + schema.partitionHeader().type(i).name() + ")", Header.EMPTY);
            values[i] = e.evaluate(one).materialize();
        }
        return PartitionId.of(schema.partitionHeader(), values, 0);
    }

    @Override
    public List<io.strata.core.table.BackgroundTask> backgroundTasks() {
        List<io.strata.core.table.BackgroundTask> out = new ArrayList<>();
        for (var e : running.entrySet()) {
            List<DataPart> parts = e.getKey();
            Merger.Progress p = e.getValue();
            long min = Long.MAX_VALUE, max = 0, bytes = 0;
            int level = 0;
            for (DataPart d : parts) {
                min = Math.min(min, d.info().minBlock());
                max = Math.max(max, d.info().maxBlock());
                level = Math.max(level, d.info().level());
                bytes += d.compressedBytes();
            }
            String pid = parts.get(0).info().partitionId();
            out.add(new io.strata.core.table.BackgroundTask(new PartInfo(pid, min, max, level + 1, 0).name(),
                    parts.stream().map(DataPart::name).toList(), System.currentTimeMillis() - p.started,
                    p.totalRows == 0 ? 1 : Math.min(1.0, p.rowsWritten / (double) p.totalRows), p.rowsWritten, p.rowsWritten,
                    bytes, false, pid));
        }
        return out;
    }

    /** Called after each published insert: wakes background merges. */
    void afterInsert() {
        BackgroundMerges.onInsert(this);
    }

    @Override
    public void truncate() {
        // each partition is covered by an empty part in one rename: an acknowledged TRUNCATE stays
        // done across a crash, and an interrupted one leaves every partition whole or gone
        mergeLock.lock();
        try {
            java.util.Set<String> partitions = new java.util.TreeSet<>();
            for (DataPart p : active) partitions.add(p.info().partitionId());
            for (String pid : partitions) PartitionCommands.drop(this, pid);
        } finally {
            mergeLock.unlock();
        }
        removeOutdated();
    }

    @Override
    public void drop() {
        close();
        // a merge still running writes into the directory: wait until it sees the shutdown and stops
        mergeLock.lock();
        try {
            ReadCaches.invalidate(dir);
            PartDirectories.deleteRecursively(dir);
        } finally {
            mergeLock.unlock();
        }
    }

    @Override
    public void close() {
        closed = true;
        BackgroundMerges.forget(this);
        // a merge already running writes into the directory until it ends: wait for it, so that a
        // closed table's files stay as they are (tests delete the directory right after)
        mergeLock.lock();
        mergeLock.unlock();
    }

    boolean isClosed() {
        return closed;
    }

    private void checkClosed() {
        if (closed) throw new DbException(ErrorCode.ABORTED, "Table " + schema.definition().name() + " is shut down");
    }

    EngineServices services() {
        return services;
    }

    /** The current schema and how parts written under earlier ones are read as it (a snapshot). */
    AlterConversions conversions() {
        return conversions;
    }

    /** Makes {@code next} the table's schema, read through the current mutations (commitLock held or start-up). */
    void installSchema(MergeTreeSchema next) {
        synchronized (commitLock) {
            schema = next;
            conversions = new AlterConversions(next, services, mutations.all());
        }
    }

    java.util.concurrent.locks.ReentrantLock mergeLock() {
        return mergeLock;
    }

    Mutations mutationLog() {
        return mutations;
    }

    // ALTER ----------------------------------------------------------------------------------

    @Override
    public void checkAlter(TableDefinition next, List<io.strata.core.table.AlterChange> changes) {
        TableAlter.check(this, next, changes);
    }

    @Override
    public void alter(TableDefinition next, List<io.strata.core.table.AlterChange> changes) {
        checkClosed();
        TableAlter.apply(this, next, changes);
    }

    @Override
    public String mutate(List<io.strata.core.table.MutationCommand> commands, boolean wait) {
        checkClosed();
        MutationEntry e = mutations.add(MutationCommands.toSteps(this, commands), null);
        if (wait) mutations.waitFor(e);
        else afterInsert();
        return e.id();
    }

    @Override
    public boolean killMutation(String mutationId) {
        boolean killed = mutations.kill(mutationId);
        if (killed) afterInsert();
        return killed;
    }

    @Override
    public List<io.strata.core.table.MutationSummary> mutations() {
        return mutations.summaries();
    }

    @Override
    public void alterPartition(io.strata.core.table.PartitionAction action, String partition) {
        checkClosed();
        PartitionCommands.run(this, action, partitionIdOf(partition));
    }

    @Override
    public void stopMerges(boolean stop) {
        mergesStopped = stop;
        if (!stop) afterInsert();
    }

    /** Publishes a part moved in from detached/ under a fresh block number; returns it. */
    DataPart commitAttached(Path detachedPart, String partitionId) {
        synchronized (commitLock) {
            checkClosed();
            long b = ++blockNumber;
            Path target = dir.resolve(new PartInfo(partitionId, b, b, 0, 0).name());
            try {
                Files.move(detachedPart, target, StandardCopyOption.ATOMIC_MOVE);
                PartWriter.fsyncDirectory(dir);
                PartWriter.fsyncDirectory(detachedPart.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot attach part " + detachedPart.getFileName(), e);
            }
            DataPart part = DataPart.load(target, schema);
            List<DataPart> next = new ArrayList<>(active);
            next.add(part);
            next.sort(Comparator.comparing(DataPart::info));
            active = List.copyOf(next);
            return part;
        }
    }

    /** Takes parts out of the active set (DETACH PARTITION); their files go once no reader holds them. */
    void deactivate(List<DataPart> parts) {
        synchronized (commitLock) {
            List<DataPart> next = new ArrayList<>(active);
            next.removeAll(parts);
            active = List.copyOf(next);
            for (DataPart p : parts) {
                p.markOutdated();
                outdated.add(p);
            }
        }
    }

    Object commitLock() {
        return commitLock;
    }

    long nextBlockNumber() {
        synchronized (commitLock) {
            return ++blockNumber;
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
