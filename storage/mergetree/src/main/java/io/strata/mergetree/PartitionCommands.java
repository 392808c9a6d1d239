package io.strata.mergetree;

import io.strata.core.table.PartitionAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ALTER TABLE t DROP | DETACH | ATTACH PARTITION p} and {@code DROP DETACHED PARTITION p}.
 * <ul>
 * <li>DROP publishes one empty part covering the partition's parts (one atomic rename makes them
 *     all obsolete, also across a restart) and then retires it.</li>
 * <li>DETACH copies each part into {@code detached/} by hard links (a temporary directory renamed
 *     into place) and takes it out of the active set; its own files go once no reader holds it.</li>
 * <li>ATTACH moves the partition's parts found in {@code detached/} back, each under a fresh block
 *     number at level 0, as ClickHouse does: they count as newly inserted data.</li>
 * <li>DROP DETACHED deletes the partition's parts from {@code detached/}.</li>
 * </ul>
 * All run under the table's merge lock, so no merge or mutation is rewriting the parts meanwhile.
 */
final class PartitionCommands {
    /** Name prefixes ClickHouse gives detached parts it set aside; DROP DETACHED also removes those. */
    private static final List<String> DETACHED_PREFIXES = List.of("broken_", "ignored_", "unexpected_", "broken-on-start_");

    private PartitionCommands() {
    }

    static void run(MergeTreeTable table, PartitionAction action, String partitionId) {
        table.mergeLock().lock();
        try {
            switch (action) {
                case DROP -> drop(table, partitionId);
                case DETACH -> detach(table, partitionId);
                case ATTACH -> attach(table, partitionId);
                case DROP_DETACHED -> dropDetached(table, partitionId);
            }
        } finally {
            table.mergeLock().unlock();
        }
        table.removeOutdated();
        if (action == PartitionAction.ATTACH) table.afterInsert();
    }

    private static List<DataPart> partsOf(MergeTreeTable table, String partitionId) {
        List<DataPart> out = new ArrayList<>();
        for (DataPart p : table.activeParts()) if (p.info().partitionId().equals(partitionId)) out.add(p);
        return out;
    }

    /**
     * Replaces every part of a partition by one empty part covering them (one atomic rename), so
     * that a crash at any moment leaves the partition either whole or gone. Caller holds the
     * table's merge lock.
     */
    static void drop(MergeTreeTable table, String partitionId) {
        List<DataPart> parts = partsOf(table, partitionId);
        if (parts.isEmpty()) return;
        long min = Long.MAX_VALUE, max = 0, mutation = 0;
        int level = 0;
        for (DataPart p : parts) {
            min = Math.min(min, p.info().minBlock());
            max = Math.max(max, p.info().maxBlock());
            level = Math.max(level, p.info().level());
            mutation = Math.max(mutation, p.info().mutation());
        }
        PartInfo covering = new PartInfo(partitionId, min, max, level + 1, mutation);
        MergeTreeSchema schema = table.schema();
        Path tmp = table.temporaryDirectory("drop_" + covering.name());
        try (PartWriter empty = new PartWriter(tmp, schema, schema.header(), PartType.choose(schema.settings(), 0, 0), 0, 0)) {
            empty.finish(parts.get(0).partitionValue(), Map.of());
        }
        DataPart part = table.commitReplacement(parts, tmp, covering);
        if (part != null) table.retireEmpty(part);
    }

    private static void detach(MergeTreeTable table, String partitionId) {
        List<DataPart> parts = partsOf(table, partitionId);
        if (parts.isEmpty()) return;
        Path detached = table.directory().resolve(PartFiles.DETACHED);
        try {
            Files.createDirectories(detached);
            for (DataPart p : parts) {
                Path tmp = table.temporaryDirectory("detach_" + p.name());
                Files.createDirectories(tmp);
                try (DirectoryStream<Path> files = Files.newDirectoryStream(p.directory())) {
                    for (Path f : files) Files.createLink(tmp.resolve(f.getFileName()), f);
                }
                PartWriter.fsyncDirectory(tmp);
                Path target = detached.resolve(p.name());
                for (int attempt = 1; Files.exists(target); attempt++) target = detached.resolve(p.name() + "_try" + attempt);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                PartWriter.fsyncDirectory(detached);
                table.deactivate(List.of(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot detach partition " + partitionId, e);
        }
    }

    private static void attach(MergeTreeTable table, String partitionId) {
        for (Path p : detachedParts(table, partitionId, false)) {
            DataPart.load(p, table.schema());
            table.commitAttached(p, partitionId);
        }
    }

    private static void dropDetached(MergeTreeTable table, String partitionId) {
        for (Path p : detachedParts(table, partitionId, true)) PartDirectories.deleteRecursively(p);
    }

    /** Directories in detached/ holding parts of the partition, in block order. */
    private static List<Path> detachedParts(MergeTreeTable table, String partitionId, boolean withPrefixes) {
        Path detached = table.directory().resolve(PartFiles.DETACHED);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(detached)) return out;
        List<Map.Entry<PartInfo, Path>> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(detached)) {
            for (Path p : ds) {
                if (!Files.isDirectory(p)) continue;
                String name = p.getFileName().toString();
                if (withPrefixes) {
                    for (String prefix : DETACHED_PREFIXES) {
                        if (name.startsWith(prefix)) name = name.substring(prefix.length());
                    }
                }
                PartInfo info = PartInfo.tryParse(name);
                if (info != null && info.partitionId().equals(partitionId)) found.add(Map.entry(info, p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + detached, e);
        }
        found.sort(Map.Entry.comparingByKey());
        for (Map.Entry<PartInfo, Path> e : found) out.add(e.getValue());
        return out;
    }
}
