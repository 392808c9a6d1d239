package io.strata.sql.ast;

import java.util.List;
import java.util.Map;

/**
 * INSERT. Exactly one of table and tableFunction is set; columns is null when no column list is written.
 * Either select is set, or format is ("Values" for VALUES) and the data follows in the statement text
 * from character {@code dataStart} on: it is never tokenized, because it can be huge. For INSERT ... SELECT
 * format is null and dataStart is -1.
 */
public record InsertStatement(TableName table, FunctionCall tableFunction, List<String> columns, Map<String, Expr> settings,
                              SelectUnion select, String format, int dataStart) implements Statement {
    public InsertStatement {
        columns = Immutable.nullableList(columns);
        settings = Immutable.map(settings);
    }

    public boolean hasInlineData() {
        return format != null;
    }

    /** The inline data, given the text of this statement (see ParsedStatement.text); empty when none. */
    public String data(String statementText) {
        if (dataStart < 0 || dataStart >= statementText.length()) {
            return "";
        }
        return statementText.substring(dataStart);
    }
}
