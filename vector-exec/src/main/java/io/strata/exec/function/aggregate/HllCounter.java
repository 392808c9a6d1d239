package io.strata.exec.function.aggregate;

import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/**
 * ClickHouse's HyperLogLogCounter (full-featured mode, stable denominator): 2^p registers over a
 * 32- or 64-bit hash. The low p bits pick the register; the register keeps the largest rank
 * (trailing zeros + 1 of the remaining bits, capped at bits - p + 1). The estimate is the
 * harmonic-mean raw estimate, corrected like ClickHouse: for 32-bit hashes above 2^32/30 by the
 * collision formula; otherwise by linear counting below 2.5 * 2^p (trivial bias), or, with the
 * HyperLogLog++ bias table (uniqCombined's precision 17), by the interpolated bias below 5 * 2^p
 * and linear counting whenever that stays under the table's threshold. Computing the denominator
 * from per-rank counts keeps it exact, so the estimate depends only on the registers.
 *
 * <p>State layout: the 2^p register bytes.
 */
final class HllCounter {
    private final int precision;
    private final int hashBits;
    private final boolean biasCorrected;
    private final int maxRank;
    private final byte[] ranks;
    private final int[] rankCount;
    private int zeros;

    HllCounter(int precision, int hashBits, boolean biasCorrected) {
        this.precision = precision;
        this.hashBits = hashBits;
        this.biasCorrected = biasCorrected;
        this.maxRank = hashBits - precision + 1;
        this.ranks = new byte[1 << precision];
        this.rankCount = new int[maxRank + 1];
        this.rankCount[0] = 1 << precision;
        this.zeros = 1 << precision;
    }

    void insert(long hash) {
        int bucket = (int) (hash & ((1L << precision) - 1));
        long tail = hashBits == 64 ? hash >>> precision : (hash & 0xFFFF_FFFFL) >>> precision;
        int rank = tail == 0 ? maxRank : Math.min(Long.numberOfTrailingZeros(tail) + 1, maxRank);
        update(bucket, rank);
    }

    private void update(int bucket, int rank) {
        int cur = ranks[bucket];
        if (rank > cur) {
            if (cur == 0) zeros--;
            rankCount[cur]--;
            rankCount[rank]++;
            ranks[bucket] = (byte) rank;
        }
    }

    void merge(HllCounter other) {
        for (int b = 0; b < ranks.length; b++) update(b, other.ranks[b]);
    }

    private double denominator() {
        double v = rankCount[maxRank];
        for (int i = maxRank - 1; i >= 0; i--) {
            v /= 2.0;
            v += rankCount[i];
        }
        return v;
    }

    long estimate() {
        int m = ranks.length;
        double alpha = m == 16 ? 0.673 : m == 32 ? 0.697 : m == 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
        double raw = alpha * m * m / denominator();
        double fixed;
        double pow2_32 = 4294967296.0;
        if (hashBits == 32 && raw > pow2_32 / 30.0) {
            fixed = -pow2_32 * Math.log(1.0 - raw / pow2_32);
        } else if (!biasCorrected) {
            fixed = raw <= 2.5 * m ? linear(raw) : raw;
        } else {
            fixed = raw <= 5.0 * m ? raw - UniqCombinedBias.bias(raw) : raw;
            double lin = linear(fixed);
            if (lin < UniqCombinedBias.THRESHOLD) fixed = lin;
        }
        return (long) (fixed + 0.5) & 0xFFFF_FFFFL;
    }

    private double linear(double raw) {
        int m = ranks.length;
        return zeros != 0 ? m * (Math.log(m) - Math.log(zeros)) : raw;
    }

    void write(WriteBuffer out) {
        out.write(ranks, 0, ranks.length);
    }

    void readAndMerge(ReadBuffer in) {
        for (int b = 0; b < ranks.length; b++) update(b, StateIO.readByte(in));
    }

    long byteSize() {
        return ranks.length + 4L * rankCount.length + 16;
    }
}
