package io.strata.client;

/**
 * A failed statement as a client reports it: the ClickHouse error code (the exit status of
 * non-interactive runs) and the text to print, {@code Code: 60. DB::Exception: ... (UNKNOWN_TABLE)}.
 */
public final class StatementException extends Exception {
    private final int code;

    public StatementException(int code, String text) {
        super(text);
        this.code = code;
    }

    public StatementException(int code, String text, Throwable cause) {
        super(text, cause);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
