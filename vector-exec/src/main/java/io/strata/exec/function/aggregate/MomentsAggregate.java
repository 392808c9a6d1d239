package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.List;

/**
 * The second-moment statistics, all → Float64 for any numeric argument (decimals included):
 * varPop, varSamp, stddevPop, stddevSamp of x; covarPop, covarSamp, corr of (x, y). Their SQL
 * aliases (VAR_POP, STDDEV_SAMP, COVAR_POP...) and the {@code ...Stable} names ClickHouse keeps
 * for its Welford variants resolve to the same implementation.
 *
 * <p>Each group keeps count, means and centred sums of squares / products, updated with Welford's
 * recurrence and merged with Chan's pairwise formula, so there is no catastrophic cancellation
 * (ClickHouse's non-Stable functions use raw power sums; on well-conditioned data the two agree
 * to the last digit or so). Edge cases as modern ClickHouse: no rows gives nan; varSamp,
 * stddevSamp and covarSamp of one row give nan; corr of a constant column gives nan.
 *
 * <p>State layout (version 1): VarUInt count, then Float64 little-endian mean and m2 (one
 * argument), or mean x, mean y, m2 x, m2 y, co-moment (two arguments).
 */
final class MomentsAggregate extends NamedAggregate {
    enum Kind {
        VAR_POP(1), VAR_SAMP(1), STDDEV_POP(1), STDDEV_SAMP(1), COVAR_POP(2), COVAR_SAMP(2), CORR(2);

        final int arity;

        Kind(int arity) {
            this.arity = arity;
        }
    }

    private final Kind kind;

    MomentsAggregate(String name, List<String> aliases, Kind kind) {
        // Only the SQL aliases are case-insensitive in ClickHouse; the registry applies one rule
        // per function, so the camel-case names also match in any case (a harmless superset).
        super(name, aliases, !aliases.isEmpty());
        this.kind = kind;
    }

