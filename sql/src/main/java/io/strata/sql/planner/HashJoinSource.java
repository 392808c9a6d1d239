package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.exec.expression.Expression;
import io.strata.exec.operator.Columns;
import io.strata.exec.operator.GroupTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An equi-join by hashing: the right side is read whole into memory and its key values grouped
 * (ClickHouse's default hash join, right table in memory), then left chunks stream through and
 * each left row is paired with every right row of its key, in right-side order. LEFT keeps a left
 * row without a match, paired with the right side's default values (join_use_nulls = 0); ANY keeps
 * the first match only; no keys (CROSS JOIN, FROM a, b) pairs every row with every row. A NULL in a
 * key matches nothing, as in ClickHouse. The probe looks keys up through the same group table, so
 * it runs on one thread.
 */
final class HashJoinSource implements ChunkSource {
    /** How a side's chunk is laid out: the relation columns it was opened with, and where each key's inputs are. */
    record Side(List<ChunkSource> morsels, List<Expression> keys, List<int[]> keyInputs) {
    }

    private final Side left;
    private final boolean keepUnmatched;
    private final boolean firstMatchOnly;
    /** Per output column: true when it comes from the right side; and its position in that side's chunk. */
    private final boolean[] fromRight;
    private final int[] position;

    private final Column[] right; // the right side's columns plus one row of default values at the end
    private final int defaultRow;
    private final GroupTable table;
    private final int buildGroups;
    private final int[] first;
    private final int[] next;
    private int morsel;

    HashJoinSource(Side left, Side rightSide, List<DataType> rightTypes, boolean keepUnmatched, boolean firstMatchOnly,
                   boolean[] fromRight, int[] position, List<DataType> keyTypes) {
        this.left = left;
        this.keepUnmatched = keepUnmatched;
        this.firstMatchOnly = firstMatchOnly;
        this.fromRight = fromRight;
        this.position = position;

        List<Chunk> chunks = new ArrayList<>();
        for (ChunkSource s : rightSide.morsels()) {
            try (s) {
                for (Chunk c; (c = s.next()) != null; ) if (c.rowCount() > 0) chunks.add(c);
            }
        }
        int rows = 0;
        for (Chunk c : chunks) rows += c.rowCount();
        Column[] built = new Column[rightTypes.size()];
        for (int i = 0; i < built.length; i++) {
            List<Column> parts = new ArrayList<>();
            for (Chunk c : chunks) parts.add(c.column(i));
            ColumnBuilder defaults = rightTypes.get(i).createBuilder(1);
            defaults.appendDefault();
            parts.add(defaults.build());
            built[i] = Columns.concatColumns(parts);
        }
        this.right = built;
        this.defaultRow = rows;

        table = keyTypes.isEmpty() ? null : GroupTable.create(keyTypes, false);
        Column[] keys = keyColumns(rightSide, built, rows);
        int[] ids = new int[rows];
        if (table != null) table.findOrInsert(keys, rows, ids);
        buildGroups = table == null ? 1 : table.groupCount();
        first = new int[buildGroups];
        Arrays.fill(first, -1);
        next = new int[rows];
        for (int r = rows - 1; r >= 0; r--) {
            if (hasNull(keys, r)) continue;
            next[r] = first[ids[r]];
            first[ids[r]] = r;
        }
    }

    /** Key values of the first {@code rows} rows of a side's columns. */
    private static Column[] keyColumns(Side side, Column[] columns, int rows) {
        Column[] keys = new Column[side.keys().size()];
        for (int k = 0; k < keys.length; k++) {
            int[] inputs = side.keyInputs().get(k);
            Column[] in = new Column[inputs.length];
            for (int i = 0; i < inputs.length; i++) in[i] = columns[inputs[i]].slice(0, rows);
            keys[k] = side.keys().get(k).evaluate(new Chunk(in, rows));
        }
        return keys;
    }

    private static boolean hasNull(Column[] keys, int row) {
        for (Column k : keys) if (k.isNullAt(row)) return true;
        return false;
    }

    @Override
    public Chunk next() {
        while (morsel < left.morsels().size()) {
            ChunkSource source = left.morsels().get(morsel);
            Chunk c = source.next();
            if (c == null) {
                source.close();
                morsel++;
                continue;
            }
            if (c.rowCount() == 0) continue;
            Chunk out = probe(c);
            if (out.rowCount() > 0) return out;
        }
        return null;
    }

    private Chunk probe(Chunk c) {
        int n = c.rowCount();
        Column[] keys = keyColumns(left, c.columns(), n);
        int[] ids = new int[n];
        if (table != null) table.findOrInsert(keys, n, ids);
        int[] leftRows = new int[Math.max(16, n)];
        int[] rightRows = new int[leftRows.length];
        int count = 0;
        for (int row = 0; row < n; row++) {
            boolean matched = false;
            int g = ids[row];
            if (g < buildGroups && !hasNull(keys, row)) {
                for (int r = first[g]; r >= 0; r = next[r]) {
                    if (count == leftRows.length) {
                        leftRows = Arrays.copyOf(leftRows, count * 2);
                        rightRows = Arrays.copyOf(rightRows, count * 2);
                    }
                    leftRows[count] = row;
                    rightRows[count++] = r;
                    matched = true;
                    if (firstMatchOnly) break;
                }
            }
            if (!matched && keepUnmatched) {
                if (count == leftRows.length) {
                    leftRows = Arrays.copyOf(leftRows, count * 2);
                    rightRows = Arrays.copyOf(rightRows, count * 2);
                }
                leftRows[count] = row;
                rightRows[count++] = defaultRow;
            }
        }
        Column[] out = new Column[position.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = fromRight[i] ? right[position[i]].take(rightRows, count) : c.column(position[i]).take(leftRows, count);
        }
        return new Chunk(out, count);
    }

    @Override
    public void close() {
        for (int i = morsel; i < left.morsels().size(); i++) left.morsels().get(i).close();
        morsel = left.morsels().size();
    }
}
