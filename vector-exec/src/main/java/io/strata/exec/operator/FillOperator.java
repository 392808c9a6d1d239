package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.DoubleColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.type.DataType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * ORDER BY ... WITH FILL: inserts rows for the values missing between sorted rows. Runs after the
 * sort (and LIMIT BY), before LIMIT, over the whole sorted result.
 * <p>
 * The fill columns, in ORDER BY order, form a row of "current" values that advances like an
 * odometer towards the next input row: the innermost column that has a TO bound first runs up to
 * that bound, then the first column that differs from the target takes one STEP and the columns
 * inside it restart at their FROM (or take the target's values when the step lands on the target).
 * FROM is inclusive and fills before the first row; TO is exclusive and fills after the last row.
 * ORDER BY columns written before the first WITH FILL column are a sorting prefix: filling starts
 * over for each of their values, and generated rows copy them. Other columns of a generated row
 * hold their type's default value.
 */
public final class FillOperator implements Operator {
    /**
     * One WITH FILL column: values are handled as doubles (exact for the integers, dates and times
     * filled in practice). from/to are NaN when absent; a non-zero {@code monthStep} steps by
     * calendar months ({@code unitSeconds}: 0 for Date (days), 1 for DateTime (seconds)).
     */
    public record FillColumn(int channel, boolean descending, double from, double to, double step, int monthStep,
                             long unitSeconds) {
    }

    private final List<FillColumn> fill;
    private final int[] prefix;
    private final List<Chunk> input = new ArrayList<>();
    private Chunk output;
    private boolean finishing;

    public FillOperator(List<FillColumn> fill, int[] prefix) {
        this.fill = List.copyOf(fill);
        this.prefix = prefix.clone();
    }

    /** A new operator with the same columns (operators hold state: one per run). */
    public FillOperator fresh() {
        return new FillOperator(fill, prefix);
    }

    @Override public boolean needsInput() { return !finishing; }

    @Override
    public void addInput(Chunk chunk) {
        if (chunk.rowCount() > 0) input.add(chunk);
    }

    @Override
    public Chunk getOutput() {
        Chunk c = output;
        output = null;
        return c;
    }

    @Override
    public void finish() {
        if (finishing) return;
        finishing = true;
        if (input.isEmpty()) return;
        output = fillAll();
        input.clear();
    }

    @Override public boolean isFinished() { return finishing && output == null; }

    // ---------------------------------------------------------------------------------------

    private final class Writer {
        final Chunk shape;
        final ColumnBuilder[] builders;
        int rows;

        Writer(Chunk shape) {
            this.shape = shape;
            builders = new ColumnBuilder[shape.width()];
            for (int i = 0; i < builders.length; i++) builders[i] = shape.column(i).type().createBuilder(1024);
        }

        void copy(Chunk c, int row) {
            for (int i = 0; i < builders.length; i++) builders[i].append(c.column(i), row);
            rows++;
        }

        /** A generated row: fill values (NaN: unknown, written as default), prefix copied from {@code groupRow}. */
        void generated(double[] values, Chunk group, int groupRow) {
            boolean[] written = new boolean[builders.length];
            for (int p : prefix) {
                builders[p].append(group.column(p), groupRow);
                written[p] = true;
            }
            for (int f = 0; f < fill.size(); f++) {
                int ch = fill.get(f).channel();
                if (written[ch]) continue;
                written[ch] = true;
                double v = values[f];
                if (Double.isNaN(v)) builders[ch].appendDefault();
                else if (builders[ch] instanceof DoubleColumnBuilder d) d.append(v);
                else ((LongColumnBuilder) builders[ch]).append((long) v);
            }
            for (int i = 0; i < builders.length; i++) if (!written[i]) builders[i].appendDefault();
            rows++;
        }

        Chunk build() {
            Column[] cols = new Column[builders.length];
            for (int i = 0; i < cols.length; i++) cols[i] = builders[i].build();
            return new Chunk(cols, rows);
        }
    }

    private Chunk fillAll() {
        int k = fill.size();
        Writer out = new Writer(input.get(0));
        double[] cur = new double[k];
        double[] target = new double[k];
        double[] end = new double[k];
        for (int f = 0; f < k; f++) end[f] = fill.get(f).to();
        Chunk groupChunk = null;
        int groupRow = -1;
        for (Chunk c : input) {
            for (int r = 0; r < c.rowCount(); r++) {
                for (int f = 0; f < k; f++) target[f] = value(c.column(fill.get(f).channel()), r);
                boolean newGroup = groupChunk == null || !samePrefix(groupChunk, groupRow, c, r);
                if (newGroup) {
                    if (groupChunk != null) {
                        while (advance(cur, end)) out.generated(cur, groupChunk, groupRow);
                    }
                    // start the group at FROM (columns without FROM start at the row's own value)
                    for (int f = 0; f < k; f++) cur[f] = Double.isNaN(fill.get(f).from()) ? target[f] : fill.get(f).from();
                    groupChunk = c;
                    groupRow = r;
                    if (before(cur, target)) out.generated(cur, c, r);
                }
                while (advance(cur, target)) out.generated(cur, c, r);
                out.copy(c, r);
                System.arraycopy(target, 0, cur, 0, k);
                groupChunk = c;
                groupRow = r;
            }
        }
        while (advance(cur, end)) out.generated(cur, groupChunk, groupRow);
        return out.build();
    }

    private boolean samePrefix(Chunk a, int ra, Chunk b, int rb) {
        for (int p : prefix) {
            Object x = a.column(p).getObject(ra);
            Object y = b.column(p).getObject(rb);
            if (x == null ? y != null : !x.equals(y)) return false;
        }
        return true;
    }

    private static double value(Column c, int row) {
        Column m = c.materialize();
        if (m instanceof LongColumn l) return l.get(row);
        if (m instanceof DoubleColumn d) return d.get(row);
        Object o = m.getObject(row);
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Whether {@code a} comes strictly before {@code b} in column f's direction. */
    private boolean less(int f, double a, double b) {
        return fill.get(f).descending() ? a > b : a < b;
    }

    /** Row order of two fill-value rows, comparing their known values left to right. */
    private boolean before(double[] a, double[] b) {
        for (int f = 0; f < a.length; f++) {
            if (Double.isNaN(a[f]) || Double.isNaN(b[f]) || a[f] == b[f]) continue;
            return less(f, a[f], b[f]);
        }
        return false;
    }

    /** One step of column f's value (calendar months for month intervals). */
    private double step(int f, double v) {
        FillColumn c = fill.get(f);
        if (c.monthStep() == 0) return v + c.step();
        if (c.unitSeconds() == 0) return LocalDate.ofEpochDay((long) v).plusMonths(c.monthStep()).toEpochDay();
        LocalDateTime t = LocalDateTime.ofEpochSecond((long) v, 0, ZoneOffset.UTC).plusMonths(c.monthStep());
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    /**
     * Moves {@code cur} to the next generated row on the way to {@code target} (NaN entries of the
     * target are unbounded); false when the next row would reach or pass the target.
     */
    private boolean advance(double[] cur, double[] target) {
        int k = cur.length;
        int pos = 0;
        while (pos < k && (Double.isNaN(cur[pos]) || Double.isNaN(target[pos]) || cur[pos] == target[pos])) pos++;
        if (pos == k || less(pos, target[pos], cur[pos])) return false;
        // inner columns first run up to their TO bound
        for (int f = k - 1; f > pos; f--) {
            double to = fill.get(f).to();
            if (Double.isNaN(to) || Double.isNaN(cur[f])) continue;
            double n = step(f, cur[f]);
            if (less(f, n, to)) {
                cur[f] = n;
                restart(cur, f + 1);
                return true;
            }
        }
        double n = step(pos, cur[pos]);
        if (less(pos, target[pos], n)) return false;
        // TO bounds every generated value, also between two rows
        double to = fill.get(pos).to();
        if (!Double.isNaN(to) && !less(pos, n, to)) return false;
        cur[pos] = n;
        if (n == target[pos]) {
            boolean earlier = false;
            for (int f = pos + 1; f < k; f++) {
                double from = fill.get(f).from();
                cur[f] = Double.isNaN(from) ? target[f] : from;
                earlier |= !Double.isNaN(cur[f]) && !Double.isNaN(target[f]) && less(f, cur[f], target[f]);
            }
            return earlier;
        }
        restart(cur, pos + 1);
        return true;
    }

    private void restart(double[] cur, int from) {
        for (int f = from; f < cur.length; f++) cur[f] = fill.get(f).from();
    }

    /** The column type a FillColumn can fill: numbers, Date and DateTime (stored as long or double). */
    public static boolean fillable(DataType t) {
        ColumnBuilder b = t.createBuilder(1);
        return b instanceof LongColumnBuilder || b instanceof DoubleColumnBuilder;
    }
}
