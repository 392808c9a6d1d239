package io.strata.exec.function.aggregate;

/**
 * pcg32_fast (O'Neill's PCG: a 64-bit multiplicative congruential state with the XSH-RS output),
 * the generator ClickHouse's ReservoirSampler uses, kept as one long of state per group in a
 * caller's array so samplers stay allocation-free.
 */
final class Pcg32 {
    private Pcg32() {
    }

    private static final long MULTIPLIER = 6364136223846793005L;

    /** The state after seeding with 123456, ClickHouse's seed (an MCG state always has its low two bits set). */
    static final long SEED_STATE = 123456L | 3L;

    /** The next 32-bit output (as an unsigned long) of the generator whose state is {@code state[i]}. */
    static long next(long[] state, int i) {
        long old = state[i];
        state[i] = old * MULTIPLIER;
        int shift = (int) (old >>> 61);
        long mixed = old ^ (old >>> 22);
        return (mixed >>> (22 + shift)) & 0xFFFF_FFFFL;
    }
}
