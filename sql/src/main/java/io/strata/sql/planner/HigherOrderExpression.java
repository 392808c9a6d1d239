package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.IntegerType;
import io.strata.exec.expression.Expression;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Higher-order array functions with a lambda: {@code arrayMap(x -> x * 2, arr)} and friends.
 * The lambda body is compiled once over an "element chunk" whose columns are the arrays'
 * flattened elements (one channel per lambda parameter) followed by captured outer values
 * repeated per element, so the body runs vectorized over all elements of a chunk at once.
 */
final class HigherOrderExpression implements Expression {
    /** ClickHouse's spellings (system.functions lists them through SyntaxFunctions). */
    static final List<String> CANONICAL = List.of("arrayMap", "arrayFilter", "arrayExists", "arrayAll", "arrayCount",
            "arraySum", "arrayFirst", "arrayLast", "arrayFirstIndex", "arrayLastIndex", "arraySort", "arrayReverseSort",
            "arrayMin", "arrayMax", "arrayAvg", "arrayCumSum", "arrayFill", "arrayReverseFill", "arraySplit", "arrayReverseSplit");

    /** The same names in lower case, as the planner matches them. */
    static final Set<String> NAMES = CANONICAL.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The functions without a lambda-less form (ClickHouse's needExpression): arrayFill(arr) is an
     * error, not arrayFill(x -> x, arr).
     */
    private static final Set<String> LAMBDA_REQUIRED = Set.of("arrayfill", "arrayreversefill", "arraysplit", "arrayreversesplit");

    private final String function; // lower case
    private final List<Expression> arrays;
    private final Expression body;
    private final List<Expression> captures;
    private final DataType type;

    HigherOrderExpression(String name, List<Expression> arrays, Expression body, List<Expression> captures) {
        this.function = name.toLowerCase(Locale.ROOT);
        this.arrays = arrays;
        this.body = body;
        this.captures = captures;
        DataType first = ((ArrayType) DataTypes.removeLowCardinality(arrays.get(0).type())).element();
        DataType bodyType = body.type();
        this.type = switch (function) {
            case "arraymap" -> new ArrayType(bodyType);
            case "arrayfilter", "arraysort", "arrayreversesort" -> arrays.get(0).type();
            case "arrayfill", "arrayreversefill" -> new ArrayType(first);
            case "arraysplit", "arrayreversesplit" -> new ArrayType(new ArrayType(first));
            case "arrayexists", "arrayall" -> DataTypes.UINT8;
            case "arraycount", "arrayfirstindex", "arraylastindex" -> DataTypes.UINT32;
            case "arrayfirst", "arraylast" -> first;
            case "arraysum", "arraycumsum" -> {
                DataType u = bodyType.unwrap();
                DataType sum = u instanceof IntegerType it ? (it.signed() ? DataTypes.INT64 : DataTypes.UINT64) : DataTypes.FLOAT64;
                yield function.equals("arraysum") ? sum : new ArrayType(sum);
            }
            case "arraymin", "arraymax" -> bodyType;
            case "arrayavg" -> DataTypes.FLOAT64;
            default -> throw new DbException(ErrorCode.UNKNOWN_FUNCTION, "Unknown higher-order function " + name);
        };
        if (Set.of("arrayfilter", "arrayexists", "arrayall", "arraycount", "arrayfirst", "arraylast", "arrayfirstindex",
                "arraylastindex", "arrayfill", "arrayreversefill", "arraysplit", "arrayreversesplit").contains(function) && !bodyType.unwrap().isInteger()) {
            throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Expression for function " + name
                    + " must return UInt8, found " + bodyType);
        }
        if ((function.equals("arraymin") || function.equals("arraymax") || function.equals("arrayavg"))
                && !bodyType.unwrap().isNumeric()) {
            throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type " + bodyType + " of argument of function " + name);
        }
    }

