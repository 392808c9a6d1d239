package io.strata.exec.function.scalar.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConstantDivisorTest {
    private static final long[] DIVISORS = {2, 3, 5, 7, 10, 16, 100, 641, 1000, 65537, 1_000_000_007L, 0x7FFF_FFFFL,
            Long.MAX_VALUE, 3_000_000_000_000_000_001L};

    @Test
    void matchesHardwareDivisionForUnsignedAndSignedDividends() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        long[] x = new long[4096];
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (i % 4) {
                case 0 -> random.nextLong();
                case 1 -> random.nextLong(1000);
                case 2 -> -random.nextLong(1000);
                default -> i % 8 == 3 ? Long.MIN_VALUE : -1L;
            };
        }
        long[] r = new long[x.length];
        for (long d : DIVISORS) {
            ConstantDivisor cd = new ConstantDivisor(d);
            cd.apply(x, r, x.length, false, false);
            for (int i = 0; i < x.length; i++) assertEquals(Long.divideUnsigned(x[i], d), r[i], "seed " + seed + " u/ " + d + " " + x[i]);
            cd.apply(x, r, x.length, false, true);
            for (int i = 0; i < x.length; i++) assertEquals(Long.remainderUnsigned(x[i], d), r[i], "seed " + seed + " u% " + d + " " + x[i]);
            cd.apply(x, r, x.length, true, false);
            for (int i = 0; i < x.length; i++) assertEquals(x[i] / d, r[i], "seed " + seed + " s/ " + d + " " + x[i]);
            cd.apply(x, r, x.length, true, true);
            for (int i = 0; i < x.length; i++) assertEquals(x[i] % d, r[i], "seed " + seed + " s% " + d + " " + x[i]);
        }
    }
}
