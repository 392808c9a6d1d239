package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.ScalarFunctionCall;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Evaluates a filter predicate straight into the positions of the rows it keeps. The conjuncts
 * of a top-level {@code and} are applied one after another to the rows still selected: first
 * those whose kernel selects by itself (a column against a constant: no UInt8 column of flags),
 * then the others in their order, each over only the rows the earlier ones kept when it is a
 * plain tree of deterministic functions (ClickHouse's short-circuit evaluation of {@code and}:
 * {@code x <> 0 AND intDiv(1, x) = 0} divides by no zero), else over the whole chunk. A
 * predicate calling throwIf is evaluated as one, over every row, as ClickHouse never
 * short-circuits throwIf. The rows kept are those where every conjunct is non-zero and not NULL,
 * which is where {@code and} is true. Holds no state: one instance serves many threads.
 */
public final class PredicateSelector {
    private final Expression[] conjuncts;
    /** Per conjunct: whether its call selects directly. */
    private final boolean[] direct;
    /** Per conjunct: the input channels it reads when it may run on the selected rows only, else null. */
    private final int[][] channels;

    public PredicateSelector(Expression predicate) {
        List<Expression> parts = new ArrayList<>();
        // throwIf must see every row, as ClickHouse never short-circuits it: the predicate as one
        if (callsThrowIf(predicate)) parts.add(predicate);
        else flatten(predicate, parts);
        List<Expression> first = new ArrayList<>(), rest = new ArrayList<>();
        for (Expression e : parts) (selectsDirectly(e) ? first : rest).add(e);
        first.addAll(rest);
        conjuncts = first.toArray(new Expression[0]);
        direct = new boolean[conjuncts.length];
        channels = new int[conjuncts.length][];
        for (int i = 0; i < conjuncts.length; i++) {
            direct[i] = selectsDirectly(conjuncts[i]);
            BitSet used = new BitSet();
            channels[i] = conjuncts.length > 1 && plainChannels(conjuncts[i], used) ? used.stream().toArray() : null;
        }
    }

    private static void flatten(Expression e, List<Expression> out) {
        if (e instanceof ScalarFunctionCall c && c.function().name().equals("and") && c.arguments().size() >= 2) {
            for (Expression a : c.arguments()) flatten(a, out);
        } else {
            out.add(e);
        }
    }

    /** A selecting call over columns and constants only: nothing in it can fail on rows a filter dropped. */
    private static boolean selectsDirectly(Expression e) {
        if (!(e instanceof ScalarFunctionCall c) || !c.selects()) return false;
        for (Expression a : c.arguments()) if (!(a instanceof ColumnReference || a instanceof ConstantExpression)) return false;
        return true;
    }

    private static boolean callsThrowIf(Expression e) {
        if (!(e instanceof ScalarFunctionCall c)) return false;
        if (c.function().name().equalsIgnoreCase("throwIf")) return true;
        for (Expression a : c.arguments()) if (callsThrowIf(a)) return true;
        return false;
    }

    /** Whether {@code e} is made of deterministic calls, columns and constants; collects its columns. */
    private static boolean plainChannels(Expression e, BitSet used) {
        return switch (e) {
            case ColumnReference r -> {
                used.set(r.channel());
                yield true;
            }
            case ConstantExpression c -> true;
            case ScalarFunctionCall c -> {
                if (!c.function().isDeterministic()) yield false;
                for (Expression a : c.arguments()) if (!plainChannels(a, used)) yield false;
                yield true;
            }
            default -> false;
        };
    }

    /** Writes the positions of the rows the predicate keeps to {@code out} (at least the chunk's rows long); returns how many. */
    public int select(Chunk chunk, int[] out) {
        int n = chunk.rowCount();
        int count = -1; // every row
        for (int i = 0; i < conjuncts.length && count != 0; i++) {
            if (direct[i]) {
                count = ((ScalarFunctionCall) conjuncts[i]).select(chunk, out, count);
            } else if (count >= 0 && count < n && channels[i] != null) {
                count = FilterOperator.refine(conjuncts[i].evaluate(selectedRows(chunk, channels[i], out, count)), out, count, true);
            } else {
                Column mask = conjuncts[i].evaluate(chunk);
                count = count < 0 || count == n ? FilterOperator.select(mask, n, out) : FilterOperator.refine(mask, out, count, false);
            }
        }
        if (count < 0) {
            for (int r = 0; r < n; r++) out[r] = r;
            return n;
        }
        return count;
    }

    /** The chunk's selected rows of the columns in {@code used}; the other columns are placeholders never read. */
    private static Chunk selectedRows(Chunk chunk, int[] used, int[] positions, int count) {
        Column[] columns = new Column[chunk.width()];
        int u = 0;
        for (int c = 0; c < columns.length; c++) {
            if (u < used.length && used[u] == c) {
                columns[c] = chunk.column(c).take(positions, count);
                u++;
            } else {
                columns[c] = new ConstColumn(chunk.column(c).type().defaultColumn(1), count);
            }
        }
        return new Chunk(columns, count);
    }
}
