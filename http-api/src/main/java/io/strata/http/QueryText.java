package io.strata.http;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The query of one HTTP request and, for an INSERT, the stream its data comes from.
 *
 * <p>ClickHouse reads one stream: the {@code query} parameter, a line break, then the request
 * body ({@code ?query=SEL} with body {@code ECT 1} is {@code SEL\nECT 1}, a syntax error). The
 * query part is read into memory up to {@code max_query_size} bytes; an INSERT's data may follow
 * it in the same stream and is never read whole: it is handed to the runner as a stream, byte for
 * byte (binary formats such as RowBinary or Native survive), starting after the format name,
 * spaces and at most one line break, or right after VALUES. Only the query part must be UTF-8.
 *
 * @param sql  the query text
 * @param data INSERT data that follows the query, or null
 */
record QueryText(String sql, InputStream data) {

    /**
     * Reads the query from the URL part and the (already decoded) body; either may be null. Reads
     * no further than needed: an INSERT ... FORMAT is split as soon as its data start is certain
     * (with the query in the URL, before the first body byte), anything else up to its end or
     * {@code maxQuerySize} bytes.
     */
    static QueryText read(String urlQuery, InputStream body, long maxQuerySize) throws IOException {
        byte[] prefix = urlQuery == null || urlQuery.isEmpty() ? new byte[0]
                : (urlQuery + (body == null ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
        int limit = maxQuerySize <= 0 || maxQuerySize >= Integer.MAX_VALUE - 16 ? Integer.MAX_VALUE - 16 : (int) maxQuerySize;
        ByteArrayOutputStream head = new ByteArrayOutputStream(Math.max(64, prefix.length));
        head.writeBytes(prefix);
        byte[] piece = new byte[64 << 10];
        boolean complete = body == null;
        while (true) {
            byte[] text = head.toByteArray();
            InsertData insert = InsertData.find(text);
            if (insert != null && insert.formatted() && !complete && insert.isCertain(text)) {
                return new QueryText(utf8(text, insert.start()).stripTrailing(), concat(text, insert.start(), body));
            }
            if (complete) return whole(text, insert);
            if (text.length > limit) {
                if (insert == null || insert.start() > limit) {
                    throw new DbException(ErrorCode.SYNTAX_ERROR, "Max query size exceeded: the query is longer than max_query_size = "
                            + limit + " bytes (only INSERT data may follow a query beyond that)");
                }
                return new QueryText(utf8(text, insert.start()).stripTrailing(), concat(text, insert.start(), body));
            }
            int n = body.read(piece, 0, (int) Math.min(piece.length, (long) limit + 1 - text.length));
            if (n < 0) complete = true;
            else head.write(piece, 0, n);
        }
    }

    /** The query of a body read to its end. */
    private static QueryText whole(byte[] text, InsertData insert) {
        if (insert != null && (insert.formatted() || !isUtf8(text))) {
            // FORMAT data goes as bytes; VALUES stays in the text (the runner can then evaluate
            // expressions in it) unless its bytes are not text
            return new QueryText(utf8(text, insert.start()).stripTrailing(),
                    new ByteArrayInputStream(text, insert.start(), text.length - insert.start()));
        }
        return new QueryText(utf8(text, text.length), null);
    }

    private static InputStream concat(byte[] head, int from, InputStream rest) {
        return new SequenceInputStream(new ByteArrayInputStream(head, from, head.length - from), rest);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            decoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The first {@code length} bytes as text; BAD_ARGUMENTS naming the first byte that is not UTF-8. */
    private static String utf8(byte[] bytes, int length) {
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CharsetDecoder d = decoder();
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) r = d.flush(out);
        if (r.isError()) {
            int at = in.position();
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "The query is not valid UTF-8: invalid byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " at offset " + at
                    + ". Binary values belong in INSERT data after FORMAT, or escaped in string literals ('\\xFF')");
        }
        return out.flip().toString();
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Where the data of an INSERT starts in its text. Knows just enough SQL for that, like the
     * statement splitter: quotes, comments, brackets, and that a word after INTO, TABLE or a dot
     * is a name (so a table called {@code format} is not the FORMAT keyword).
     *
     * @param start     offset of the first data byte
     * @param formatted true for FORMAT data, false for VALUES
     */
    record InsertData(int start, boolean formatted) {

        /**
         * Whether more bytes could not move the start: something follows it, or the line break
         * that ends the skipping has been passed.
         */
        boolean isCertain(byte[] text) {
            return start < text.length || start > 0 && text[start - 1] == '\n';
        }

        /** The data of the INSERT at the start of {@code text}, or null (not an INSERT, or INSERT ... SELECT). */
        static InsertData find(byte[] text) {
            int n = text.length;
            int i = skipBlanksAndComments(text, 0);
            int depth = 0;
            String first = null;
            String previous = null;
            int lastSignificant = -1;
            while (i < n) {
                int c = text[i] & 0xFF;
                if (c == '\'' || c == '"' || c == '`') {
                    i = skipQuoted(text, i);
                    previous = "`";
                    lastSignificant = c;
                } else if (startsComment(text, i)) {
                    i = skipComment(text, i);
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                    i++;
                    lastSignificant = c;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    i++;
                    lastSignificant = c;
                } else if (c == ';') {
                    return null;
                } else if (isWordByte(c)) {
                    int start = i;
                    while (i < n && isWordByte(text[i] & 0xFF)) i++;
                    String word = new String(text, start, i - start, StandardCharsets.ISO_8859_1).toUpperCase(java.util.Locale.ROOT);
                    boolean isName = "INTO".equals(previous) || "TABLE".equals(previous) || lastSignificant == '.';
                    if (first == null) {
                        if (!word.equals("INSERT")) return null;
                        first = word;
                    } else if (depth == 0 && !isName) {
                        if (word.equals("SELECT") || word.equals("WITH")) return null;
                        if (word.equals("VALUES")) return new InsertData(skipWhitespace(text, i), false);
                        if (word.equals("FORMAT")) return formatData(text, i);
                    }
                    previous = word;
                    lastSignificant = 'a';
                } else {
                    if (!Character.isWhitespace(c)) lastSignificant = c;
                    i++;
                }
            }
            return null;
        }

        private static InsertData formatData(byte[] text, int i) {
            int n = text.length;
            while (i < n && Character.isWhitespace(text[i])) i++;
            if (i < n && (text[i] == '`' || text[i] == '"')) {
                i = skipQuoted(text, i);
            } else {
                while (i < n && isWordByte(text[i] & 0xFF)) i++;
            }
            while (i < n && (text[i] == ' ' || text[i] == '\t')) i++;
            if (i < n && text[i] == '\r') i++;
            if (i < n && text[i] == '\n') i++;
            return new InsertData(i, true);
        }

        private static int skipWhitespace(byte[] text, int i) {
            while (i < text.length && Character.isWhitespace(text[i])) i++;
            return i;
        }

        private static int skipBlanksAndComments(byte[] text, int i) {
            while (i < text.length) {
                if (Character.isWhitespace(text[i])) {
                    i++;
                } else if (startsComment(text, i)) {
                    i = skipComment(text, i);
                } else {
                    break;
                }
            }
            return i;
        }

        private static boolean startsComment(byte[] text, int i) {
            return i + 1 < text.length && (text[i] == '-' && text[i + 1] == '-' || text[i] == '/' && text[i + 1] == '*');
        }

        private static int skipComment(byte[] text, int i) {
            if (text[i] == '-') {
                while (i < text.length && text[i] != '\n') i++;
                return i;
            }
            for (i += 2; i + 1 < text.length; i++) {
                if (text[i] == '*' && text[i + 1] == '/') return i + 2;
            }
            return text.length;
        }

        /** Past a quoted string or identifier; backslash escapes and doubled quotes stay inside. */
        private static int skipQuoted(byte[] text, int i) {
            byte quote = text[i++];
            while (i < text.length) {
                byte c = text[i];
                if (c == '\\') {
                    i += 2;
                } else if (c == quote) {
                    if (i + 1 < text.length && text[i + 1] == quote) {
                        i += 2;
                    } else {
                        return i + 1;
                    }
                } else {
                    i++;
                }
            }
            return text.length;
        }

        /** Letters, digits, '_', '$' and any byte of a multi-byte UTF-8 character. */
        private static boolean isWordByte(int c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c >= 0x80;
        }
    }
}
