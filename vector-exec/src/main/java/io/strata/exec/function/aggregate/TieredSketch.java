package io.strata.exec.function.aggregate;

import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * ClickHouse's small-set-then-HyperLogLog estimators: exact while a group has few distinct keys,
 * a {@link HllCounter} beyond.
 * <ul>
 * <li>uniqHLL12 (HyperLogLogWithSmallSetOptimization): up to 16 keys exactly, then 2^12 registers
 *     over intHash32 of the key;</li>
 * <li>uniqCombined(K) (CombinedCardinalityEstimator): up to 16 keys, then an exact set of up to
 *     2^(K-4) keys, then 2^K registers over the key itself (the key is already a hash).</li>
 * </ul>
 * Like ClickHouse, the exact tier is left for the registers as soon as it is full and another key
 * (even a known one, for the medium tier) arrives.
 *
 * <p>State layout: one byte tier (1 small, 2 medium, 3 registers), then VarUInt count and 8-byte
 * keys, or the register bytes.
 */
final class TieredSketch implements CardinalitySketch {
    static final int SMALL_MAX = 16;
    private static final int SMALL = 1;
    private static final int MEDIUM = 2;
    private static final int LARGE = 3;

    private final int mediumMax;
    private final LongUnaryOperator registerHash;
    private final Supplier<HllCounter> registers;
    private LongHashSet exact = new LongHashSet();
    private int tier = SMALL;
    private HllCounter large;

    /** mediumMax 0: no medium tier (uniqHLL12). */
    TieredSketch(int mediumMax, LongUnaryOperator registerHash, Supplier<HllCounter> registers) {
        this.mediumMax = mediumMax;
        this.registerHash = registerHash;
        this.registers = registers;
    }

    static TieredSketch hll12() {
        return new TieredSketch(0, UniqKeys::intHash32, () -> new HllCounter(12, 32, false));
    }

    static TieredSketch combined(int precision, int hashBits) {
        return new TieredSketch(1 << (precision - 4), LongUnaryOperator.identity(), () -> new HllCounter(precision, hashBits, precision == 17));
    }

    private void toLarge() {
        HllCounter h = registers.get();
        exact.forEach(k -> h.insert(registerHash.applyAsLong(k)));
        large = h;
        exact = null;
        tier = LARGE;
    }

    @Override
    public void insert(long key) {
        if (tier == LARGE) {
            large.insert(registerHash.applyAsLong(key));
        } else if (tier == SMALL) {
            if (exact.size() < SMALL_MAX || exact.contains(key)) {
                exact.add(key);
            } else if (mediumMax == 0) {
                toLarge();
                large.insert(registerHash.applyAsLong(key));
            } else {
                tier = MEDIUM;
                exact.add(key);
            }
        } else if (exact.size() < mediumMax) {
            exact.add(key);
        } else {
            toLarge();
            large.insert(registerHash.applyAsLong(key));
        }
    }

    @Override
    public void merge(CardinalitySketch other) {
        TieredSketch o = (TieredSketch) other;
        if (o.tier == LARGE) {
            if (tier != LARGE) toLarge();
            large.merge(o.large);
            return;
        }
        if (o.tier == MEDIUM && tier == SMALL) tier = MEDIUM;
        o.exact.forEach(this::insert);
    }

    @Override
    public long estimate() {
        return tier == LARGE ? large.estimate() : exact.size();
    }

    @Override
    public void write(WriteBuffer out) {
        StateIO.writeByte(out, tier);
        if (tier == LARGE) large.write(out);
        else exact.write(out);
    }

    @Override
    public void readAndMerge(ReadBuffer in) {
        int t = StateIO.readByte(in);
        if (t == LARGE) {
            if (tier != LARGE) toLarge();
            large.readAndMerge(in);
            return;
        }
        if (t == MEDIUM && tier == SMALL) tier = MEDIUM;
        LongHashSet.read(in, this::insert);
    }

    @Override
    public long byteSize() {
        return tier == LARGE ? large.byteSize() : exact.byteSize();
    }
}
