package io.strata.exec.function.aggregate;

import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import java.util.Arrays;

/**
 * quantileTiming's state, ClickHouse's QuantileTiming: values are whole milliseconds clamped to
 * 30000. Up to {@value #TINY_MAX} values are kept as they are (the quantile is sorted[count * level]);
 * up to {@value #MEDIUM_MAX} in a growing list (sorted[level * size], the last for level 1); past
 * that a histogram with one bucket per millisecond below 1024 and per 16 ms above, where a bucket
 * above 1024 reads back as its start plus ClickHouse's pseudo-random offset (intHash32 of the bucket
 * index mod 16, minus 8). So the result is exact for about 5670 values, or for values below 1024.
 */
final class TimingSketch implements QuantileSketch {
    static final int TINY_MAX = 31;
    /** ClickHouse converts the list once it holds half of the histogram's byte size in UInt16 values. */
    private static final int BIG_THRESHOLD = 30000;
    private static final int SMALL_THRESHOLD = 1024;
    private static final int BIG_PRECISION = 16;
    private static final int BIG_SIZE = (BIG_THRESHOLD - SMALL_THRESHOLD) / BIG_PRECISION;
    /** ClickHouse leaves the list once it would take half the histogram's bytes (a UInt64 count and UInt64 buckets) as UInt16 values. */
    static final int MEDIUM_MAX = 8 * (1 + SMALL_THRESHOLD + BIG_SIZE) / 2 / 2;

    private short[] list = new short[8];
    private int size;
    /** Null until the histogram takes over. */
    private long[] histogram;
    private long count;

    /** A UInt64 argument as quantileTiming reads it: anything past 30000 (negative values included) is 30000. */
    static double unsignedClamp(long v) {
        return v < 0 || v > BIG_THRESHOLD ? BIG_THRESHOLD : v;
    }

    private static int clamp(double x) {
        return x < 0 || x > BIG_THRESHOLD || Double.isNaN(x) ? BIG_THRESHOLD : (int) x;
    }

    private void toHistogram() {
        histogram = new long[SMALL_THRESHOLD + BIG_SIZE];
        count = 0;
        for (int i = 0; i < size; i++) histogramAdd(list[i] & 0xFFFF, 1);
        list = null;
        size = 0;
    }

    private void histogramAdd(int x, long w) {
        count += w;
        if (x < SMALL_THRESHOLD) histogram[x] += w;
        else if (x < BIG_THRESHOLD) histogram[SMALL_THRESHOLD + (x - SMALL_THRESHOLD) / BIG_PRECISION] += w;
    }

    private void listAdd(int x) {
        if (size == list.length) list = Arrays.copyOf(list, size * 2);
        list[size++] = (short) x;
    }

    @Override
    public void add(double value, long weight, long determinator) {
        int x = clamp(value);
        if (histogram != null) {
            histogramAdd(x, weight);
        } else if (weight == 1) {
            if (size >= MEDIUM_MAX) {
                toHistogram();
                histogramAdd(x, 1);
            } else {
                listAdd(x);
            }
        } else if (weight >= 0 && weight < TINY_MAX && size + weight <= TINY_MAX) {
            for (long i = 0; i < weight; i++) listAdd(x);
        } else {
            toHistogram();
            histogramAdd(x, weight);
        }
    }

    @Override
    public void merge(QuantileSketch other) {
        TimingSketch o = (TimingSketch) other;
        if (o.histogram != null) {
            if (histogram == null) toHistogram();
            count += o.count;
            for (int i = 0; i < histogram.length; i++) histogram[i] += o.histogram[i];
        } else if (histogram != null) {
            for (int i = 0; i < o.size; i++) histogramAdd(o.list[i] & 0xFFFF, 1);
        } else {
            for (int i = 0; i < o.size; i++) listAdd(o.list[i] & 0xFFFF);
            if (size > TINY_MAX && size >= MEDIUM_MAX) toHistogram();
        }
    }

    private static int bigValue(int i) {
        long offset = (UniqKeys.intHash32(i) % BIG_PRECISION) - BIG_PRECISION / 2;
        return (int) ((i * BIG_PRECISION + SMALL_THRESHOLD + offset) & 0xFFFF);
    }

    private double quantile(double level, short[] sorted) {
        if (histogram == null) {
            if (size == 0) return Double.NaN;
            if (size <= TINY_MAX) return sorted[level != 1 ? (int) (size * level) : size - 1] & 0xFFFF;
            int n = level < 1 ? (int) (level * size) : size - 1;
            return sorted[n] & 0xFFFF;
        }
        if (count == 0) return Double.NaN;
        long pos = (long) Math.ceil(count * level);
        long acc = 0;
        for (int i = 0; i < histogram.length; i++) {
            if (histogram[i] == 0) continue;
            acc += histogram[i];
            if (acc >= pos) return i < SMALL_THRESHOLD ? i : bigValue(i - SMALL_THRESHOLD);
        }
        return BIG_THRESHOLD;
    }

    @Override
    public double[] get(double[] levels) {
        short[] sorted = null;
        if (histogram == null) {
            sorted = Arrays.copyOf(list, size);
            Arrays.sort(sorted);
        }
        double[] out = new double[levels.length];
        for (int i = 0; i < levels.length; i++) out[i] = quantile(levels[i], sorted);
        return out;
    }

    @Override
    public void write(WriteBuffer out) {
        if (histogram == null) {
            StateIO.writeByte(out, 1);
            StateIO.writeVarUInt(out, size);
            for (int i = 0; i < size; i++) StateIO.writeVarUInt(out, list[i] & 0xFFFF);
        } else {
            StateIO.writeByte(out, 3);
            for (long c : histogram) StateIO.writeVarUInt(out, c);
        }
    }

    @Override
    public void readAndMerge(ReadBuffer in) {
        TimingSketch o = new TimingSketch();
        if (StateIO.readByte(in) == 1) {
            int n = StateIO.readCount(in, MEDIUM_MAX);
            for (int i = 0; i < n; i++) o.listAdd((int) StateIO.readVarUInt(in));
        } else {
            o.toHistogram();
            for (int i = 0; i < o.histogram.length; i++) {
                o.histogram[i] = StateIO.readVarUInt(in);
                o.count += o.histogram[i];
            }
        }
        merge(o);
    }

    @Override
    public long byteSize() {
        return histogram != null ? 8L * histogram.length : 2L * list.length + 16;
    }
}
