package io.strata.mergetree;

import io.strata.core.block.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A new version of a part built from hard links to the old one's files: what a mutation writes
 * when most of the part is unchanged (columns renamed or dropped, a lightweight-delete mask
 * added). Linked files keep their checksums; new files are added with theirs; columns.txt and
 * checksums.txt (last) are rewritten and the directory fsynced, so the clone is published like
 * any part, by renaming its directory.
 */
final class PartClone {
    private final DataPart source;
    private final Path dir;
    private final Checksums checksums = new Checksums();

    PartClone(DataPart source, Path dir) {
        this.source = source;
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create part directory " + dir, e);
        }
    }

    Path directory() {
        return dir;
    }

    Checksums checksums() {
        return checksums;
    }

    /** Links the source's file {@code from} as {@code to}, keeping its checksum entry. */
    void link(String from, String to) {
        Checksums.Entry e = source.checksums().files().get(from);
        if (e == null) return;
        try {
            Files.createLink(dir.resolve(to), source.directory().resolve(from));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot link " + from + " of part " + source.name(), ex);
        }
        checksums.add(to, e.size(), e.crc(), e.uncompressedSize());
    }

    /** Links every file of the source that is not a column's data or marks, nor columns.txt, nor in {@code except}. */
    void linkMetadata(java.util.Set<String> except) {
        for (Map.Entry<String, Checksums.Entry> f : source.checksums().files().entrySet()) {
            String name = f.getKey();
            if (name.endsWith(PartFiles.DATA_EXTENSION) || name.endsWith(PartFiles.MARKS_EXTENSION)
                    || name.equals(PartFiles.COMPACT_MARKS) || name.equals(PartFiles.COLUMNS) || except.contains(name)) {
                continue;
            }
            link(name, name);
        }
    }

    /** Links one column's data and marks files under a (possibly new) column name. */
    void linkColumn(String storedName, String newName) {
        link(PartFiles.dataFile(storedName), PartFiles.dataFile(newName));
        link(PartFiles.marksFile(storedName), PartFiles.marksFile(newName));
    }

    /** Links a compact part's data.bin and data.mrk3 (its columns keep their positions). */
    void linkCompactData() {
        link(PartFiles.COMPACT_DATA, PartFiles.COMPACT_DATA);
        link(PartFiles.COMPACT_MARKS, PartFiles.COMPACT_MARKS);
    }

    /** Writes a small new file (fsynced) and records its checksum. */
    void write(String file, String text) {
        try {
            ChecksummedFile f = new ChecksummedFile(dir.resolve(file));
            f.write(Checksums.utf8(text));
            f.finish();
            checksums.add(file, f.size(), f.crc(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + " in " + dir, e);
        }
    }

    /** Writes columns.txt for {@code columns}, then checksums.txt, and fsyncs the directory. */
    void finish(Header columns) {
        StringBuilder cols = new StringBuilder("columns format version: 1\n").append(columns.size()).append(" columns:\n");
        for (int i = 0; i < columns.size(); i++) {
            cols.append('`').append(columns.name(i).replace("\\", "\\\\").replace("`", "\\`")).append("` ")
                    .append(columns.type(i).name()).append('\n');
        }
        write(PartFiles.COLUMNS, cols.toString());
        try {
            ChecksummedFile cf = new ChecksummedFile(dir.resolve(PartFiles.CHECKSUMS));
            cf.write(Checksums.utf8(checksums.render()));
            cf.finish();
            PartWriter.fsyncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write part " + dir, e);
        }
    }
}
