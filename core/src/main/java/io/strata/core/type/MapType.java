package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.MapColumnBuilder;
import java.util.List;

/** Map(K, V): stored as Array(Tuple(K, V)), as ClickHouse does. */
public final class MapType extends DataType {
    private final DataType key;
    private final DataType value;
    private final ArrayType nested;
    private final String name;

    public MapType(DataType key, DataType value) {
        this.key = key;
        this.value = value;
        this.nested = new ArrayType(new TupleType(List.of(key, value), List.of("keys", "values")));
        this.name = "Map(" + key.name() + ", " + value.name() + ")";
    }

    public DataType key() { return key; }
    public DataType value() { return value; }

    /** The Array(Tuple(keys K, values V)) this map is stored as. */
    public ArrayType nested() { return nested; }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return TypeId.MAP; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.MAP; }
    @Override public boolean canBeInsideNullable() { return false; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new MapColumnBuilder(this, expectedRows); }
}
