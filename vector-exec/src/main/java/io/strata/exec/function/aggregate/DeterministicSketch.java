package io.strata.exec.function.aggregate;

import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import java.util.Arrays;

/**
 * quantileDeterministic's state, ClickHouse's ReservoirSamplerDeterministic: a value is kept when
 * the low {@code d} bits of intHash64(determinator) (cut to 32 bits) are zero; when the sample
 * would exceed {@value #SAMPLE_SIZE} values, d rises and the sample is thinned. The kept values
 * depend only on the rows, not their order; the quantile interpolates in the sorted sample.
 *
 * <p>State layout: VarUInt d, VarUInt total, VarUInt sample size, then (Float64 value, UInt32 hash) pairs.
 */
final class DeterministicSketch implements QuantileSketch {
    static final int SAMPLE_SIZE = 8192;

    private double[] values = new double[4];
    private int[] hashes = new int[4];
    private int size;
    private int skipDegree;
    private long total;

    private boolean good(int h) {
        return skipDegree == 0 || (skipDegree < 32 ? (h & ((1 << skipDegree) - 1)) == 0 : h == 0);
    }

    private void thinOut() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (good(hashes[i])) {
                values[n] = values[i];
                hashes[n] = hashes[i];
                n++;
            }
        }
        size = n;
    }

    private void insertImpl(double v, int h) {
        // make room for one more value; a value no longer kept at the raised degree is dropped, so
        // the sample depends only on the set of rows, not on their order or how they were split
        while (size >= SAMPLE_SIZE) {
            skipDegree++;
            thinOut();
            if (!good(h)) return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        values[size] = v;
        hashes[size] = h;
        size++;
    }

    @Override
    public void add(double x, long weight, long determinator) {
        int h = (int) UniqKeys.intHash64(determinator);
        if (!good(h)) return;
        insertImpl(x, h);
        total++;
    }

    private void raise(int d) {
        if (d > skipDegree) {
            skipDegree = d;
            thinOut();
        }
    }

    @Override
    public void merge(QuantileSketch other) {
        DeterministicSketch o = (DeterministicSketch) other;
        raise(o.skipDegree);
        for (int i = 0; i < o.size; i++) if (good(o.hashes[i])) insertImpl(o.values[i], o.hashes[i]);
        total += o.total;
    }

    @Override
    public double[] get(double[] levels) {
        double[] out = new double[levels.length];
        double[] s = Arrays.copyOf(values, size);
        Arrays.sort(s);
        for (int i = 0; i < levels.length; i++) {
            if (size == 0) {
                out[i] = Double.NaN;
                continue;
            }
            double index = Math.max(0, Math.min(size - 1.0, levels[i] * (size - 1)));
            int left = (int) index;
            int right = left + 1;
            out[i] = right == size ? s[left] : s[left] * (right - index) + s[right] * (index - left);
        }
        return out;
    }

    @Override
    public void write(WriteBuffer out) {
        StateIO.writeVarUInt(out, skipDegree);
        StateIO.writeVarUInt(out, total);
        StateIO.writeVarUInt(out, size);
        for (int i = 0; i < size; i++) {
            StateIO.writeDouble(out, values[i]);
            StateIO.writeLong(out, hashes[i] & 0xFFFF_FFFFL);
        }
    }

    @Override
    public void readAndMerge(ReadBuffer in) {
        DeterministicSketch o = new DeterministicSketch();
        o.skipDegree = (int) StateIO.readVarUInt(in);
        o.total = StateIO.readVarUInt(in);
        int n = StateIO.readCount(in, SAMPLE_SIZE);
        for (int i = 0; i < n; i++) {
            double v = StateIO.readDouble(in);
            o.insertImpl(v, (int) StateIO.readLong(in));
        }
        merge(o);
    }

    @Override
    public long byteSize() {
        return 12L * values.length + 24;
    }
}
