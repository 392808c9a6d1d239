package io.strata.exec.function.aggregate;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/**
 * uniq's state, ClickHouse's UniquesHashSet (a BJKST-style adaptive sample): a set of 32-bit
 * hashes that holds at most {@value #MAX_SIZE} of them. When it would hold more, the skip degree
 * d rises and only hashes whose low d bits are zero stay (and are admitted afterwards), until it
 * fits again. The kept set is therefore "all distinct hashes with d low zero bits" for the
 * smallest d that fits, whatever the insertion or merge order. The estimate is the kept count
 * scaled by 2^d, plus ClickHouse's pseudo-random remainder (intHashCRC32 of the count) and its
 * correction for collisions of 32-bit hashes; with d = 0 it is the exact count of distinct hashes.
 *
 * <p>State layout, ClickHouse's: one byte d, VarUInt count, then each hash as UInt32 little-endian
 * (zero, when present, first).
 */
final class UniquesHashSketch implements CardinalitySketch {
    static final int MAX_SIZE = 1 << 16;

    private final IntHashSet hashes = new IntHashSet();
    private boolean hasZero;
    private int skipDegree;

    /** ClickHouse's hash of a uniq key: its intHash64 cut to the low 32 bits. */
    static long hashOfKey(long key) {
        return UniqKeys.intHash64(key) & 0xFFFF_FFFFL;
    }

    private boolean good(int h) {
        return skipDegree == 0 || (h & ((1 << skipDegree) - 1)) == 0;
    }

    private int count() {
        return hashes.size() + (hasZero ? 1 : 0);
    }

    @Override
    public void insert(long hash) {
        int h = (int) hash;
        if (!good(h)) return;
        if (h == 0) hasZero = true;
        else if (!hashes.add(h)) return;
        shrink();
    }

    private void shrink() {
        while (count() > MAX_SIZE) {
            skipDegree++;
            hashes.retain(this::good);
        }
    }

    private void raiseDegree(int d) {
        if (d > skipDegree) {
            skipDegree = d;
            hashes.retain(this::good);
        }
    }

    @Override
    public void merge(CardinalitySketch other) {
        UniquesHashSketch o = (UniquesHashSketch) other;
        raiseDegree(o.skipDegree);
        if (o.hasZero) insert(0);
        for (int h : o.hashes.values()) insert(h & 0xFFFF_FFFFL);
    }

    @Override
    public long estimate() {
        long m = count();
        if (skipDegree == 0) return m;
        long res = m << skipDegree;
        res += UniqKeys.intHashCRC32(m) & ((1L << skipDegree) - 1);
        double p32 = 4294967296.0;
        return Math.round(p32 * (Math.log(p32) - Math.log(p32 - res)));
    }

    @Override
    public void write(WriteBuffer out) {
        StateIO.writeByte(out, skipDegree);
        StateIO.writeVarUInt(out, count());
        if (hasZero) writeUInt32(out, 0);
        for (int h : hashes.values()) writeUInt32(out, h);
    }

    private static void writeUInt32(WriteBuffer out, int v) {
        for (int i = 0; i < 4; i++) StateIO.writeByte(out, (v >>> (8 * i)) & 0xFF);
    }

    @Override
    public void readAndMerge(ReadBuffer in) {
        raiseDegree(StateIO.readByte(in));
        long n = StateIO.readVarUInt(in);
        if (n > MAX_SIZE) throw DbException.of(ErrorCode.INCORRECT_DATA, "Cannot read UniquesHashSet: too large size_degree.");
        for (long i = 0; i < n; i++) {
            int v = 0;
            for (int b = 0; b < 4; b++) v |= StateIO.readByte(in) << (8 * b);
            insert(v & 0xFFFF_FFFFL);
        }
    }

    @Override
    public long byteSize() {
        return hashes.byteSize() + 8;
    }
}
