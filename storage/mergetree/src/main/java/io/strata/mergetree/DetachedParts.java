package io.strata.mergetree;

import io.strata.core.table.DetachedPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists a table's {@code detached/} directory for system.detached_parts. A directory name is a
 * part name, optionally after one of ClickHouse's reason prefixes ({@code broken_all_1_1_0});
 * anything else is listed with {@code validName = false}.
 */
final class DetachedParts {
    /** The reasons ClickHouse writes as prefixes of detached part names. */
    private static final List<String> REASONS = List.of("broken", "unexpected", "noquorum", "ignored", "broken-on-start",
            "clone", "attaching", "deleting", "tmp-fetch", "covered-by-broken", "merge-not-byte-identical",
            "mutate-not-byte-identical", "broken-from-backup");

    private DetachedParts() {
    }

    static List<DetachedPart> list(Path detached) {
        if (!Files.isDirectory(detached)) return List.of();
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(detached)) {
            for (Path p : ds) if (Files.isDirectory(p)) dirs.add(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + detached, e);
        }
        dirs.sort(Comparator.naturalOrder());
        List<DetachedPart> out = new ArrayList<>();
        for (Path p : dirs) out.add(describe(p));
        return out;
    }

    private static DetachedPart describe(Path dir) {
        String name = dir.getFileName().toString();
        String reason = "";
        String partName = name;
        for (String r : REASONS) {
            if (name.startsWith(r + "_")) {
                reason = r;
                partName = name.substring(r.length() + 1);
                break;
            }
        }
        PartInfo info = PartInfo.tryParse(partName);
        long bytes = size(dir);
        if (info == null) return new DetachedPart(name, dir.toString(), bytes, false, null, null, 0, 0, 0);
        return new DetachedPart(name, dir.toString(), bytes, true, reason, info.partitionId(), info.minBlock(), info.maxBlock(),
                info.level());
    }

    /** Total size of the files under a directory; files vanishing meanwhile count as empty. */
    private static long size(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            long sum = 0;
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                try {
                    sum += Files.size(f);
                } catch (IOException ignored) {
                    // removed while listing: it no longer takes space
                }
            }
            return sum;
        } catch (IOException e) {
            return 0;
        }
    }
}
