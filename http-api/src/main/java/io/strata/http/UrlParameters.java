package io.strata.http;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path and parameters of a request URI, decoded strictly. ClickHouse reads parameters as an
 * HTML form: {@code name=value} pairs joined by {@code &}, percent-escapes and {@code +} for a
 * space; empty names ({@code ?&a=b}) are skipped. Unlike a lenient decoder, a malformed escape
 * ({@code %ZZ}, a trailing {@code %}) or bytes that are not UTF-8 fail the request with a clear
 * message instead of silently turning into replacement characters inside a query or a value.
 */
final class UrlParameters {
    private final String path;
    private final Map<String, List<String>> values;

    private UrlParameters(String path, Map<String, List<String>> values) {
        this.path = path;
        this.values = values;
    }

    /** Splits and decodes {@code uri} (origin form: {@code /path?query}); throws BAD_ARGUMENTS. */
    static UrlParameters parse(String uri) {
        int question = uri.indexOf('?');
        String rawPath = question < 0 ? uri : uri.substring(0, question);
        int hash = rawPath.indexOf('#');
        if (hash >= 0) rawPath = rawPath.substring(0, hash);
        String path = decode(rawPath, false, "path");
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (question >= 0) {
            String query = uri.substring(question + 1);
            int fragment = query.indexOf('#');
            if (fragment >= 0) query = query.substring(0, fragment);
            for (String pair : query.split("&", -1)) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), true, "parameter name");
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true, "value of parameter '" + name + "'");
                if (name.isEmpty()) continue;
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new UrlParameters(path, values);
    }

    /** The decoded path, e.g. {@code /ping}. */
    String path() {
        return path;
    }

    /** Every parameter with all its values in the order given. */
    Map<String, List<String>> values() {
        return values;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    private static String decode(String s, boolean plusIsSpace, String what) {
        if (isPlain(s, plusIsSpace)) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS, "Bad URI syntax: no hex digits following percent sign in the "
                            + what + ": " + s);
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS, "Bad URI syntax: '%" + s.charAt(i + 1) + s.charAt(i + 2)
                            + "' is not a percent-encoded byte in the " + what);
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                // Netty hands the request line over with one char per raw byte (ISO-8859-1)
                bytes.write(c & 0xFF);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "The " + what + " in the URL is not valid UTF-8");
        }
    }

    /** ASCII without escapes: the text is its own decoding. */
    private static boolean isPlain(String s, boolean plusIsSpace) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c >= 0x80 || c == '+' && plusIsSpace) return false;
        }
        return true;
    }
}
