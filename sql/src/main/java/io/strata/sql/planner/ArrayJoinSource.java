package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.exec.expression.Expression;
import java.util.List;

/** Repeats rows per array element; see {@link #arrayJoinRelation(Relation, List, List, boolean, boolean)}. */
final class ArrayJoinSource implements ChunkSource {
    private final ChunkSource input;
    private final List<Expression> arrays;
    private final List<DataType> elementTypes;
    private final int[] map;
    private final boolean left;

    ArrayJoinSource(ChunkSource input, List<Expression> arrays, List<DataType> elementTypes, int[] map, boolean left) {
        this.input = input;
        this.arrays = arrays;
        this.elementTypes = elementTypes;
        this.map = map;
        this.left = left;
    }

    @Override
    public Chunk next() {
        while (true) {
            Chunk c = input.next();
            if (c == null) return null;
            int rows = c.rowCount();
            io.strata.core.column.ArrayColumn[] cols = new io.strata.core.column.ArrayColumn[arrays.size()];
            for (int j = 0; j < cols.length; j++) {
                cols[j] = (io.strata.core.column.ArrayColumn) arrays.get(j).evaluate(c).materialize();
            }
            int[] lengths = new int[rows];
            int total = 0;
            for (int r = 0; r < rows; r++) {
                int len = cols[0].length(r);
                for (int j = 1; j < cols.length; j++) {
                    if (cols[j].length(r) != len) {
                        throw new DbException(ErrorCode.SIZES_OF_ARRAYS_DONT_MATCH, "Sizes of ARRAY-JOIN-ed arrays do not match");
                    }
                }
                lengths[r] = left && len == 0 ? 1 : len;
                total += lengths[r];
            }
            if (total == 0) continue;
            int[] positions = new int[total];
            int k = 0;
            for (int r = 0; r < rows; r++) for (int e = 0; e < lengths[r]; e++) positions[k++] = r;
            Column[] elements = new Column[cols.length];
            for (int j = 0; j < cols.length; j++) {
                io.strata.core.column.ArrayColumn a = cols[j];
                int[] elementPositions = new int[total];
                boolean[] isDefault = new boolean[total];
                boolean anyDefault = false;
                k = 0;
                for (int r = 0; r < rows; r++) {
                    if (a.length(r) == 0 && lengths[r] == 1) {
                        isDefault[k] = true;
                        anyDefault = true;
                        k++;
                        continue;
                    }
                    for (int e = a.start(r); e < a.start(r + 1); e++) elementPositions[k++] = e;
                }
                if (!anyDefault) {
                    elements[j] = a.elements().take(elementPositions, total);
                } else {
                    io.strata.core.column.ColumnBuilder b = elementTypes.get(j).createBuilder(total);
                    for (int i = 0; i < total; i++) {
                        if (isDefault[i]) b.appendDefault();
                        else b.append(a.elements(), elementPositions[i]);
                    }
                    elements[j] = b.build();
                }
            }
            Column[] out = new Column[map.length];
            for (int i = 0; i < map.length; i++) {
                out[i] = map[i] < 0 ? elements[-map[i] - 1] : c.column(map[i]).take(positions, total);
            }
            return new Chunk(out, total);
        }
    }

    @Override
    public void close() {
        input.close();
    }
}
