package io.strata.core.block;

import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.List;

/** Column names and types of a stream of chunks. Immutable. */
public record Header(List<String> names, List<DataType> types) {
    public Header {
        names = List.copyOf(names);
        types = List.copyOf(types);
        if (names.size() != types.size()) throw new IllegalArgumentException("names/types size mismatch");
    }

    public static final Header EMPTY = new Header(List.of(), List.of());

    public int size() { return names.size(); }
    public String name(int i) { return names.get(i); }
    public DataType type(int i) { return types.get(i); }

    /** Position of the column with this name, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    public static Header of(Object... nameTypePairs) {
        List<String> n = new ArrayList<>();
        List<DataType> t = new ArrayList<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            n.add((String) nameTypePairs[i]);
            t.add((DataType) nameTypePairs[i + 1]);
        }
        return new Header(n, t);
    }
}
