package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.type.DataType;
import io.strata.exec.driver.ExecutionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming DISTINCT on some channels: emits each row whose key was not seen before (the first
 * occurrence, whole row), so results flow before the input ends. NULLs are equal to each other.
 */
public final class DistinctOperator implements Operator {
    private final int[] keyChannels;
    private final ExecutionContext context; // may be null: no memory accounting
    private GroupTable table;
    private long accounted;
    private int[] groupIds = new int[0];
    private int[] positions = new int[0];
    private Chunk pending;
    private boolean finishing;

    public DistinctOperator(int[] keyChannels) {
        this(keyChannels, null);
    }

    public DistinctOperator(int[] keyChannels, ExecutionContext context) {
        this.keyChannels = keyChannels.clone();
        this.context = context;
    }

    @Override public boolean needsInput() { return pending == null && !finishing; }

    @Override
    public void addInput(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0) return;
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
        int before = table.groupCount();
        table.findOrInsert(keys, n, groupIds);
        int k = 0;
        // Group ids are dense in order of first appearance: a row opens a group iff its id is the next new one.
        int next = before;
        for (int i = 0; i < n; i++) {
            positions[k] = i;
            if (groupIds[i] == next) {
                k++;
                next++;
            }
        }
        account();
        if (k == n) pending = chunk;
        else if (k > 0) pending = chunk.take(positions, k);
    }

    private void account() {
        if (context == null) return;
        long now = table.byteSize();
        if (now > accounted) context.memory().allocate(now - accounted);
        else context.memory().free(accounted - now);
        accounted = now;
    }

    @Override
    public Chunk getOutput() {
        Chunk c = pending;
        pending = null;
        return c;
    }

    @Override public void finish() { finishing = true; }
    @Override public boolean isFinished() { return finishing && pending == null; }

    @Override
    public void close() {
        if (context != null && accounted > 0) {
            context.memory().free(accounted);
            accounted = 0;
        }
    }
}
