package io.strata.mergetree;

import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.binary.NativeSerialization;
import java.nio.charset.StandardCharsets;

/**
 * One part's data-skipping index {@code skp_idx_<name>.idx}: one entry per
 * {@code granularity} granules, each summarizing every element expression of the index.
 * Layout (integers VarUInt unless said otherwise):
 * <pre>
 *   magic "STRSKP", format version byte (1), kind id byte (1 minmax, 2 set, 3 bloom_filter),
 *   signature (length + UTF-8: type, granularity, element expressions and types),
 *   granularity, entries, elements, then per element:
 *     minmax:       entries flag bytes (0 values, 1 values and NULLs, 2 only NULLs),
 *                   then Native values of the element type: min, max of entry 0, of entry 1...
 *     set:          per entry its distinct value count + 1 (0: more than max_rows, not stored),
 *                   then the total count and the Native values of all entries in order
 *     bloom_filter: a byte 1 when the element's values are hashed (0: nothing follows), then per
 *                   entry the hash function count, the word count and the words (Int64 LE)
 * </pre>
 * Entries cover the part's granules in order; the last entry may cover fewer granules.
 */
final class SkipIndexFile {
    static final int FORMAT_VERSION = 1;

    static final byte FLAG_VALUES = 0, FLAG_VALUES_AND_NULLS = 1, FLAG_ONLY_NULLS = 2;

    final SkipIndex.Kind kind;
    final int granularity;
    final int entries;
    /** minmax: per element, per entry flag; values[element] holds 2 rows per entry. */
    final byte[][] flags;
    final Column[] values;
    /** set: per element, entry e's values are rows [offsets[e], offsets[e+1]) of values, or overflow[e]. */
    final int[][] offsets;
    final boolean[][] overflow;
    /** bloom_filter: per element the entries' filters, or null when the element is not hashed. */
    final BloomFilter[][] blooms;

    SkipIndexFile(SkipIndex.Kind kind, int granularity, int entries, byte[][] flags, Column[] values, int[][] offsets,
                  boolean[][] overflow, BloomFilter[][] blooms) {
        this.kind = kind;
        this.granularity = granularity;
        this.entries = entries;
        this.flags = flags;
        this.values = values;
        this.offsets = offsets;
        this.overflow = overflow;
        this.blooms = blooms;
    }

    /** The first granule of entry {@code e}. */
    int firstGranule(int e) {
        return (int) Math.min(Integer.MAX_VALUE, (long) e * granularity);
    }

    byte[] serialize(SkipIndex index) {
        WriteBuffer out = new WriteBuffer();
        out.write(PartFiles.SKIP_INDEX_MAGIC).write(FORMAT_VERSION).write(kind.id);
        byte[] signature = index.signature().getBytes(StandardCharsets.UTF_8);
        out.writeVarUInt(signature.length);
        out.write(signature);
        out.writeVarUInt(granularity);
        out.writeVarUInt(entries);
        int elements = index.elements().size();
        out.writeVarUInt(elements);
        for (int k = 0; k < elements; k++) {
            DataType type = index.elements().type(k);
            switch (kind) {
                case MINMAX -> {
                    out.write(flags[k]);
                    NativeSerialization.write(type, values[k], 0, values[k].size(), out);
                }
                case SET -> {
                    for (int e = 0; e < entries; e++) {
                        out.writeVarUInt(overflow[k][e] ? 0 : offsets[k][e + 1] - offsets[k][e] + 1L);
                    }
                    out.writeVarUInt(values[k].size());
                    NativeSerialization.write(type, values[k], 0, values[k].size(), out);
                }
                case BLOOM_FILTER -> {
                    if (blooms[k] == null) {
                        out.write(0);
                        continue;
                    }
                    out.write(1);
                    for (BloomFilter f : blooms[k]) {
                        out.writeVarUInt(f.hashFunctions());
                        out.writeVarUInt(f.words().length);
                        for (long w : f.words()) out.writeInt64(w);
                    }
                }
                default -> throw new IllegalStateException("index kind " + kind + " has no file");
            }
        }
        return out.toByteArray();
    }

    /**
     * Parses a file written for {@code index}; null when the file was written for another
     * definition of an index with the same name (its signature differs), so it must not be used.
     */
    static SkipIndexFile parse(byte[] data, SkipIndex index, String part) {
        ReadBuffer in = new ReadBuffer(data);
        String file = PartFiles.skipIndexFile(index.name());
        for (byte b : PartFiles.SKIP_INDEX_MAGIC) {
            if (in.read() != (b & 0xFF)) throw new DbException(ErrorCode.CORRUPTED_DATA, "Bad magic in " + file + " of part " + part);
        }
        int version = in.read();
        if (version < 1 || version > FORMAT_VERSION) {
            throw new DbException(ErrorCode.CORRUPTED_DATA, "Unknown version " + version + " of " + file + " in part " + part);
        }
        SkipIndex.Kind kind = SkipIndex.Kind.ofId(in.read());
        byte[] signature = new byte[(int) in.readVarUInt()];
        in.read(signature, 0, signature.length);
        if (kind != index.kind() || !new String(signature, StandardCharsets.UTF_8).equals(index.signature())) return null;
        int granularity = (int) in.readVarUInt();
        int entries = (int) in.readVarUInt();
        int elements = (int) in.readVarUInt();
        if (elements != index.elements().size()) return null;
        byte[][] flags = new byte[elements][];
        Column[] values = new Column[elements];
        int[][] offsets = new int[elements][];
        boolean[][] overflow = new boolean[elements][];
        BloomFilter[][] blooms = new BloomFilter[elements][];
        for (int k = 0; k < elements; k++) {
            DataType type = index.elements().type(k);
            switch (kind) {
                case MINMAX -> {
                    flags[k] = new byte[entries];
                    if (in.read(flags[k], 0, entries) != entries) throw truncated(file, part);
                    values[k] = NativeSerialization.read(type, in, 2 * entries);
                }
                case SET -> {
                    offsets[k] = new int[entries + 1];
                    overflow[k] = new boolean[entries];
                    for (int e = 0; e < entries; e++) {
                        long size = in.readVarUInt();
                        overflow[k][e] = size == 0;
                        offsets[k][e + 1] = offsets[k][e] + (int) (size == 0 ? 0 : size - 1);
                    }
                    int total = (int) in.readVarUInt();
                    if (total != offsets[k][entries]) throw truncated(file, part);
                    values[k] = NativeSerialization.read(type, in, total);
                }
                case BLOOM_FILTER -> {
                    if (in.read() != 1) continue;
                    blooms[k] = new BloomFilter[entries];
                    for (int e = 0; e < entries; e++) {
                        int hashes = (int) in.readVarUInt();
                        long[] words = new long[(int) in.readVarUInt()];
                        for (int w = 0; w < words.length; w++) words[w] = in.readInt64();
                        blooms[k][e] = new BloomFilter(words, hashes);
                    }
                }
                default -> throw new DbException(ErrorCode.CORRUPTED_DATA, "Unknown index kind in " + file + " of part " + part);
            }
        }
        return new SkipIndexFile(kind, granularity, entries, flags, values, offsets, overflow, blooms);
    }

    private static DbException truncated(String file, String part) {
        return new DbException(ErrorCode.CORRUPTED_DATA, "Truncated " + file + " in part " + part);
    }
}
