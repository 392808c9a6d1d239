package io.strata.server.system;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.ArrayColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumnBuilder;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.column.LowCardinalityColumnBuilder;
import io.strata.core.column.MapColumnBuilder;
import io.strata.core.column.NullableColumnBuilder;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.type.LowCardinalityType;

/**
 * Builds a small chunk row by row from Java values (system tables only: not a hot path). Values
 * are Strings, Numbers (DateTime as epoch seconds), Booleans, byte[] (UUID, FixedString), Lists
 * (arrays), Maps (Map columns) or null (Nullable).
 */
public final class RowsBuilder {
    private final Header header;
    private final ColumnBuilder[] builders;
    private int rows;

    public RowsBuilder(Header header) {
        this.header = header;
        this.builders = new ColumnBuilder[header.size()];
        for (int i = 0; i < builders.length; i++) builders[i] = header.type(i).createBuilder(16);
    }

    public void add(Object... values) {
        for (int i = 0; i < values.length; i++) append(builders[i], values[i]);
        rows++;
    }

    private static void append(ColumnBuilder b, Object v) {
        if (v == null) {
            b.appendNull();
            return;
        }
        switch (b) {
            case NullableColumnBuilder nb -> {
                append(nb.values(), v);
                nb.markNotNull();
            }
            case StringColumnBuilder sb -> {
                if (v instanceof byte[] bytes) sb.append(bytes);
                else sb.append(String.valueOf(v));
            }
            case ArrayColumnBuilder ab -> {
                for (Object element : (java.util.List<?>) v) append(ab.elements(), element);
                ab.endArray();
            }
            case MapColumnBuilder mb -> {
                for (java.util.Map.Entry<?, ?> e : ((java.util.Map<?, ?>) v).entrySet()) {
                    append(mb.keys(), e.getKey());
                    append(mb.values(), e.getValue());
                    mb.endEntry();
                }
                mb.endMap();
            }
            case LowCardinalityColumnBuilder lb -> {
                ColumnBuilder one = ((LowCardinalityType) lb.type()).inner().createBuilder(1);
                append(one, v);
                lb.append(one.build(), 0);
            }
            case LongColumnBuilder lb -> lb.append(v instanceof Boolean bo ? (bo ? 1 : 0) : ((Number) v).longValue());
            case DoubleColumnBuilder db -> db.append(((Number) v).doubleValue());
            default -> throw new IllegalArgumentException("unsupported system column type " + b.type());
        }
    }

    public Chunk build() {
        Column[] cols = new Column[builders.length];
        for (int i = 0; i < cols.length; i++) cols[i] = builders[i].build();
        return new Chunk(cols, rows);
    }

    public Header header() {
        return header;
    }
}
