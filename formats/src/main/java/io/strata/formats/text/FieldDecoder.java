package io.strata.formats.text;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.column.NullableColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TypeId;
import io.strata.core.type.NullableType;
import io.strata.core.type.TextSerialization;

/**
 * Turns the bytes of one already delimited field into a value of a column, through the type's
 * {@link TextSerialization} in the format's escaping style. Input formats find where a field
 * starts and ends themselves (so they can report a misplaced delimiter precisely), recognise their
 * NULL token, and call {@link #appendNull} or {@link #decode}. One instance per reader: the
 * {@link ReadBuffer} over the field is reused for every value.
 */
public final class FieldDecoder {
    /** Which read method of the type's text serialization a format uses. */
    public enum Style { ESCAPED, RAW, CSV, JSON, QUOTED }

    private final FormatSettings settings;
    private final ReadBuffer field = new ReadBuffer(new byte[0]);

    public FieldDecoder(FormatSettings settings) {
        this.settings = settings;
    }

    /**
     * Appends NULL for a NULL token: NULL in a Nullable column, the type's default in another
     * column when input_format_null_as_default is on, an error otherwise.
     */
    public void appendNull(DataType type, ColumnBuilder builder) {
        if (type.isNullable()) {
            builder.appendNull();
        } else if (settings.nullAsDefault()) {
            builder.appendDefault();
        } else {
            throw new DbException(ErrorCode.INCORRECT_DATA,
                    "Cannot insert NULL value into a column of type '" + type + "'");
        }
    }

    /** Parses {@code bytes[off, off + len)} as one value of {@code type} and appends it. */
    public void decode(DataType type, ColumnBuilder builder, byte[] bytes, int off, int len, Style style) {
        field.reset(bytes, off, len);
        if (type instanceof NullableType nullable && builder instanceof NullableColumnBuilder nb) {
            read(nullable.inner().text(), nb.values(), style);
            nb.markNotNull();
        } else {
            read(type.text(), builder, style);
        }
        if (!field.eof()) {
            throw new DbException(ErrorCode.CANNOT_PARSE_TEXT, "Cannot parse input: value '"
                    + InputErrors.excerpt(bytes, off, len) + "' of type " + type + " has unexpected trailing text '"
                    + InputErrors.excerpt(bytes, (int) (off + field.position()), (int) (len - field.position())) + "'");
        }
    }

    /** Kinds of field decoding for {@link #decodeUnescaped}. */
    public static final byte OTHER = 0, STRING = 1, INTEGER = 2;

    /** The kind of field decoding a column of {@code type} gets: a reader works it out once per column, not per field. */
    public static byte unescapedKind(DataType type) {
        if (type.id() == TypeId.STRING) return STRING;
        if (type instanceof IntegerType it && it.id() != TypeId.BOOL) return INTEGER;
        return OTHER;
    }

    /**
     * {@link #decode} for a field known to hold no escape sequence, {@code kind} being its type's
     * {@link #unescapedKind}: a String's bytes and a decimal integer of up to 18 digits go straight
     * into their builders (the same values decode gives), anything else through decode.
     */
    public void decodeUnescaped(byte kind, DataType type, ColumnBuilder builder, byte[] bytes, int off, int len, Style style) {
        if (kind == STRING && builder instanceof StringColumnBuilder sb) {
            sb.append(bytes, off, len);
            return;
        }
        if (kind == INTEGER && builder instanceof LongColumnBuilder lb && len > 0 && len <= 18) {
            int i = off, end = off + len;
            boolean negative = bytes[i] == '-';
            if (negative) i++;
            if (i < end) {
                long v = 0;
                for (; i < end; i++) {
                    int d = bytes[i] - '0';
                    if (d < 0 || d > 9) break;
                    v = v * 10 + d;
                }
                if (i == end) {
                    // wrapped to the type's width, as the integer text serialization does
                    lb.append(((IntegerType) type).wrap(negative ? -v : v));
                    return;
                }
            }
        }
        decode(type, builder, bytes, off, len, style);
    }

    private void read(TextSerialization text, ColumnBuilder builder, Style style) {
        switch (style) {
            case ESCAPED -> text.readEscaped(field, builder, settings);
            case RAW -> text.readText(field, builder, settings);
            case CSV -> text.readCsv(field, builder, settings);
            case JSON -> text.readJson(field, builder, settings);
            case QUOTED -> text.readQuoted(field, builder, settings);
        }
    }
}
