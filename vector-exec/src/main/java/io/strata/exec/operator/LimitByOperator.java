package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** LIMIT n [OFFSET m] BY keys: passes rows m..m+n-1 of each distinct key, in input order. */
public final class LimitByOperator implements Operator {
    private final int[] keyChannels;
    private final long limit;
    private final long offset;
    private GroupTable table;
    private long[] seen = new long[16];
    private int[] groupIds = new int[0];
    private int[] positions = new int[0];
    private Chunk pending;
    private boolean finishing;

    public LimitByOperator(int[] keyChannels, long limit, long offset) {
        this.keyChannels = keyChannels.clone();
        this.limit = Math.max(0, limit);
        this.offset = Math.max(0, offset);
    }

    @Override public boolean needsInput() { return pending == null && !finishing; }

    @Override
    public void addInput(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0 || limit == 0) return;
        Column[] keys = new Column[keyChannels.length];
        for (int i = 0; i < keys.length; i++) keys[i] = chunk.column(keyChannels[i]);
        if (table == null) {
            List<DataType> types = new ArrayList<>();
            for (Column k : keys) types.add(k.type());
            table = GroupTable.create(types, false);
        }
        if (groupIds.length < n) {
            groupIds = new int[n];
            positions = new int[n];
        }
        table.findOrInsert(keys, n, groupIds);
        if (seen.length < table.groupCount()) seen = Arrays.copyOf(seen, Math.max(table.groupCount(), seen.length * 2));
        long end = offset + limit;
        int k = 0;
        for (int i = 0; i < n; i++) {
            long c = seen[groupIds[i]]++;
            positions[k] = i;
            k += c >= offset && c < end ? 1 : 0;
        }
        if (k == n) pending = chunk;
        else if (k > 0) pending = chunk.take(positions, k);
    }

    @Override
    public Chunk getOutput() {
        Chunk c = pending;
        pending = null;
        return c;
    }

    @Override public void finish() { finishing = true; }
    @Override public boolean isFinished() { return finishing && pending == null; }
}
