package io.strata.core.error;

/**
 * The one exception type that crosses layer boundaries. It carries a ClickHouse error code so
 * every protocol can render it the way ClickHouse does:
 * {@code Code: 60. DB::Exception: Table default.t does not exist. (UNKNOWN_TABLE)}.
 */
public class DbException extends RuntimeException {
    private final ErrorCode code;

    public DbException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public DbException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public static DbException of(ErrorCode code, String format, Object... args) {
        return new DbException(code, args.length == 0 ? format : String.format(format, args));
    }

    public ErrorCode code() {
        return code;
    }

    /** ClickHouse's rendering, as HTTP bodies and clients print it. */
    public String toClickHouseString() {
        return "Code: " + code.code() + ". DB::Exception: " + getMessage() + ". (" + code.name() + ")";
    }

    /**
     * Wraps anything thrown by a query into a DbException: ours pass through, Java's own errors
     * become a LOGICAL_ERROR/UNKNOWN_EXCEPTION so the server keeps serving.
     */
    public static DbException wrap(Throwable t) {
        if (t instanceof DbException d) {
            return d;
        }
        if (t instanceof OutOfMemoryError) {
            String what = String.valueOf(t.getMessage()).contains("direct buffer") ? "native memory" : "Java heap";
            return new DbException(ErrorCode.MEMORY_LIMIT_EXCEEDED, "Memory limit exceeded: " + what + " exhausted", t);
        }
        if (t instanceof ArithmeticException) {
            return new DbException(ErrorCode.ILLEGAL_DIVISION, String.valueOf(t.getMessage()), t);
        }
        if (t instanceof StackOverflowError) {
            return new DbException(ErrorCode.LIMIT_EXCEEDED, "Query is too deeply nested (stack overflow)", t);
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
        return new DbException(ErrorCode.UNKNOWN_EXCEPTION, msg, t);
    }
}
