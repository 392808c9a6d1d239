package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * OPTIMIZE ... DEDUPLICATE: drops rows equal in every column to an earlier row of the merged
 * stream. Equal rows have equal sorting keys, so only rows of the current key are remembered.
 */
final class DeduplicatingStream implements ChunkSource {
    private final ChunkSource input;
    private final MergeTreeSchema schema;
    private final Set<List<Object>> seen = new HashSet<>();
    private List<Object> currentKey;

    DeduplicatingStream(ChunkSource input, MergeTreeSchema schema) {
        this.input = input;
        this.schema = schema;
    }

    @Override
    public Chunk next() {
        Chunk c;
        while ((c = input.next()) != null) {
            Column[] keys = schema.mergeKeyColumns(c);
            int[] keep = new int[c.rowCount()];
            int n = 0;
            for (int r = 0; r < c.rowCount(); r++) {
                List<Object> key = row(keys, r);
                if (!key.equals(currentKey)) {
                    currentKey = key;
                    seen.clear();
                }
                if (seen.add(row(c.columns(), r))) keep[n++] = r;
            }
            if (n == c.rowCount()) return c;
            if (n > 0) return c.take(keep, n);
        }
        return null;
    }

    private static List<Object> row(Column[] columns, int r) {
        List<Object> out = new ArrayList<>(columns.length);
        for (Column col : columns) {
            Object o = col.getObject(r);
            if (o instanceof byte[] b) o = ByteBuffer.wrap(b);
            else if (o instanceof Object[] a) o = Arrays.asList(a);
            out.add(o);
        }
        return out;
    }

    @Override
    public void close() {
        input.close();
    }
}
