package io.strata.core.table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A data mutation: {@code ALTER TABLE ... DELETE WHERE p}, {@code ALTER TABLE ... UPDATE c = e
 * WHERE p}, or the lightweight {@code DELETE FROM t WHERE p} (rows are masked, not rewritten).
 * Expressions are SQL text over the table's columns; {@code partition} is a PARTITION clause's
 * text ({@code ID 'x'} or an expression) or null; {@code command} is the SQL text
 * system.mutations shows.
 */
public record MutationCommand(Kind kind, String predicate, Map<String, String> assignments, String partition, String command) {

    public enum Kind { DELETE, UPDATE, LIGHTWEIGHT_DELETE }

    public MutationCommand {
        assignments = assignments == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
    }
}
