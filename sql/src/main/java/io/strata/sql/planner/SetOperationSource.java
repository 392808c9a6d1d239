package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.exec.operator.GroupTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * INTERSECT / EXCEPT of two inputs with equal headers: the right input is read first into a table
 * of distinct rows (with occurrence counts for the ALL forms), then the left input streams through
 * a filter. With {@code counting}, each left row consumes one remaining occurrence of its value on
 * the right (multiset semantics); without, a left row only asks whether its value is on the right
 * (the caller removes duplicates afterwards). Left rows keep their order.
 */
final class SetOperationSource implements ChunkSource {
    private final ChunkSource left;
    private final ChunkSource right;
    private final boolean intersect;
    private final boolean counting;
    private GroupTable table;
    private int rightGroups;
    private long[] remaining = new long[0];
    private int[] groupIds = new int[0];
    private boolean rightRead;

    SetOperationSource(ChunkSource left, ChunkSource right, boolean intersect, boolean counting) {
        this.left = left;
        this.right = right;
        this.intersect = intersect;
        this.counting = counting;
    }

    private void readRight() {
        Chunk c;
        while ((c = right.next()) != null) {
            if (c.rowCount() == 0) continue;
            int n = c.rowCount();
            int[] ids = find(c);
            rightGroups = table.groupCount();
            if (remaining.length < rightGroups) remaining = Arrays.copyOf(remaining, Math.max(rightGroups, remaining.length * 2));
            for (int i = 0; i < n; i++) remaining[ids[i]]++;
        }
        right.close();
        rightRead = true;
    }

    private int[] find(Chunk c) {
        int n = c.rowCount();
        if (table == null) {
            List<DataType> types = new ArrayList<>();
            for (int i = 0; i < c.width(); i++) types.add(c.column(i).type());
            table = GroupTable.create(types, false);
        }
        if (groupIds.length < n) groupIds = new int[n];
        Column[] keys = c.columns();
        table.findOrInsert(keys, n, groupIds);
        return groupIds;
    }

    @Override
    public Chunk next() {
        if (!rightRead) readRight();
        Chunk c;
        while ((c = left.next()) != null) {
            int n = c.rowCount();
            if (n == 0) continue;
            if (table == null && intersect) continue; // nothing on the right: nothing intersects
            if (table == null) return c;
            int[] ids = find(c);
            int[] keep = new int[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                int g = ids[i];
                // group ids at or past rightGroups were created by this lookup: the value is not on the right
                boolean matched = g < rightGroups && remaining[g] > 0;
                if (matched && counting) remaining[g]--;
                if (matched == intersect) keep[k++] = i;
            }
            if (k == n) return c;
            if (k > 0) return c.take(keep, k);
        }
        return null;
    }

    @Override
    public void close() {
        left.close();
        if (!rightRead) right.close();
    }
}