    /** Every statistic under its ClickHouse names, for the bundle. */
    static List<MomentsAggregate> all() {
        return List.of(
                new MomentsAggregate("varPop", List.of("VAR_POP"), Kind.VAR_POP),
                new MomentsAggregate("varSamp", List.of("VAR_SAMP"), Kind.VAR_SAMP),
                new MomentsAggregate("stddevPop", List.of("STDDEV_POP", "STD"), Kind.STDDEV_POP),
                new MomentsAggregate("stddevSamp", List.of("STDDEV_SAMP"), Kind.STDDEV_SAMP),
                new MomentsAggregate("covarPop", List.of("COVAR_POP"), Kind.COVAR_POP),
                new MomentsAggregate("covarSamp", List.of("COVAR_SAMP"), Kind.COVAR_SAMP),
                new MomentsAggregate("corr", List.of(), Kind.CORR),
                new MomentsAggregate("varPopStable", List.of(), Kind.VAR_POP),
                new MomentsAggregate("varSampStable", List.of(), Kind.VAR_SAMP),
                new MomentsAggregate("stddevPopStable", List.of(), Kind.STDDEV_POP),
                new MomentsAggregate("stddevSampStable", List.of(), Kind.STDDEV_SAMP),
                new MomentsAggregate("covarPopStable", List.of(), Kind.COVAR_POP),
                new MomentsAggregate("covarSampStable", List.of(), Kind.COVAR_SAMP),
                new MomentsAggregate("corrStable", List.of(), Kind.CORR));
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, kind.arity, kind.arity);
        ArgumentChecks.noParameters(name(), parameters);
        for (DataType t : argumentTypes) {
            if (!t.isNumeric()) throw ArgumentChecks.illegalType(name(), t);
        }
        return new Bound(DataTypes.FLOAT64, () -> new MomentsAccumulator(kind, argumentTypes));
    }

    static final class MomentsAccumulator implements Accumulator {
        private final Kind kind;
        private final boolean two;
        private final NumericInput inX;
        private final NumericInput inY;
        private long[] count = new long[0];
        private double[] meanX = new double[0];
        private double[] m2X = new double[0];
        private double[] meanY = new double[0];
        private double[] m2Y = new double[0];
        private double[] coMoment = new double[0];

        MomentsAccumulator(Kind kind, List<DataType> types) {
            this.kind = kind;
            this.two = kind.arity == 2;
            this.inX = new NumericInput(types.get(0));
            this.inY = two ? new NumericInput(types.get(1)) : null;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            count = Capacity.grow(count, groupCount);
            meanX = Capacity.grow(meanX, groupCount);
            m2X = Capacity.grow(m2X, groupCount);
            if (two) {
                meanY = Capacity.grow(meanY, groupCount);
                m2Y = Capacity.grow(m2Y, groupCount);
                coMoment = Capacity.grow(coMoment, groupCount);
            }
        }

        private void addOne(int g, double x) {
            long n = ++count[g];
            double dx = x - meanX[g];
            meanX[g] += dx / n;
            m2X[g] += dx * (x - meanX[g]);
        }

        private void addTwo(int g, double x, double y) {
            long n = ++count[g];
            double dx = x - meanX[g];
            meanX[g] += dx / n;
            m2X[g] += dx * (x - meanX[g]);
            double dy = y - meanY[g];
            meanY[g] += dy / n;
            double newDy = y - meanY[g];
            m2Y[g] += dy * newDy;
            coMoment[g] += dx * newDy;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            double[] x = inX.read(arguments[0], rowCount);
            if (two) {
                double[] y = inY.read(arguments[1], rowCount);
                for (int i = 0; i < rowCount; i++) addTwo(groupIds[i], x[i], y[i]);
            } else {
                for (int i = 0; i < rowCount; i++) addOne(groupIds[i], x[i]);
            }
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            double[] x = inX.read(arguments[0], rowCount);
            if (two) {
                double[] y = inY.read(arguments[1], rowCount);
                for (int i = 0; i < rowCount; i++) addTwo(groupId, x[i], y[i]);
            } else {
                for (int i = 0; i < rowCount; i++) addOne(groupId, x[i]);
            }
        }

        /** Chan et al.: combines (nb, means b, m2 b, co-moment b) into group g. */
        private void combine(int g, long nb, double mxb, double m2xb, double myb, double m2yb, double cb) {
            if (nb == 0) return;
            long na = count[g];
            if (na == 0) {
                count[g] = nb;
                meanX[g] = mxb;
                m2X[g] = m2xb;
                if (two) {
                    meanY[g] = myb;
                    m2Y[g] = m2yb;
                    coMoment[g] = cb;
                }
                return;
            }
            long n = na + nb;
            double weight = (double) na * nb / n;
            double dx = mxb - meanX[g];
            meanX[g] += dx * nb / n;
            m2X[g] += m2xb + dx * dx * weight;
            if (two) {
                double dy = myb - meanY[g];
                meanY[g] += dy * nb / n;
                m2Y[g] += m2yb + dy * dy * weight;
                coMoment[g] += cb + dx * dy * weight;
            }
            count[g] = n;
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            MomentsAccumulator o = (MomentsAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (two) combine(mapping[g], o.count[g], o.meanX[g], o.m2X[g], o.meanY[g], o.m2Y[g], o.coMoment[g]);
                else combine(mapping[g], o.count[g], o.meanX[g], o.m2X[g], 0, 0, 0);
            }
        }

        private double value(int g) {
            long n = count[g];
            return switch (kind) {
                case VAR_POP -> n == 0 ? Double.NaN : m2X[g] / n;
                case VAR_SAMP -> n <= 1 ? Double.NaN : m2X[g] / (n - 1);
                case STDDEV_POP -> n == 0 ? Double.NaN : Math.sqrt(m2X[g] / n);
                case STDDEV_SAMP -> n <= 1 ? Double.NaN : Math.sqrt(m2X[g] / (n - 1));
                case COVAR_POP -> n == 0 ? Double.NaN : coMoment[g] / n;
                case COVAR_SAMP -> n <= 1 ? Double.NaN : coMoment[g] / (n - 1);
                case CORR -> n == 0 ? Double.NaN : coMoment[g] / Math.sqrt(m2X[g] * m2Y[g]);
            };
        }

        @Override
        public Column result(int groupCount) {
            double[] out = new double[groupCount];
            for (int g = 0; g < groupCount; g++) out[g] = value(g);
            return new DoubleColumn(DataTypes.FLOAT64, out, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            StateIO.writeVarUInt(out, count[groupId]);
            StateIO.writeDouble(out, meanX[groupId]);
            if (two) {
                StateIO.writeDouble(out, meanY[groupId]);
                StateIO.writeDouble(out, m2X[groupId]);
                StateIO.writeDouble(out, m2Y[groupId]);
                StateIO.writeDouble(out, coMoment[groupId]);
            } else {
                StateIO.writeDouble(out, m2X[groupId]);
            }
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            long n = StateIO.readVarUInt(in);
            double mx = StateIO.readDouble(in);
            if (two) {
                double my = StateIO.readDouble(in);
                double m2x = StateIO.readDouble(in);
                double m2y = StateIO.readDouble(in);
                double c = StateIO.readDouble(in);
                combine(groupId, n, mx, m2x, my, m2y, c);
            } else {
                combine(groupId, n, mx, StateIO.readDouble(in), 0, 0, 0);
            }
        }

        @Override
        public long byteSize() {
            return (two ? 48L : 24L) * count.length;
        }
    }
}
