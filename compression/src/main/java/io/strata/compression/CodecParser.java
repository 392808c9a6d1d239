package io.strata.compression;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the inside of a {@code CODEC(...)} clause ({@code "ZSTD(3)"}, {@code "Delta(4), LZ4"},
 * {@code "NONE"}; an enclosing {@code CODEC(...)} is accepted too) into one codec, or a
 * {@link MultipleCodec} for a chain. Unknown names raise UNKNOWN_CODEC, bad parameters or
 * malformed text ILLEGAL_CODEC_PARAMETER.
 */
public final class CodecParser {
    private final String text;
    private int pos;

    private CodecParser(String text) {
        this.text = text;
    }

    /** @param valueWidth the column's value width in bytes, 0 when not fixed-width */
    public static Codec parse(String codecText, int valueWidth) {
        String t = codecText.strip();
        if (t.regionMatches(true, 0, "CODEC", 0, 5)) {
            String rest = t.substring(5).strip();
            if (rest.startsWith("(") && rest.endsWith(")")) {
                t = rest.substring(1, rest.length() - 1);
            }
        }
        CodecParser p = new CodecParser(t);
        List<Codec> codecs = new ArrayList<>();
        p.skipSpaces();
        if (p.pos == t.length()) {
            throw DbException.of(ErrorCode.ILLEGAL_CODEC_PARAMETER, "Empty list of codecs");
        }
        while (true) {
            codecs.add(p.codec(valueWidth));
            p.skipSpaces();
            if (p.pos == t.length()) {
                break;
            }
            p.expect(',');
        }
        return codecs.size() == 1 ? codecs.get(0) : new MultipleCodec(codecs);
    }

    private Codec codec(int valueWidth) {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw malformed();
        }
        String name = text.substring(start, pos);
        List<String> params = new ArrayList<>();
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '(') {
            pos++;
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ')') {
                pos++;
            } else {
                while (true) {
                    params.add(param());
                    skipSpaces();
                    if (pos < text.length() && text.charAt(pos) == ')') {
                        pos++;
                        break;
                    }
                    expect(',');
                }
            }
        }
        CodecFactory f = Codecs.factory(name);
        if (f instanceof MultipleCodec.Factory) {
            throw DbException.of(ErrorCode.UNKNOWN_CODEC, "Unknown codec family: %s", name);
        }
        return f.create(List.copyOf(params), valueWidth);
    }

    private String param() {
        skipSpaces();
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '\'') {
            pos++;
            while (pos < text.length() && text.charAt(pos) != '\'') {
                pos++;
            }
            if (pos == text.length()) {
                throw malformed();
            }
            pos++;
        } else {
            while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ')' && text.charAt(pos) != '(') {
                pos++;
            }
        }
        String p = text.substring(start, pos).strip();
        if (p.isEmpty()) {
            throw malformed();
        }
        return p;
    }

    private void expect(char c) {
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw malformed();
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private DbException malformed() {
        return DbException.of(ErrorCode.ILLEGAL_CODEC_PARAMETER, "Cannot parse codec list '%s' at position %d", text, pos);
    }
}
