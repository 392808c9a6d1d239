package io.strata.exec.function.aggregate;

import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import java.util.Arrays;

/**
 * quantileTDigest's state, ClickHouse's QuantileTDigest, in its Float32 arithmetic (every
 * operation rounds where ClickHouse's does, so results agree to the bit): centroids (mean, count)
 * are appended unsorted; after 2048 appends, or before a read, they are stably sorted by mean and
 * neighbours are glued left to right while the pair's weight stays within
 * {@code 4 * count * q(1 - q) * 0.01} at the better of the two quantile positions. A quantile
 * interpolates between centroid midpoints.
 *
 * <p>State layout: VarUInt centroid count, then (mean, count) as Float32 pairs, compressed first.
 */
final class TDigestSketch implements QuantileSketch {
    private static final float EPSILON = 0.01f;
    private static final int MAX_UNMERGED = 2048;

    private float[] means = new float[4];
    private float[] counts = new float[4];
    private int size;
    private float count;
    private int unmerged;

    private void addCentroid(float mean, float weight) {
        if (size == means.length) {
            means = Arrays.copyOf(means, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        means[size] = mean;
        counts[size] = weight;
        size++;
        count += weight;
        if (++unmerged >= MAX_UNMERGED) compress();
    }

    @Override
    public void add(double x, long weight, long determinator) {
        addCentroid((float) x, (float) weight);
    }

    /** The radix-sort key of a float: its bits ordered as signed ints in float order (negatives reversed). */
    private static int sortKey(float f) {
        int b = Float.floatToRawIntBits(f);
        return b < 0 ? b ^ 0x7FFF_FFFF : b;
    }

    private void sortStable() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) keys[i] = ((long) sortKey(means[i]) << 32) | i;
        Arrays.sort(keys);
        float[] m = new float[means.length];
        float[] c = new float[counts.length];
        for (int i = 0; i < size; i++) {
            int from = (int) keys[i];
            m[i] = means[from];
            c[i] = counts[from];
        }
        means = m;
        counts = c;
    }

    private void compress() {
        if (unmerged == 0) return;
        sortStable();
        if (size > 3) {
            int l = 0;
            float sum = 0;
            for (int r = 1; r < size; r++) {
                float ql = (float) ((sum + counts[l] * 0.5) / count);
                float err = ql * (1 - ql);
                float qr = (float) ((sum + counts[l] + counts[r] * 0.5) / count);
                float err2 = qr * (1 - qr);
                if (err > err2) err = err2;
                float k = 4 * count * err * EPSILON;
                if (counts[l] + counts[r] <= k) {
                    counts[l] += counts[r];
                    means[l] += counts[r] * (means[r] - means[l]) / counts[l];
                } else {
                    sum += counts[l];
                    l++;
                    if (l != r) {
                        means[l] = means[r];
                        counts[l] = counts[r];
                    }
                }
            }
            size = l + 1;
        }
        unmerged = 0;
    }

    @Override
    public void merge(QuantileSketch other) {
        TDigestSketch o = (TDigestSketch) other;
        for (int i = 0; i < o.size; i++) addCentroid(o.means[i], o.counts[i]);
    }

    private static float interpolate(float x, float x1, float y1, float x2, float y2) {
        double k = (x - x1) / (x2 - x1);
        return (float) (y1 + k * (y2 - y1));
    }

    private double quantile(double level) {
        if (size == 1) return means[0];
        double x = level * count;
        double prevX = 0;
        float sum = 0;
        float prevMean = means[0];
        for (int i = 0; i < size; i++) {
            double currentX = sum + counts[i] * 0.5;
            if (currentX >= x) return interpolate((float) x, (float) prevX, prevMean, (float) currentX, means[i]);
            sum += counts[i];
            prevMean = means[i];
            prevX = currentX;
        }
        return means[size - 1];
    }

    @Override
    public double[] get(double[] levels) {
        double[] out = new double[levels.length];
        if (size == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        compress();
        for (int i = 0; i < levels.length; i++) out[i] = quantile(levels[i]);
        return out;
    }

    @Override
    public void write(WriteBuffer out) {
        compress();
        StateIO.writeVarUInt(out, size);
        for (int i = 0; i < size; i++) {
            writeFloat(out, means[i]);
            writeFloat(out, counts[i]);
        }
    }

    private static void writeFloat(WriteBuffer out, float f) {
        int b = Float.floatToRawIntBits(f);
        for (int i = 0; i < 4; i++) StateIO.writeByte(out, (b >>> (8 * i)) & 0xFF);
    }

    private static float readFloat(ReadBuffer in) {
        int b = 0;
        for (int i = 0; i < 4; i++) b |= StateIO.readByte(in) << (8 * i);
        return Float.intBitsToFloat(b);
    }

    @Override
    public void readAndMerge(ReadBuffer in) {
        int n = StateIO.readCount(in, MAX_UNMERGED);
        for (int i = 0; i < n; i++) {
            float m = readFloat(in);
            addCentroid(m, readFloat(in));
        }
    }

    @Override
    public long byteSize() {
        return 8L * means.length + 16;
    }
}
