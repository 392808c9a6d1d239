package io.strata.exec.function.scalar;

import static io.strata.exec.function.scalar.FunctionHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * toString of integer columns (two passes: exact lengths, then digits written backwards) against
 * the JDK's conversions, at every width's edges and at random, signed and unsigned.
 */
class IntegerToStringTest {

    private static void check(DataType type, long[] v, boolean unsigned) {
        List<Object> expected = new ArrayList<>();
        for (long x : v) expected.add(unsigned ? Long.toUnsignedString(x) : Long.toString(x));
        assertEquals(expected, values(call("toString", longs(type, v))), type.name());
    }

    @Test
    void edgesOfEveryWidth() {
        List<Long> edges = new ArrayList<>(List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1,
                (long) Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, (long) Integer.MIN_VALUE));
        long p = 1;
        for (int digits = 1; digits <= 19; digits++) {
            for (long x : new long[] {p - 1, p, p + 1, -p, -(p - 1)}) edges.add(x);
            if (digits < 19) p *= 10;
        }
        long[] v = edges.stream().mapToLong(Long::longValue).toArray();
        check(DataTypes.INT64, v, false);
        check(DataTypes.UINT64, v, true);
        check(DataTypes.INT8, new long[] {-128, -1, 0, 9, 10, 127}, false);
        check(DataTypes.UINT32, new long[] {0, 9, 10, 4294967295L}, false);
    }

    @Test
    void randomValuesOfEveryMagnitude() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        long[] v = new long[20_000];
        for (int i = 0; i < v.length; i++) v[i] = random.nextLong() >> random.nextInt(64);
        check(DataTypes.INT64, v, false);
        check(DataTypes.UINT64, v, true);
    }
}
