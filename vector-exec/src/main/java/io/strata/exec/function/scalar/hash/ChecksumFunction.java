package io.strata.exec.function.scalar.hash;

import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;

/**
 * CRC32 (zlib's: initial value and final XOR 0xFFFFFFFF), CRC32IEEE and CRC64 (ClickHouse's
 * table-driven variants with initial value 0 and no final XOR, over the reflected IEEE 802.3 and
 * ECMA-182 polynomials) of a string.
 */
final class ChecksumFunction {
    private ChecksumFunction() {
    }

    private static final long[] IEEE = table(0xedb88320L);
    private static final long[] ECMA = table(0xc96c5795d7870f42L);

    private static long[] table(long polynomial) {
        long[] t = new long[256];
        for (int i = 0; i < 256; i++) {
            long c = i;
            for (int j = 0; j < 8; j++) c = (c & 1) != 0 ? polynomial ^ (c >>> 1) : c >>> 1;
            t[i] = c;
        }
        return t;
    }

    static BoundFunction bind(BindContext ctx, String name) {
        Arguments.count(ctx, name, 1);
        DataType t = ctx.argumentType(0);
        if (!Arguments.isString(t)) throw Arguments.illegalType(t, 0, name);
        DataType rt = name.equals("CRC64") ? DataTypes.UINT64 : DataTypes.UINT32;
        return Kernel.bound(rt, (args, n) -> {
            StringColumn s = (StringColumn) Vectors.dense(args[0]);
            byte[] b = s.bytes();
            long[] r = new long[n];
            java.util.zip.CRC32 zlib = new java.util.zip.CRC32();
            for (int i = 0; i < n; i++) {
                int from = s.start(i), len = s.length(i);
                switch (name) {
                    case "CRC32" -> {
                        zlib.reset();
                        zlib.update(b, from, len);
                        r[i] = zlib.getValue();
                    }
                    default -> {
                        long[] tab = name.equals("CRC64") ? ECMA : IEEE;
                        long crc = 0;
                        for (int j = from; j < from + len; j++) crc = tab[(int) ((crc ^ b[j]) & 0xff)] ^ (crc >>> 8);
                        r[i] = crc;
                    }
                }
            }
            return new LongColumn(rt, r, n);
        });
    }
}
