package io.strata.mergetree;

import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.hash.CityHash;

/**
 * Stable 64-bit hashes of single values for bloom_filter skip indexes: CityHash64 of a canonical
 * byte form — integers (all widths, dates, enums) as 8 little-endian bytes, floats as the bits of
 * the double with -0.0 folded into 0.0, strings as their bytes, wide integers as their minimal
 * two's complement bytes. Equal values (as SQL compares them within one type) hash equally.
 * Persisted through the filters' bits: never change the byte forms.
 */
final class ValueHashes {
    private ValueHashes() {
    }

    /** Whether values of this column (after Nullable/LowCardinality/Const) can be hashed. */
    static boolean supports(Column c) {
        Column d = dense(c);
        return d instanceof LongColumn || d instanceof DoubleColumn || d instanceof StringColumn || d instanceof BigColumn;
    }

    /** The values' column under Nullable/LowCardinality/Const wrappers. */
    private static Column dense(Column c) {
        return switch (c) {
            case ConstColumn k -> dense(k.value());
            case NullableColumn n -> dense(n.values());
            case LowCardinalityColumn l -> dense(l.dictionary());
            default -> c;
        };
    }

    /**
     * Hashes of the non-NULL rows of {@code c} appended to {@code out} from {@code at}; returns
     * the new end. {@code out} must have room for {@code c.size()} more values.
     */
    static int hashRows(Column c, long[] out, int at) {
        int n = c.size();
        byte[] eight = new byte[8];
        for (int r = 0; r < n; r++) {
            if (c.isNullAt(r)) continue;
            out[at++] = hash(c, r, eight);
        }
        return at;
    }

    /** The hash of the (non-NULL) value at {@code row}. */
    static long hash(Column c, int row) {
        return hash(c, row, new byte[8]);
    }

    private static long hash(Column c, int row, byte[] eight) {
        return switch (c) {
            case ConstColumn k -> hash(k.value(), 0, eight);
            case NullableColumn n -> hash(n.values(), row, eight);
            case LowCardinalityColumn l -> hash(l.dictionary(), l.indexAt(row), eight);
            case LongColumn l -> hashLong(l.get(row), eight);
            case DoubleColumn d -> hashLong(d.get(row) == 0.0 ? 0L : Double.doubleToLongBits(d.get(row)), eight);
            case StringColumn s -> CityHash.cityHash64(s.bytes(), s.start(row), s.length(row));
            case BigColumn b -> {
                byte[] bytes = b.get(row).toByteArray();
                yield CityHash.cityHash64(bytes, 0, bytes.length);
            }
            default -> throw new IllegalArgumentException("no hash for " + c.type());
        };
    }

    private static long hashLong(long v, byte[] eight) {
        for (int i = 0; i < 8; i++) eight[i] = (byte) (v >>> (8 * i));
        return CityHash.cityHash64(eight, 0, 8);
    }
}
