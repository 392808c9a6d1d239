package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.TupleColumnBuilder;
import java.util.List;

/** Tuple(T1, T2, ...) or named Tuple(a T1, b T2): one column per element. */
public final class TupleType extends DataType {
    private final List<DataType> elements;
    private final List<String> names; // null when unnamed
    private final String name;

    public TupleType(List<DataType> elements, List<String> names) {
        this.elements = List.copyOf(elements);
        this.names = names == null ? null : List.copyOf(names);
        StringBuilder sb = new StringBuilder("Tuple(");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) sb.append(", ");
            if (names != null) sb.append(names.get(i)).append(' ');
            sb.append(elements.get(i).name());
        }
        this.name = sb.append(')').toString();
    }

    public TupleType(List<DataType> elements) {
        this(elements, null);
    }

    public List<DataType> elements() { return elements; }

    /** Element names, or null for an unnamed tuple. */
    public List<String> names() { return names; }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return TypeId.TUPLE; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.TUPLE; }
    @Override public boolean canBeInsideNullable() { return false; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new TupleColumnBuilder(this, expectedRows); }
}
