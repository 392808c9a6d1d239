package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.type.DataType;
import io.strata.core.type.PhysicalKind;
import java.util.List;

/**
 * Turns the argument tuple of one row into a hash key for the uniq family:
 * <ul>
 * <li>one LONG or DOUBLE argument: the 64-bit value itself ({@link #longKey}), exact;</li>
 * <li>anything else: MurmurHash3 x64/128 of the bytes of a single string, or of the
 * {@link ValueCodec} encoding of all arguments, left in {@link #h1}/{@link #h2}.</li>
 * </ul>
 * One instance per accumulator: the scratch buffers are reused across rows.
 */
final class KeyHasher {
    /** Whether the key of a row is a single exact 64-bit value. */
    final boolean numeric;
    private final Hashing hashing = new Hashing();
    private final KeyBuffer scratch = new KeyBuffer();
    long h1;
    long h2;

    KeyHasher(List<DataType> types) {
        PhysicalKind k = types.get(0).physicalKind();
        numeric = types.size() == 1 && (k == PhysicalKind.LONG || k == PhysicalKind.DOUBLE);
    }

    /** For numeric keys: the row's value as 64 bits (doubles normalised so 0.0 = -0.0, NaN = NaN). */
    static long longKey(Column c, int row) {
        return c instanceof LongColumn l ? l.values()[row] : Hashing.doubleKey(((DoubleColumn) c).values()[row]);
    }

    /** For non-numeric keys: hashes row {@code row} into h1/h2. */
    void hash(Column[] args, int row) {
        if (args.length == 1 && args[0] instanceof StringColumn s) {
            hashing.hash128(s.bytes(), s.start(row), s.length(row));
        } else {
            scratch.reset();
            for (Column c : args) ValueCodec.write(scratch, c, row);
            hashing.hash128(scratch.bytes(), 0, scratch.size());
        }
        h1 = hashing.h1;
        h2 = hashing.h2;
    }
}
