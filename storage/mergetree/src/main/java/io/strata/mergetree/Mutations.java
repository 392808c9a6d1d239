package io.strata.mergetree;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.MutationSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A table's mutations: the persisted entries ({@code mutation_<version>.txt}), loaded at start-up
 * so that unfinished ones resume, and their execution. A part still needs the mutations whose
 * version exceeds its data version; the background work mutates such parts one at a time
 * ({@link #mutateOnce}), and a caller that waits ({@code mutations_sync}, ALTER of columns)
 * mutates them itself ({@link #waitFor}). Both hold the table's merge lock, so a part is never
 * merged and mutated at once; parts still waiting for a mutation are not merged at all, which
 * keeps every merge's sources at the same data version.
 */
final class Mutations {
    private static final System.Logger LOG = System.getLogger("io.strata.mergetree");
    /** Finished mutations kept for system.mutations (ClickHouse's finished_mutations_to_keep). */
    private static final int FINISHED_TO_KEEP = 100;
    /** A part whose mutation failed is retried by the background work after this long. */
    private static final long RETRY_AFTER_MILLIS = 5000;

    private final MergeTreeTable table;
    private final Path dir;
    private final TreeMap<Long, MutationEntry> entries = new TreeMap<>(); // guarded by this

    Mutations(MergeTreeTable table, Path dir) {
        this.table = table;
        this.dir = dir;
    }

    /** Reads the persisted entries (temporary files were removed by the table's recovery). */
    void load() throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, MutationEntry.PREFIX + "*" + MutationEntry.SUFFIX)) {
            for (Path p : ds) {
                MutationEntry e = MutationEntry.read(p);
                synchronized (this) {
                    entries.put(e.version(), e);
                }
            }
        }
    }

    synchronized long maxVersion() {
        return entries.isEmpty() ? 0 : entries.lastKey();
    }

    synchronized List<MutationEntry> all() {
        return new ArrayList<>(entries.values());
    }

    synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries a part has not gone through yet, oldest first. */
    synchronized List<MutationEntry> pendingFor(DataPart part) {
        return new ArrayList<>(entries.tailMap(part.info().dataVersion(), false).values());
    }

    /** The parts among {@code parts} that still need a mutation (not to be merged meanwhile). */
    Set<DataPart> needingMutation(List<DataPart> parts) {
        long max = maxVersion();
        Set<DataPart> out = new HashSet<>();
        for (DataPart p : parts) if (p.info().dataVersion() < max) out.add(p);
        return out;
    }

    /**
     * Persists a new mutation with the next block number as its version, under the table's
     * commit lock so that it orders exactly against inserts: parts published before have lower
     * block numbers, parts published after higher. {@code schema}, when not null, becomes the
     * table's schema in the same step (an ALTER whose rewrite this mutation is).
     */
    MutationEntry add(List<MutationStep> steps, MergeTreeSchema schema) {
        synchronized (table.commitLock()) {
            long version = table.nextBlockNumber();
            MutationEntry e = new MutationEntry(version, System.currentTimeMillis(), steps);
            try {
                e.write(dir);
            } catch (IOException ex) {
                throw new UncheckedIOException("Cannot write mutation file in " + dir, ex);
            }
            synchronized (this) {
                entries.put(version, e);
            }
            table.installSchema(schema != null ? schema : table.schema());
            return e;
        }
    }

    /** KILL MUTATION: forgets the entry and removes its file; parts already mutated stay so. */
    boolean kill(String id) {
        long version = MutationEntry.versionOf(id);
        synchronized (table.commitLock()) {
            MutationEntry e;
            synchronized (this) {
                e = entries.remove(version);
            }
            if (e == null) return false;
            try {
                Files.deleteIfExists(dir.resolve(e.id()));
                PartWriter.fsyncDirectory(dir);
            } catch (IOException ex) {
                throw new UncheckedIOException("Cannot remove mutation file " + e.id(), ex);
            }
            table.installSchema(table.schema());
            return true;
        }
    }

    synchronized boolean contains(MutationEntry e) {
        return entries.get(e.version()) == e;
    }

    // execution ------------------------------------------------------------------------------

    /** Background work (merge lock held): mutates one part that needs it; false when none was. */
    boolean mutateOnce() {
        long now = System.currentTimeMillis();
        for (DataPart p : oldestFirst(table.activeParts())) {
            List<MutationEntry> pending = pendingFor(p);
            if (pending.isEmpty()) continue;
            boolean recentlyFailed = false;
            for (MutationEntry e : pending) {
                recentlyFailed |= e.latestFailedPart().equals(p.name()) && now - e.latestFailTime() < RETRY_AFTER_MILLIS;
            }
            if (recentlyFailed) continue;
            try {
                mutate(p, pending);
                return true;
            } catch (RuntimeException ex) {
                // recorded in the entries (system.mutations); retried after RETRY_AFTER_MILLIS
                LOG.log(System.Logger.Level.WARNING, "Mutation of part " + p.name() + " in " + dir + " failed: " + ex.getMessage());
                return false;
            }
        }
        return false;
    }

    /**
     * Mutates, in the caller's thread, every part the entry has not reached yet; throws
     * UNFINISHED when a part's mutation fails (the entry records the failure and stays).
     */
    void waitFor(MutationEntry entry) {
        table.mergeLock().lock();
        try {
            while (contains(entry)) {
                DataPart target = null;
                for (DataPart p : oldestFirst(table.activeParts())) {
                    if (p.info().dataVersion() < entry.version()) {
                        target = p;
                        break;
                    }
                }
                if (target == null) break;
                try {
                    mutate(target, pendingFor(target));
                } catch (DbException | UncheckedIOException ex) {
                    if (ex instanceof DbException db && db.code() == ErrorCode.NO_SUCH_DATA_PART) continue;
                    throw new DbException(ErrorCode.UNFINISHED, "Exception happened during execution of mutation '" + entry.id()
                            + "' with part '" + target.name() + "' reason: '" + ex.getMessage() + "'. This error maybe retryable or not. "
                            + "In case of unretryable error, mutation can be killed with KILL MUTATION query");
                }
            }
        } finally {
            table.mergeLock().unlock();
        }
        table.removeOutdated();
    }

    /** Applies every pending entry to every part (OPTIMIZE, which then merges parts of one version). */
    void applyAll() {
        MutationEntry last;
        synchronized (this) {
            last = entries.isEmpty() ? null : entries.lastEntry().getValue();
        }
        if (last != null) waitFor(last);
    }

    private void mutate(DataPart part, List<MutationEntry> pending) {
        try {
            new PartMutator(table).mutate(part, pending);
        } catch (RuntimeException ex) {
            if (!(ex instanceof DbException db && db.code() == ErrorCode.NO_SUCH_DATA_PART)) {
                for (MutationEntry e : pending) e.recordFailure(part.name(), ex.getMessage());
            }
            throw ex;
        }
        for (MutationEntry e : pending) {
            if (e.latestFailedPart().equals(part.name())) e.clearFailure();
        }
        forgetOldFinished();
    }

    private static List<DataPart> oldestFirst(List<DataPart> parts) {
        List<DataPart> out = new ArrayList<>(parts);
        out.sort(java.util.Comparator.comparingLong((DataPart p) -> p.info().dataVersion()).thenComparing(DataPart::info));
        return out;
    }

    /** Removes the files of finished mutations beyond the newest FINISHED_TO_KEEP. */
    private void forgetOldFinished() {
        long minVersion = Long.MAX_VALUE;
        for (DataPart p : table.activeParts()) minVersion = Math.min(minVersion, p.info().dataVersion());
        List<MutationEntry> finished = new ArrayList<>();
        synchronized (this) {
            for (MutationEntry e : entries.values()) if (e.version() <= minVersion) finished.add(e);
        }
        for (int i = 0; i < finished.size() - FINISHED_TO_KEEP; i++) kill(finished.get(i).id());
    }

    // system.mutations -------------------------------------------------------------------------

    List<MutationSummary> summaries() {
        List<DataPart> parts = table.activeParts();
        List<MutationSummary> out = new ArrayList<>();
        for (MutationEntry e : all()) {
            long todo = 0;
            for (DataPart p : parts) if (p.info().dataVersion() < e.version()) todo++;
            for (MutationStep s : e.steps()) {
                out.add(new MutationSummary(e.id(), s.text(), e.createTimeMillis(), e.version(), todo, todo == 0,
                        e.latestFailedPart(), e.latestFailTime(), e.latestFailReason()));
            }
        }
        return out;
    }
}
