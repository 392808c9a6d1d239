package io.strata.nativeproto.client;

import io.strata.core.error.ErrorCode;

/**
 * An Exception packet from the server: ClickHouse's code (which may be one Strata has no name
 * for), the exception's class name, its display text ({@code DB::Exception: ...}), the server's
 * stack trace and the exception it wraps, if any.
 */
public final class ServerException extends RuntimeException {
    private final int code;
    private final String name;
    private final String displayText;
    private final String serverStackTrace;
    private final ServerException nested;

    public ServerException(int code, String name, String displayText, String serverStackTrace, ServerException nested) {
        super(displayText);
        this.code = code;
        this.name = name;
        this.displayText = displayText;
        this.serverStackTrace = serverStackTrace;
        this.nested = nested;
    }

    public int code() {
        return code;
    }

    /** The exception's class on the server ({@code DB::Exception}, {@code DB::NetException}...). */
    public String name() {
        return name;
    }

    /** The text the server sent, {@code DB::Exception: Table default.t does not exist}. */
    public String displayText() {
        return displayText;
    }

    public String serverStackTrace() {
        return serverStackTrace;
    }

    public ServerException nested() {
        return nested;
    }

    /** The code's ClickHouse name ({@code UNKNOWN_TABLE}), or null when Strata does not know the code. */
    public String codeName() {
        ErrorCode c = ErrorCode.byCode(code);
        return c == null ? null : c.name();
    }
}
