package io.strata.sql.ast;

import java.util.List;

/** A column or alias reference; {@code a.b.c} keeps its parts, since only the analyzer knows what the prefix names. */
public record Identifier(List<String> parts) implements Expr {
    public Identifier {
        parts = Immutable.list(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty identifier");
        }
    }

    public static Identifier of(String... parts) {
        return new Identifier(List.of(parts));
    }

    /** The name as written, parts joined by dots. */
    public String name() {
        return String.join(".", parts);
    }
}
