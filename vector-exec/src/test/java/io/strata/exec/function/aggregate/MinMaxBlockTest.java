package io.strata.exec.function.aggregate;

import static io.strata.exec.function.aggregate.AggregateTesting.longs;
import static io.strata.exec.function.aggregate.AggregateTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.core.type.DataTypes;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * min and max over one block of signed integers (four running extremes, then the tail): the
 * extreme found wherever it sits, for every block length around the unrolled step, at the type's
 * limits and over random blocks, against a plain loop.
 */
class MinMaxBlockTest {

    @Test
    void extremeAtEveryPositionOfShortBlocks() {
        for (int n = 1; n <= 13; n++) {
            for (int at = 0; at < n; at++) {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) v[i] = 100 + i % 3;
                v[at] = Long.MIN_VALUE;
                assertEquals(Long.MIN_VALUE, run("min", List.of(), longs(DataTypes.INT64, v)), n + " rows, min at " + at);
                v[at] = Long.MAX_VALUE;
                assertEquals(Long.MAX_VALUE, run("max", List.of(), longs(DataTypes.INT64, v)), n + " rows, max at " + at);
                long rest = Long.MAX_VALUE;
                for (int i = 0; i < n; i++) if (i != at) rest = Math.min(rest, v[i]);
                assertEquals(rest, run("min", List.of(), longs(DataTypes.INT64, v)), n + " rows, max at " + at);
            }
        }
    }

    @Test
    void randomBlocksAgreeWithAPlainLoop() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(9000);
            long[] v = new long[n];
            for (int i = 0; i < n; i++) v[i] = random.nextLong() >> random.nextInt(64);
            long min = v[0], max = v[0];
            for (long x : v) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            assertEquals(min, run("min", List.of(), longs(DataTypes.INT64, v)), "seed " + seed);
            assertEquals(max, run("max", List.of(), longs(DataTypes.INT64, v)), "seed " + seed);
        }
    }
}
