package io.strata.core.column;

import io.strata.core.type.DataType;
import io.strata.core.type.LowCardinalityType;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a LowCardinality column by deduplicating values into a dictionary. Entry 0 of the
 * dictionary is the default value (NULL for a nullable dictionary), as in ClickHouse.
 */
public final class LowCardinalityColumnBuilder implements ColumnBuilder {
    private final LowCardinalityType type;
    private final ColumnBuilder dictionary;
    private final Map<Object, Integer> positions = new HashMap<>();
    private int[] indexes;
    private int size;

    public LowCardinalityColumnBuilder(LowCardinalityType type, int expectedRows) {
        this.type = type;
        this.dictionary = type.inner().createBuilder(16);
        this.dictionary.appendDefault();
        if (!type.inner().isNullable()) {
            positions.put(key(dictionary.build(), 0), 0);
        }
        this.indexes = new int[Math.max(8, expectedRows)];
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }

    private void addIndex(int ix) {
        if (size == indexes.length) indexes = Arrays.copyOf(indexes, indexes.length * 2);
        indexes[size++] = ix;
    }

    private static Object key(Column c, int row) {
        Object o = c.getObject(row);
        return o instanceof byte[] b ? ByteBuffer.wrap(b) : o;
    }

    @Override
    public void append(Column src, int row) {
        if (src instanceof ConstColumn c) {
            append(c.value(), 0);
            return;
        }
        if (src instanceof LowCardinalityColumn lc) {
            append(lc.dictionary(), lc.indexAt(row));
            return;
        }
        if (src.isNullAt(row)) {
            appendNull();
            return;
        }
        Object k = key(src, row);
        Integer ix = positions.get(k);
        if (ix == null) {
            ix = dictionary.size();
            dictionary.append(src, row);
            positions.put(k, ix);
        }
        addIndex(ix);
    }

    @Override
    public void appendNull() {
        if (!type.inner().isNullable()) dictionary.appendNull(); // throws the standard error
        addIndex(0);
    }

    @Override
    public void appendDefault() {
        addIndex(0);
    }

    @Override
    public LowCardinalityColumn build() {
        return new LowCardinalityColumn(type, dictionary.build(), indexes, size);
    }
}
