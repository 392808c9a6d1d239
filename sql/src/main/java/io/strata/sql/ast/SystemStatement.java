package io.strata.sql.ast;

import java.util.List;

/**
 * {@code SYSTEM word...} kept as words (a dotted name {@code db.t} is one word), because the set of SYSTEM
 * commands is large and each is handled by the server, not the planner.
 */
public record SystemStatement(List<String> words) implements Statement {
    public SystemStatement {
        words = Immutable.list(words);
    }
}
