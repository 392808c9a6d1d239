package io.strata.sql.ast;

import java.util.List;

/** Any other {@code SHOW word...} (SHOW ENGINES, SHOW FUNCTIONS...), kept as its words for the server to decide. */
public record ShowOtherStatement(List<String> words) implements Statement {
    public ShowOtherStatement {
        words = Immutable.list(words);
    }
}
