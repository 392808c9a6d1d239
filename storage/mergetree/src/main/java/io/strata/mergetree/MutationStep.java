package io.strata.mergetree;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One command of a stored mutation, in the form the mutation file keeps it. Expressions are SQL
 * text over the table's columns as they were when the mutation was made. {@code partitionId}
 * limits DELETE/UPDATE to one partition (null: all). {@code text} is what system.mutations shows.
 *
 * <p>Kinds and their persisted names: DELETE and LIGHTWEIGHT_DELETE (rows where
 * {@code predicate} holds go; the lightweight form masks them instead of rewriting the part),
 * UPDATE ({@code assignments} where {@code predicate} holds), DROP_COLUMN and RENAME_COLUMN
 * ({@code column}, {@code newName}) whose data files go or get their new name, READ_COLUMN
 * (the column is rewritten in its new type) and MATERIALIZE_TTL (expired rows go).
 */
record MutationStep(Kind kind, String text, String predicate, Map<String, String> assignments, String column,
                    String newName, String partitionId) {

    enum Kind {
        DELETE("DELETE"), UPDATE("UPDATE"), LIGHTWEIGHT_DELETE("LIGHTWEIGHT_DELETE"), DROP_COLUMN("DROP_COLUMN"),
        RENAME_COLUMN("RENAME_COLUMN"), READ_COLUMN("READ_COLUMN"), MATERIALIZE_TTL("MATERIALIZE_TTL");

        /** The name written in mutation files: fixed, independent of the enum constant's name. */
        final String persisted;

        Kind(String persisted) {
            this.persisted = persisted;
        }

        static Kind ofPersisted(String s) {
            for (Kind k : values()) if (k.persisted.equals(s)) return k;
            return null;
        }
    }

    MutationStep {
        assignments = assignments == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
    }

    static MutationStep column(Kind kind, String text, String column, String newName) {
        return new MutationStep(kind, text, null, null, column, newName, null);
    }

    /** Whether the step changes rows (so that a part it touches is rewritten or masked). */
    boolean changesRows() {
        return kind == Kind.DELETE || kind == Kind.UPDATE || kind == Kind.LIGHTWEIGHT_DELETE || kind == Kind.MATERIALIZE_TTL;
    }

    boolean appliesTo(DataPart part) {
        return partitionId == null || partitionId.equals(part.info().partitionId());
    }
}
