package io.strata.exec.function.scalar.comparison;

import io.strata.exec.function.scalar.comparison.ComparisonFunctions.Op;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API twin of the scalar loops that keep the rows of a 64-bit column that compare
 * true against a constant: a whole vector of lanes is compared at once and only the lanes that
 * pass are written, so a selective filter (most rows fail) costs a compare per vector. Used only
 * where {@link #usable()} says the JVM has the module and wide vectors; each operator has its
 * own loop with the operator a constant, as the intrinsics need.
 */
final class VectorSelection {
    private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorSelection() {
    }

    /** Whether vectors of at least four longs are native here (else the scalar loops are faster). */
    static boolean usable() {
        return SPECIES.vectorBitSize() >= 256;
    }

    /**
     * Writes the positions {@code i < n} where {@code (a[i] ^ flip) op c} to {@code sel}; returns
     * how many. {@code flip} is {@code Long.MIN_VALUE} for an unsigned order, else 0 (and
     * ignored for EQ and NE, where {@code c} is the value itself).
     */
    static int select(Op op, long[] a, long c, long flip, int n, int[] sel) {
        if (op == Op.EQ || op == Op.NE) flip = 0;
        int bound = n - n % LANES;
        int k = switch (op) {
            case EQ -> eq(a, c, bound, sel);
            case NE -> ne(a, c, bound, sel);
            case LT -> lt(a, c, flip, bound, sel);
            case GT -> gt(a, c, flip, bound, sel);
            case LE -> le(a, c, flip, bound, sel);
            case GE -> ge(a, c, flip, bound, sel);
        };
        for (int i = bound; i < n; i++) {
            long x = a[i] ^ flip;
            boolean keep = switch (op) {
                case EQ -> x == c;
                case NE -> x != c;
                case LT -> x < c;
                case GT -> x > c;
                case LE -> x <= c;
                case GE -> x >= c;
            };
            sel[k] = i;
            k += keep ? 1 : 0;
        }
        return k;
    }

    private static int drain(long bits, int base, int[] sel, int k) {
        while (bits != 0) {
            sel[k++] = base + Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
        }
        return k;
    }

    private static int eq(long[] a, long c, int bound, int[] sel) {
        LongVector cv = LongVector.broadcast(SPECIES, c);
        int k = 0;
        for (int i = 0; i < bound; i += LANES) k = drain(LongVector.fromArray(SPECIES, a, i).compare(VectorOperators.EQ, cv).toLong(), i, sel, k);
        return k;
    }

    private static int ne(long[] a, long c, int bound, int[] sel) {
        LongVector cv = LongVector.broadcast(SPECIES, c);
        int k = 0;
        for (int i = 0; i < bound; i += LANES) k = drain(LongVector.fromArray(SPECIES, a, i).compare(VectorOperators.NE, cv).toLong(), i, sel, k);
        return k;
    }

    private static int lt(long[] a, long c, long flip, int bound, int[] sel) {
        LongVector cv = LongVector.broadcast(SPECIES, c);
        int k = 0;
        for (int i = 0; i < bound; i += LANES) {
            k = drain(LongVector.fromArray(SPECIES, a, i).lanewise(VectorOperators.XOR, flip).compare(VectorOperators.LT, cv).toLong(), i, sel, k);
        }
        return k;
    }

    private static int gt(long[] a, long c, long flip, int bound, int[] sel) {
        LongVector cv = LongVector.broadcast(SPECIES, c);
        int k = 0;
        for (int i = 0; i < bound; i += LANES) {
            k = drain(LongVector.fromArray(SPECIES, a, i).lanewise(VectorOperators.XOR, flip).compare(VectorOperators.GT, cv).toLong(), i, sel, k);
        }
        return k;
    }

    private static int le(long[] a, long c, long flip, int bound, int[] sel) {
        LongVector cv = LongVector.broadcast(SPECIES, c);
        int k = 0;
        for (int i = 0; i < bound; i += LANES) {
            k = drain(LongVector.fromArray(SPECIES, a, i).lanewise(VectorOperators.XOR, flip).compare(VectorOperators.LE, cv).toLong(), i, sel, k);
        }
        return k;
    }

    private static int ge(long[] a, long c, long flip, int bound, int[] sel) {
        LongVector cv = LongVector.broadcast(SPECIES, c);
        int k = 0;
        for (int i = 0; i < bound; i += LANES) {
            k = drain(LongVector.fromArray(SPECIES, a, i).lanewise(VectorOperators.XOR, flip).compare(VectorOperators.GE, cv).toLong(), i, sel, k);
        }
        return k;
    }
}
