package io.strata.mergetree;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * checksums.txt: for every other file of the part its size and CRC-32C, and for column data
 * files the uncompressed size. Written last, so a part with a valid checksums file is complete;
 * verified when a part is loaded (small files fully, data files by size — their compressed
 * blocks carry their own CityHash128) and fully by CHECK TABLE.
 */
final class Checksums {
    static final String HEADER = "strata part checksums, format version: 1";

    record Entry(long size, long crc, long uncompressedSize) {
    }

    private final Map<String, Entry> files = new TreeMap<>();

    void add(String file, long size, long crc, long uncompressedSize) {
        files.put(file, new Entry(size, crc, uncompressedSize));
    }

    Map<String, Entry> files() {
        return files;
    }

    String render() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append(files.size()).append(" files:\n");
        for (Map.Entry<String, Entry> e : files.entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue().size()).append('\t')
                    .append(String.format("%08x", e.getValue().crc())).append('\t').append(e.getValue().uncompressedSize()).append('\n');
        }
        return sb.toString();
    }

    static Checksums parse(String text, String partName) {
        String[] lines = text.split("\n");
        if (lines.length < 2 || !lines[0].equals(HEADER)) {
            throw new DbException(ErrorCode.CORRUPTED_DATA, "Bad checksums.txt header in part " + partName);
        }
        Checksums c = new Checksums();
        int n = Integer.parseInt(lines[1].substring(0, lines[1].indexOf(' ')));
        if (lines.length != n + 2) throw new DbException(ErrorCode.CORRUPTED_DATA, "Truncated checksums.txt in part " + partName);
        for (int i = 2; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            c.add(f[0], Long.parseLong(f[1]), Long.parseLong(f[2], 16), Long.parseLong(f[3]));
        }
        return c;
    }

    static long crcOf(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) crc.update(buf, 0, n);
        }
        return crc.getValue();
    }

    static long crcOf(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        return crc.getValue();
    }

    /** Verifies sizes of every file and the CRC of files that are not column data (or of all). */
    void verify(Path dir, String partName, boolean dataFilesToo) throws IOException {
        for (Map.Entry<String, Entry> e : files.entrySet()) {
            Path f = dir.resolve(e.getKey());
            if (!Files.exists(f)) {
                throw new DbException(ErrorCode.NO_FILE_IN_DATA_PART, "No file " + e.getKey() + " in part " + partName);
            }
            long size = Files.size(f);
            if (size != e.getValue().size()) {
                throw new DbException(ErrorCode.BAD_SIZE_OF_FILE_IN_DATA_PART, "File " + e.getKey() + " in part " + partName
                        + " has size " + size + ", expected " + e.getValue().size());
            }
            if (dataFilesToo || !e.getKey().endsWith(PartFiles.DATA_EXTENSION)) {
                long crc = crcOf(f);
                if (crc != e.getValue().crc()) {
                    throw new DbException(ErrorCode.CHECKSUM_DOESNT_MATCH, "Checksum doesn't match for file " + e.getKey()
                            + " in part " + partName + ": expected " + String.format("%08x", e.getValue().crc())
                            + ", actual " + String.format("%08x", crc));
                }
            }
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
