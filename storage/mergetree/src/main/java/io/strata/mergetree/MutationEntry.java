package io.strata.mergetree;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutation of a table: its version (a block number taken from the table's counter, so parts
 * inserted later are not affected), creation time and commands, persisted as
 * {@code mutation_<version>.txt} in the table directory. A part whose data version is below the
 * version still has to be mutated; the entry records the last failure for system.mutations.
 *
 * <p>File format (UTF-8 text, one field per line): the header line {@link #HEADER}, then
 * {@code create time: <epoch millis>}, {@code commands: <n>}, and one line per command: the
 * kind's persisted name, then tab-separated fields (text, predicate, column, new name, partition
 * id, then name/expression pairs of assignments), each escaped ({@code \\}, {@code \t},
 * {@code \n}; {@code \N} for absent). The file is written to a temporary name, fsynced and
 * renamed, so it is either absent or complete.
 */
final class MutationEntry {
    static final String PREFIX = "mutation_";
    static final String SUFFIX = ".txt";
    static final String HEADER = "strata mutation, format version: 1";

    private final long version;
    private final long createTimeMillis;
    private final List<MutationStep> steps;
    private volatile String latestFailedPart = "";
    private volatile long latestFailTime;
    private volatile String latestFailReason = "";

    MutationEntry(long version, long createTimeMillis, List<MutationStep> steps) {
        this.version = version;
        this.createTimeMillis = createTimeMillis;
        this.steps = List.copyOf(steps);
    }

    long version() {
        return version;
    }

    long createTimeMillis() {
        return createTimeMillis;
    }

    List<MutationStep> steps() {
        return steps;
    }

    String id() {
        return fileName(version);
    }

    static String fileName(long version) {
        return PREFIX + version + SUFFIX;
    }

    /** The version a mutation file name carries, or -1 when the name is not one. */
    static long versionOf(String fileName) {
        if (!fileName.startsWith(PREFIX) || !fileName.endsWith(SUFFIX)) return -1;
        try {
            return Long.parseLong(fileName.substring(PREFIX.length(), fileName.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    String latestFailedPart() {
        return latestFailedPart;
    }

    long latestFailTime() {
        return latestFailTime;
    }

    String latestFailReason() {
        return latestFailReason;
    }

    void recordFailure(String part, String reason) {
        latestFailedPart = part;
        latestFailReason = reason == null ? "" : reason;
        latestFailTime = System.currentTimeMillis();
    }

    void clearFailure() {
        latestFailedPart = "";
        latestFailReason = "";
        latestFailTime = 0;
    }

    // persistence -------------------------------------------------------------------------

    /** Writes the entry durably: temporary file, fsync, rename, fsync of the directory. */
    void write(Path tableDir) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("create time: ").append(createTimeMillis).append('\n');
        sb.append("commands: ").append(steps.size()).append('\n');
        for (MutationStep s : steps) {
            sb.append(s.kind().persisted);
            for (String f : new String[] {s.text(), s.predicate(), s.column(), s.newName(), s.partitionId()}) {
                sb.append('\t').append(escape(f));
            }
            for (Map.Entry<String, String> a : s.assignments().entrySet()) {
                sb.append('\t').append(escape(a.getKey())).append('\t').append(escape(a.getValue()));
            }
            sb.append('\n');
        }
        Path tmp = tableDir.resolve(PartFiles.TEMPORARY_PREFIX + id());
        try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.getChannel().force(true);
        }
        Files.move(tmp, tableDir.resolve(id()), StandardCopyOption.ATOMIC_MOVE);
        PartWriter.fsyncDirectory(tableDir);
    }

    static MutationEntry read(Path file) throws IOException {
        String name = file.getFileName().toString();
        long version = versionOf(name);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (version < 0 || lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("create time: ")
                || !lines.get(2).startsWith("commands: ")) {
            throw new DbException(ErrorCode.CORRUPTED_DATA, "Bad mutation file " + file);
        }
        long created = Long.parseLong(lines.get(1).substring("create time: ".length()).strip());
        int n = Integer.parseInt(lines.get(2).substring("commands: ".length()).strip());
        if (lines.size() < 3 + n) throw new DbException(ErrorCode.CORRUPTED_DATA, "Truncated mutation file " + file);
        List<MutationStep> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(3 + i).split("\t", -1);
            MutationStep.Kind kind = MutationStep.Kind.ofPersisted(f[0]);
            if (kind == null || f.length < 6 || (f.length - 6) % 2 != 0) {
                throw new DbException(ErrorCode.CORRUPTED_DATA, "Unknown command in mutation file " + file + ": " + f[0]);
            }
            Map<String, String> assignments = new LinkedHashMap<>();
            for (int k = 6; k < f.length; k += 2) assignments.put(unescape(f[k]), unescape(f[k + 1]));
            steps.add(new MutationStep(kind, unescape(f[1]), unescape(f[2]), assignments, unescape(f[3]), unescape(f[4]),
                    unescape(f[5])));
        }
        return new MutationEntry(version, created, steps);
    }

    private static String escape(String s) {
        if (s == null) return "\\N";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        if (s.equals("\\N")) return null;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(d == 't' ? '\t' : d == 'n' ? '\n' : d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
