package io.strata.sql.parser;

import io.strata.sql.ast.InsertStatement;
import io.strata.sql.ast.Statement;

/**
 * One statement of a script with its own source: {@code text} is {@code script.substring(start, end)},
 * without the separating semicolon. The AST does not carry text because equal statements written
 * differently must compare equal, while CREATE statements are stored as written and INSERT data is read
 * from the text.
 */
public record ParsedStatement(Statement statement, String text, int start, int end) {
    /** The inline data of INSERT ... VALUES / FORMAT, or the empty string. */
    public String insertData() {
        return statement instanceof InsertStatement insert ? insert.data(text) : "";
    }
}
