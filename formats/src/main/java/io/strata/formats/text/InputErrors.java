package io.strata.formats.text;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import java.nio.charset.StandardCharsets;

/** ClickHouse-style parse error messages: the expected text and an excerpt of what came instead. */
public final class InputErrors {
    private InputErrors() {
    }

    private static final int EXCERPT = 40;

    /** Up to 40 bytes of {@code bytes[off, off + len)}, TabSeparated-escaped so control bytes are visible. */
    public static String excerpt(byte[] bytes, int off, int len) {
        int n = Math.max(0, Math.min(len, EXCERPT));
        StringBuilder sb = new StringBuilder();
        String s = new String(bytes, off, n, StandardCharsets.UTF_8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** An excerpt of the input at the current position, without consuming it ({@code <EOF>} at the end). */
    public static String excerpt(ReadBuffer in) {
        if (!in.ensureAvailable()) return "<EOF>";
        return excerpt(in.buffer(), in.bufferPos(), in.bufferLimit() - in.bufferPos());
    }

    /** {@code Cannot parse input: expected 'X' before: 'rest'}, CANNOT_PARSE_INPUT_ASSERTION_FAILED. */
    public static DbException expected(String what, ReadBuffer in) {
        String excerpt = excerpt(in);
        byte[] w = what.getBytes(StandardCharsets.UTF_8);
        what = what.equals("\\n") ? what : excerpt(w, 0, w.length);
        return new DbException(ErrorCode.CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse input: expected '"
                + what + "' " + (excerpt.equals("<EOF>") ? "at end of stream." : "before: '" + excerpt + "'"));
    }

    /** The same error with the row appended, as ClickHouse reports it: {@code ...: (at row 3)}. */
    public static DbException atRow(DbException e, long row) {
        return new DbException(e.code(), e.getMessage() + ": (at row " + row + ")", e);
    }
}
