package io.strata.mergetree;

/**
 * A bloom filter over 64-bit value hashes, sized for a number of distinct values and a false
 * positive rate. Probe i sets bit {@code (h1 + i * h2) mod m} with h1, h2 the two halves of the
 * value's hash (Kirsch-Mitzenmacher double hashing), so one hash per value serves all probes.
 * The bits are persisted in skip index files: the probe rule must never change.
 */
final class BloomFilter {
    private static final double LN2 = Math.log(2);
    /** More probes than this cost more than they save at any practical rate. */
    static final int MAX_HASH_FUNCTIONS = 16;

    private final long[] words;
    private final int hashFunctions;

    BloomFilter(long[] words, int hashFunctions) {
        this.words = words;
        this.hashFunctions = hashFunctions;
    }

    /** An empty filter for {@code distinct} values at false positive rate {@code p} (0 < p < 1). */
    static BloomFilter sizedFor(int distinct, double p) {
        double rate = Math.min(0.5, Math.max(1e-9, p));
        int n = Math.max(1, distinct);
        long bits = (long) Math.ceil(-n * Math.log(rate) / (LN2 * LN2));
        bits = Math.max(64, Math.min(1L << 31, bits));
        int wordCount = (int) ((bits + 63) / 64);
        int k = (int) Math.round((wordCount * 64.0 / n) * LN2);
        return new BloomFilter(new long[wordCount], Math.max(1, Math.min(MAX_HASH_FUNCTIONS, k)));
    }

    void add(long hash) {
        long m = words.length * 64L;
        int h1 = (int) hash, h2 = (int) (hash >>> 32);
        for (int i = 0; i < hashFunctions; i++) {
            long bit = Integer.toUnsignedLong(h1 + i * h2) % m;
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    /** False only when the value was certainly never added. */
    boolean mayContain(long hash) {
        long m = words.length * 64L;
        int h1 = (int) hash, h2 = (int) (hash >>> 32);
        for (int i = 0; i < hashFunctions; i++) {
            long bit = Integer.toUnsignedLong(h1 + i * h2) % m;
            if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) return false;
        }
        return true;
    }

    long[] words() {
        return words;
    }

    int hashFunctions() {
        return hashFunctions;
    }
}
