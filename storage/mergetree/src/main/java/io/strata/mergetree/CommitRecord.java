package io.strata.mergetree;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * Publishing several parts as one insert. Directory renames are atomic one by one, not as a
 * group, so the intent is written first: {@code commit_<uuid>.txt} lists each temporary
 * directory and its part name. The record is itself written to a temporary name, fsynced and
 * renamed, so it is either absent (nothing published: start-up deletes the temporary parts) or
 * complete (start-up finishes the renames). The record is deleted after the last rename.
 */
final class CommitRecord {
    static final String PREFIX = "commit_";
    static final String SUFFIX = ".txt";
    static final String TEMPORARY_SUFFIX = ".tmp";

    private CommitRecord() {
    }

    static void publish(Path tableDir, List<Path> temporary, List<Path> finals) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < temporary.size(); i++) {
            sb.append(temporary.get(i).getFileName()).append('\t').append(finals.get(i).getFileName()).append('\n');
        }
        String id = UUID.randomUUID().toString();
        Path tmp = tableDir.resolve(PREFIX + id + TEMPORARY_SUFFIX);
        Path record = tableDir.resolve(PREFIX + id + SUFFIX);
        try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.getChannel().force(true);
        }
        Files.move(tmp, record, StandardCopyOption.ATOMIC_MOVE);
        PartWriter.fsyncDirectory(tableDir);
        complete(tableDir, record);
    }

    /** Performs the renames a record lists that are not done yet, then removes the record. */
    static void complete(Path tableDir, Path record) throws IOException {
        for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) continue;
            Path from = tableDir.resolve(line.substring(0, tab));
            Path to = tableDir.resolve(line.substring(tab + 1));
            if (Files.exists(from) && !Files.exists(to)) Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
        PartWriter.fsyncDirectory(tableDir);
        Files.deleteIfExists(record);
        PartWriter.fsyncDirectory(tableDir);
    }
}
