package io.strata.perf.hits;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s, the skew of real web
 * traffic (a few sites, pages and users take most hits). A table of cumulative weights and a
 * binary search keep a draw at about log2(n) steps.
 */
public final class ZipfSampler {
    private final double[] cumulative;

    public ZipfSampler(int n, double s) {
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, s);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) cumulative[k] /= sum;
    }

    public int next(SplittableRandom random) {
        double u = random.nextDouble();
        int i = Arrays.binarySearch(cumulative, u);
        int rank = i >= 0 ? i : -i - 1;
        return Math.min(rank, cumulative.length - 1);
    }

    public int size() {
        return cumulative.length;
    }
}
