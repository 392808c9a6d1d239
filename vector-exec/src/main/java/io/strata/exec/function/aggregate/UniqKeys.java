package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.hash.CityHash;
import io.strata.core.type.DataType;
import io.strata.core.type.TypeId;
import java.util.List;

/**
 * The 64-bit key ClickHouse's approximate uniq family derives from one row before any sketch
 * hashing: a number is its own value (signed types sign-extended), a Float32/Float64 its IEEE bits
 * zero-extended, a String or FixedString CityHash64 (v1.0.2) of its bytes. Several arguments, or
 * one of another type (tuples, arrays), fall back to the low word of a MurmurHash3-128 of the
 * encoded row (ClickHouse hashes those with SipHash; such keys do not reproduce its numbers).
 */
final class UniqKeys {
    private final boolean float32;
    private final boolean single;
    private final KeyHasher fallback;

    UniqKeys(List<DataType> types) {
        this.single = types.size() == 1;
        this.float32 = single && types.get(0).id() == TypeId.FLOAT32;
        this.fallback = new KeyHasher(types);
    }

    /** Whether keys are exactly ClickHouse's (one numeric or string argument). */
    boolean exact(Column[] args) {
        return single && (args[0] instanceof LongColumn || args[0] instanceof DoubleColumn || args[0] instanceof StringColumn);
    }

    long key(Column[] args, int row) {
        if (single) {
            switch (args[0]) {
                case LongColumn l -> {
                    return l.values()[row];
                }
                case DoubleColumn d -> {
                    double v = d.values()[row];
                    return float32 ? Float.floatToRawIntBits((float) v) & 0xFFFF_FFFFL : Double.doubleToRawLongBits(v);
                }
                case StringColumn s -> {
                    return CityHash.cityHash64(s.bytes(), s.start(row), s.length(row));
                }
                default -> {
                }
            }
        }
        fallback.hash(args, row);
        return fallback.h1;
    }

    /** ClickHouse's intHash64: MurmurHash3's 64-bit finalizer, no salt. */
    static long intHash64(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    /** ClickHouse's intHash32 with salt 0 (Thomas Wang's 64-to-32 mix), as an unsigned 32-bit value. */
    static long intHash32(long key) {
        key = ~key + (key << 18);
        key = key ^ ((key >>> 31) | (key << 33));
        key = key * 21;
        key = key ^ ((key >>> 11) | (key << 53));
        key = key + (key << 6);
        key = key ^ ((key >>> 22) | (key << 42));
        return key & 0xFFFF_FFFFL;
    }

    /**
     * ClickHouse's intHashCRC32 as the Debian build of ClickHouse computes it: that build targets
     * plain x86-64 without SSE4.2, where intHashCRC32 falls back to intHash64.
     */
    static long intHashCRC32(long x) {
        return intHash64(x);
    }
}
