package io.strata.exec.function.scalar.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.exec.function.scalar.comparison.ComparisonFunctions.Op;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Vector API twin keeps exactly the rows the plain per-row test keeps, for every operator,
 * signed and unsigned order, lengths that are and are not a multiple of the vector width, and
 * columns where few, half or all rows pass.
 */
class VectorSelectionTest {
    @Test
    void keepsTheSameRowsAsTheScalarTest() {
        assertTrue(VectorSelection.usable(), "this machine has wide vectors; the test would prove nothing otherwise");
        SplittableRandom random = new SplittableRandom(42);
        long[] interesting = {0, 1, -1, 7, Long.MIN_VALUE, Long.MAX_VALUE};
        for (int n : new int[] {0, 1, 7, 8, 9, 63, 64, 65, 1000, 65536}) {
            for (int spread : new int[] {2, 10, 1000}) {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = random.nextInt(8) == 0 ? interesting[random.nextInt(interesting.length)] : random.nextInt(spread) - spread / 2;
                }
                for (Op op : Op.values()) {
                    for (long flip : new long[] {0, Long.MIN_VALUE}) {
                        for (long b : new long[] {0, 1, -1, 5, Long.MIN_VALUE, Long.MAX_VALUE}) {
                            long c = op == Op.EQ || op == Op.NE ? b : b ^ flip;
                            int[] expected = new int[n];
                            int m = 0;
                            for (int i = 0; i < n; i++) {
                                int cmp = flip == 0 ? Long.compare(a[i], b) : Long.compareUnsigned(a[i], b);
                                if (op.test(cmp)) expected[m++] = i;
                            }
                            int[] sel = new int[n];
                            int k = VectorSelection.select(op, a, c, flip, n, sel);
                            assertArrayEquals(Arrays.copyOf(expected, m), Arrays.copyOf(sel, k), op + " flip " + flip + " b " + b + " n " + n);
                        }
                    }
                }
            }
        }
    }
}
