package io.strata.formats.values;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

/**
 * Thrown by the Values reader for a value that is not a plain literal it can parse (an expression
 * such as {@code now()} or {@code 1 + 2}, or a literal its type rejects). ClickHouse falls back to
 * evaluating such values as SQL expressions; a caller that can evaluate expressions catches this,
 * while everyone else sees an ordinary parse error.
 */
public final class ValuesExpressionException extends DbException {
    private final long row;
    private final int column;
    private final String text;

    public ValuesExpressionException(ErrorCode code, String message, long row, int column, String text, Throwable cause) {
        super(code, message, cause);
        this.row = row;
        this.column = column;
        this.text = text;
    }

    /** The 1-based row of the value. */
    public long row() { return row; }

    /** The 0-based column of the value. */
    public int column() { return column; }

    /** The value's source text. */
    public String text() { return text; }
}
