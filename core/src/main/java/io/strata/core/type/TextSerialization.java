package io.strata.core.type;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/**
 * How one data type's values are written and parsed as text, in ClickHouse's several escaping
 * styles. Writers receive the column and row (columns of this type's physical kind; callers
 * unwrap Const/LowCardinality first or use {@link TextSerializations#unwrapRow}).
 */
public interface TextSerialization {

    /** Plain text, as {@code toString()} and TSVRaw/Pretty show it: strings unescaped, dates bare. */
    void writeText(Column column, int row, WriteBuffer out, FormatSettings settings);

    /** TabSeparated escaping: {@code \t \n \\} escaped, NULL as {@code \N}. */
    void writeEscaped(Column column, int row, WriteBuffer out, FormatSettings settings);

    /** Quoted form used by Values and inside arrays/tuples/maps: strings and dates in single quotes. */
    void writeQuoted(Column column, int row, WriteBuffer out, FormatSettings settings);

    /** CSV form: strings in double quotes when needed... NULL as {@code \N}. */
    void writeCsv(Column column, int row, WriteBuffer out, FormatSettings settings);

    /** JSON form: numbers bare (64-bit integers quoted per settings), strings JSON-escaped, NULL as null. */
    void writeJson(Column column, int row, WriteBuffer out, FormatSettings settings);

    /** Parses the whole remaining input as one value (CAST from String, toXxx(String)). */
    void readText(ReadBuffer in, ColumnBuilder builder, FormatSettings settings);

    /** Parses one TabSeparated field (stops before {@code \t} or {@code \n}). */
    void readEscaped(ReadBuffer in, ColumnBuilder builder, FormatSettings settings);

    /** Parses one quoted value (Values format, array elements). */
    void readQuoted(ReadBuffer in, ColumnBuilder builder, FormatSettings settings);

    /** Parses one CSV field. */
    void readCsv(ReadBuffer in, ColumnBuilder builder, FormatSettings settings);

    /** Parses one JSON value. */
    void readJson(ReadBuffer in, ColumnBuilder builder, FormatSettings settings);
}
