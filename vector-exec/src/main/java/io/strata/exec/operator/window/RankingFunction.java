package io.strata.exec.operator.window;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;

/**
 * The functions of a row's position in its partition, which ignore the frame: row_number, rank,
 * dense_rank, percent_rank, cume_dist and ntile. Peers are rows equal on the ORDER BY keys; without
 * ORDER BY every row of a partition is a peer of every other.
 */
public final class RankingFunction implements WindowFunction {
    public enum Kind { ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST, NTILE }

    private final Kind kind;
    private final long buckets;

    public RankingFunction(Kind kind, long buckets) {
        this.kind = kind;
        this.buckets = buckets;
    }

    @Override
    public DataType type() {
        return kind == Kind.PERCENT_RANK || kind == Kind.CUME_DIST ? DataTypes.FLOAT64 : DataTypes.UINT64;
    }

    @Override
    public Column evaluate(WindowLayout l, Column[] arguments) {
        int n = l.rowCount;
        if (kind == Kind.PERCENT_RANK || kind == Kind.CUME_DIST) {
            double[] out = new double[n];
            for (int r = 0; r < n; r++) {
                int size = l.partitionEnd[r] - l.partitionStart[r];
                if (kind == Kind.CUME_DIST) {
                    out[r] = (double) (l.peerEnd[r] - l.partitionStart[r]) / size;
                } else {
                    out[r] = size == 1 ? 0 : (double) (l.peerStart[r] - l.partitionStart[r]) / (size - 1);
                }
            }
            return new DoubleColumn(DataTypes.FLOAT64, out, n);
        }
        long[] out = new long[n];
        long dense = 0;
        for (int r = 0; r < n; r++) {
            int ps = l.partitionStart[r];
            switch (kind) {
                case ROW_NUMBER -> out[r] = r - ps + 1;
                case RANK -> out[r] = l.peerStart[r] - ps + 1;
                case DENSE_RANK -> {
                    if (r == ps) dense = 1;
                    else if (l.peerStart[r] == r) dense++;
                    out[r] = dense;
                }
                default -> out[r] = bucket(r - ps, l.partitionEnd[r] - ps);
            }
        }
        return new LongColumn(DataTypes.UINT64, out, n);
    }

    /** ntile: the first (size % buckets) buckets hold one row more than the others. */
    private long bucket(long index, long size) {
        if (buckets >= size) return index + 1;
        long small = size / buckets;
        long bigOnes = size % buckets;
        long inBig = bigOnes * (small + 1);
        return index < inBig ? index / (small + 1) + 1 : bigOnes + (index - inBig) / small + 1;
    }
}