    /** Rejects a call without a lambda first (the caller found none) of a function that requires one. */
    static void checkLambdaGiven(String lower, String name, int argumentCount) {
        if (!LAMBDA_REQUIRED.contains(lower)) return;
        if (argumentCount < 2) {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function " + name + " needs at least 2 arguments, passed "
                    + argumentCount);
        }
        throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function " + name + " must be a function");
    }

    @Override
    public DataType type() {
        return type;
    }

    @Override
    public Column evaluate(Chunk input) {
        int rows = input.rowCount();
        ArrayColumn[] arrs = new ArrayColumn[arrays.size()];
        for (int j = 0; j < arrs.length; j++) arrs[j] = (ArrayColumn) arrays.get(j).evaluate(input).materialize();
        int base = arrs[0].start(0);
        int total = arrs[0].start(rows) - base;
        for (int j = 1; j < arrs.length; j++) {
            for (int r = 0; r < rows; r++) {
                if (arrs[j].length(r) != arrs[0].length(r)) {
                    throw new DbException(ErrorCode.SIZES_OF_ARRAYS_DONT_MATCH, "Arrays passed to " + function + " must have equal size");
                }
            }
        }
        int[] positions = new int[total];
        int k = 0;
        for (int r = 0; r < rows; r++) for (int e = 0; e < arrs[0].length(r); e++) positions[k++] = r;
        Column[] cols = new Column[arrs.length + captures.size()];
        for (int j = 0; j < arrs.length; j++) cols[j] = arrs[j].elements().slice(arrs[j].start(0), total);
        for (int c = 0; c < captures.size(); c++) {
            Column v = captures.get(c).evaluate(input);
            cols[arrs.length + c] = v instanceof ConstColumn cc ? cc.withSize(total) : v.take(positions, total);
        }
        Column values = body.evaluate(new Chunk(cols, total)).materialize();
        int[] offsets = new int[rows + 1];
        for (int r = 0; r < rows; r++) offsets[r + 1] = arrs[0].start(r + 1) - base;
        Column elements = cols[0];
        return switch (function) {
            case "arraymap" -> new ArrayColumn(type, offsets, values, rows);
            case "arrayfilter" -> filter(elements, truth(values), offsets, rows);
            case "arrayexists", "arrayall", "arraycount", "arrayfirstindex", "arraylastindex" -> counts(truth(values), offsets, rows);
            case "arrayfirst", "arraylast" -> first(elements, truth(values), offsets, rows);
            case "arraysum", "arrayavg", "arraymin", "arraymax", "arraycumsum" -> numeric(values, offsets, rows);
            case "arraysort", "arrayreversesort" -> sort(elements, values, offsets, rows, function.equals("arrayreversesort"));
            case "arrayfill", "arrayreversefill" -> ArrayFillSplit.fill(type, elements, truth(values), offsets, rows,
                    function.equals("arrayreversefill"));
            case "arraysplit", "arrayreversesplit" -> ArrayFillSplit.split((ArrayType) type, elements, truth(values), offsets, rows,
                    function.equals("arrayreversesplit"));
            default -> throw new DbException(ErrorCode.LOGICAL_ERROR, function);
        };
    }

    /** Non-zero and non-NULL values as booleans. */
    private static boolean[] truth(Column c) {
        int n = c.size();
        boolean[] out = new boolean[n];
        byte[] nulls = null;
        if (c instanceof NullableColumn nc) {
            nulls = nc.nulls();
            c = nc.values();
        }
        switch (c) {
            case LongColumn l -> {
                long[] v = l.values();
                for (int i = 0; i < n; i++) out[i] = v[i] != 0;
            }
            case DoubleColumn d -> {
                double[] v = d.values();
                for (int i = 0; i < n; i++) out[i] = v[i] != 0;
            }
            default -> throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Lambda must return a number, found " + c.type());
        }
        if (nulls != null) for (int i = 0; i < n; i++) out[i] &= nulls[i] == 0;
        return out;
    }

    private Column filter(Column elements, boolean[] keep, int[] offsets, int rows) {
        int[] kept = new int[keep.length];
        int[] out = new int[rows + 1];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int e = offsets[r]; e < offsets[r + 1]; e++) if (keep[e]) kept[k++] = e;
            out[r + 1] = k;
        }
        return new ArrayColumn(type, out, elements.take(kept, k), rows);
    }

    private Column counts(boolean[] t, int[] offsets, int rows) {
        long[] out = new long[rows];
        for (int r = 0; r < rows; r++) {
            int from = offsets[r], to = offsets[r + 1];
            long v = 0;
            switch (function) {
                case "arrayexists" -> {
                    for (int e = from; e < to && v == 0; e++) if (t[e]) v = 1;
                }
                case "arrayall" -> {
                    v = 1;
                    for (int e = from; e < to && v == 1; e++) if (!t[e]) v = 0;
                }
                case "arraycount" -> {
                    for (int e = from; e < to; e++) if (t[e]) v++;
                }
                case "arrayfirstindex" -> {
                    for (int e = from; e < to; e++) {
                        if (t[e]) {
                            v = e - from + 1;
                            break;
                        }
                    }
                }
                default -> {
                    for (int e = to - 1; e >= from; e--) {
                        if (t[e]) {
                            v = e - from + 1;
                            break;
                        }
                    }
                }
            }
            out[r] = v;
        }
        return new LongColumn(type, out, rows);
    }

    private Column first(Column elements, boolean[] t, int[] offsets, int rows) {
        ColumnBuilder b = type.createBuilder(rows);
        boolean last = function.equals("arraylast");
        for (int r = 0; r < rows; r++) {
            int found = -1;
            if (last) {
                for (int e = offsets[r + 1] - 1; e >= offsets[r]; e--) {
                    if (t[e]) {
                        found = e;
                        break;
                    }
                }
            } else {
                for (int e = offsets[r]; e < offsets[r + 1]; e++) {
                    if (t[e]) {
                        found = e;
                        break;
                    }
                }
            }
            if (found < 0) b.appendDefault();
            else b.append(elements, found);
        }
        return b.build();
    }

    private Column numeric(Column values, int[] offsets, int rows) {
        if (values instanceof NullableColumn) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Nullable results in " + function + " are not supported yet");
        }
        boolean floating = values instanceof DoubleColumn;
        double[] d = floating ? ((DoubleColumn) values).values() : null;
        long[] l = floating ? null : ((LongColumn) values).values();
        boolean unsigned = values.type() instanceof IntegerType it && !it.signed();
        switch (function) {
            case "arraycumsum" -> {
                int n = offsets[rows];
                if (type instanceof ArrayType at && at.element().equals(DataTypes.FLOAT64)) {
                    double[] out = new double[n];
                    for (int r = 0; r < rows; r++) {
                        double acc = 0;
                        for (int e = offsets[r]; e < offsets[r + 1]; e++) out[e] = acc += floating ? d[e] : l[e];
                    }
                    return new ArrayColumn(type, offsets, new DoubleColumn(DataTypes.FLOAT64, out, n), rows);
                }
                long[] out = new long[n];
                for (int r = 0; r < rows; r++) {
                    long acc = 0;
                    for (int e = offsets[r]; e < offsets[r + 1]; e++) out[e] = acc += l[e];
                }
                return new ArrayColumn(type, offsets, new LongColumn(((ArrayType) type).element(), out, n), rows);
            }
            case "arraysum" -> {
                if (type.equals(DataTypes.FLOAT64)) {
                    double[] out = new double[rows];
                    for (int r = 0; r < rows; r++) {
                        double acc = 0;
                        for (int e = offsets[r]; e < offsets[r + 1]; e++) acc += floating ? d[e] : l[e];
                        out[r] = acc;
                    }
                    return new DoubleColumn(type, out, rows);
                }
                long[] out = new long[rows];
                for (int r = 0; r < rows; r++) {
                    long acc = 0;
                    for (int e = offsets[r]; e < offsets[r + 1]; e++) acc += l[e];
                    out[r] = acc;
                }
                return new LongColumn(type, out, rows);
            }
            case "arrayavg" -> {
                double[] out = new double[rows];
                for (int r = 0; r < rows; r++) {
                    double acc = 0;
                    int n = offsets[r + 1] - offsets[r];
                    for (int e = offsets[r]; e < offsets[r + 1]; e++) {
                        acc += floating ? d[e] : unsigned ? unsignedToDouble(l[e]) : l[e];
                    }
                    out[r] = n == 0 ? Double.NaN : acc / n;
                }
                return new DoubleColumn(type, out, rows);
            }
            default -> {
                boolean max = function.equals("arraymax");
                RowComparator cmp = RowComparators.create(values, values, 1);
                int[] pick = new int[rows];
                ColumnBuilder b = type.createBuilder(rows);
                for (int r = 0; r < rows; r++) {
                    int best = -1;
                    for (int e = offsets[r]; e < offsets[r + 1]; e++) {
                        if (best < 0 || (max ? cmp.compare(e, best) > 0 : cmp.compare(e, best) < 0)) best = e;
                    }
                    pick[r] = best;
                    if (best < 0) b.appendDefault();
                    else b.append(values, best);
                }
                return b.build();
            }
        }
    }

    private static double unsignedToDouble(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }

    private Column sort(Column elements, Column keys, int[] offsets, int rows, boolean descending) {
        RowComparator cmp = RowComparators.create(keys, keys, 1);
        Integer[] order = new Integer[offsets[rows]];
        for (int i = 0; i < order.length; i++) order[i] = i;
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.sort(order, offsets[r], offsets[r + 1], descending ? (a, b) -> cmp.compare(b, a) : cmp::compare);
        }
        int[] positions = new int[order.length];
        for (int i = 0; i < order.length; i++) positions[i] = order[i];
        return new ArrayColumn(type, offsets, elements.take(positions, positions.length), rows);
    }
}
