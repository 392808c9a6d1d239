package io.strata.core.column;

import io.strata.core.type.DataType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Map(K, V) stored as Array(Tuple(K, V)). */
public final class MapColumn implements Column {
    private final DataType type;
    private final ArrayColumn nested;

    public MapColumn(DataType type, ArrayColumn nested) {
        this.type = type;
        this.nested = nested;
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return nested.size(); }
    public ArrayColumn nested() { return nested; }
    public Column keys() { return ((TupleColumn) nested.elements()).element(0); }
    public Column values() { return ((TupleColumn) nested.elements()).element(1); }

    @Override public Column slice(int offset, int length) { return new MapColumn(type, (ArrayColumn) nested.slice(offset, length)); }
    @Override public Column take(int[] positions, int count) { return new MapColumn(type, (ArrayColumn) nested.take(positions, count)); }

    @Override
    public Object getObject(int row) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (Object kv : (List<?>) nested.getObject(row)) {
            List<?> pair = (List<?>) kv;
            m.put(pair.get(0), pair.get(1));
        }
        return m;
    }

    @Override public long byteSize() { return nested.byteSize(); }
}
