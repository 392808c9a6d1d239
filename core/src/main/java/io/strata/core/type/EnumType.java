package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumnBuilder;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Enum8/Enum16: a name per numeric value, stored as the value in a {@code long[]}. */
public final class EnumType extends DataType {
    private final boolean wide;
    private final Map<String, Integer> values;    // in order of value, as ClickHouse keeps them
    private final Map<Integer, String> names = new HashMap<>();
    private final String name;

    public EnumType(boolean wide, LinkedHashMap<String, Integer> values) {
        this.wide = wide;
        // ClickHouse sorts the elements by value: Enum8('b' = 2, 'a' = 1) is named Enum8('a' = 1, 'b' = 2),
        // and the name is what the Native and *WithNamesAndTypes formats carry
        LinkedHashMap<String, Integer> sorted = new LinkedHashMap<>();
        values.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        this.values = Collections.unmodifiableMap(sorted);
        StringBuilder sb = new StringBuilder(wide ? "Enum16(" : "Enum8(");
        boolean first = true;
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            names.put(e.getValue(), e.getKey());
            if (!first) sb.append(", ");
            first = false;
            sb.append('\'').append(e.getKey().replace("\\", "\\\\").replace("'", "\\'")).append("' = ").append(e.getValue());
        }
        this.name = sb.append(')').toString();
    }

    public boolean isEnum16() { return wide; }
    public Map<String, Integer> values() { return values; }

    /** The name of a value, or null when the value is not declared. */
    public String nameOf(long value) { return names.get((int) value); }

    /** The value of a name, or null when the name is not declared. */
    public Integer valueOf(String name) { return values.get(name); }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return wide ? TypeId.ENUM16 : TypeId.ENUM8; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.LONG; }
    @Override public int fixedWidth() { return wide ? 2 : 1; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new LongColumnBuilder(this, expectedRows); }
}
