package io.strata.sql.parser;

/**
 * A query the dialect does not accept. The message follows ClickHouse's shape,
 * {@code Syntax error: failed at position N (near 'tok'): <query>. Expected one of: ...}, so clients that
 * parse it keep working; the server maps this exception to code 62 (SYNTAX_ERROR).
 */
public final class SyntaxErrorException extends RuntimeException {
    private final int position;

    public SyntaxErrorException(int position, String message) {
        super(message);
        this.position = position;
    }

    /** 1-based character position of the offending token in the text given to SqlParser. */
    public int position() {
        return position;
    }
}
