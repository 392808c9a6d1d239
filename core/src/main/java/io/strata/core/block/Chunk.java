package io.strata.core.block;

import io.strata.core.column.Column;

/**
 * A batch of rows: one column per header entry, all of {@code rowCount} rows. Chunks are the
 * unit operators exchange (typically 8-64K rows). A chunk may have zero columns but a row count
 * (e.g. {@code SELECT count() FROM t} reads no column).
 */
public record Chunk(Column[] columns, int rowCount) {

    public Chunk {
        for (Column c : columns) {
            if (c.size() != rowCount) {
                throw new IllegalArgumentException("column size " + c.size() + " != row count " + rowCount);
            }
        }
    }

    public static Chunk of(Column... columns) {
        return new Chunk(columns, columns.length == 0 ? 0 : columns[0].size());
    }

    public Column column(int i) { return columns[i]; }
    public int width() { return columns.length; }

    public long byteSize() {
        long s = 0;
        for (Column c : columns) s += c.byteSize();
        return s;
    }

    public Chunk slice(int offset, int length) {
        Column[] out = new Column[columns.length];
        for (int i = 0; i < out.length; i++) out[i] = columns[i].slice(offset, length);
        return new Chunk(out, length);
    }

    public Chunk take(int[] positions, int count) {
        Column[] out = new Column[columns.length];
        for (int i = 0; i < out.length; i++) out[i] = columns[i].take(positions, count);
        return new Chunk(out, count);
    }
}
