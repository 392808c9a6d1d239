package io.strata.core.type;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.type.text.ArrayTextSerialization;
import io.strata.core.type.text.BoolTextSerialization;
import io.strata.core.type.text.DateTextSerialization;
import io.strata.core.type.text.DateTimeTextSerialization;
import io.strata.core.type.text.DecimalTextSerialization;
import io.strata.core.type.text.EnumTextSerialization;
import io.strata.core.type.text.FixedStringTextSerialization;
import io.strata.core.type.text.FloatTextSerialization;
import io.strata.core.type.text.IntegerTextSerialization;
import io.strata.core.type.text.Ipv4TextSerialization;
import io.strata.core.type.text.Ipv6TextSerialization;
import io.strata.core.type.text.LowCardinalityTextSerialization;
import io.strata.core.type.text.MapTextSerialization;
import io.strata.core.type.text.NothingTextSerialization;
import io.strata.core.type.text.NullableTextSerialization;
import io.strata.core.type.text.StringTextSerialization;
import io.strata.core.type.text.TupleTextSerialization;
import io.strata.core.type.text.UuidTextSerialization;
import io.strata.core.type.text.WideIntegerTextSerialization;

/**
 * Picks the text serialization of a type (implementations live in {@code io.strata.core.type.text}).
 * Use {@link DataType#text()}, which caches the result per type instance.
 *
 * <p>Every returned serialization accepts Const and LowCardinality columns transparently in its
 * writers (it resolves the row itself), so callers may pass any column of the type. The
 * {@link #unwrapColumn}/{@link #unwrapRow} helpers do the same resolution for callers that want
 * the dense column once per chunk.
 */
public final class TextSerializations {
    private TextSerializations() {
    }

    public static TextSerialization forType(DataType type) {
        return switch (type.id()) {
            case UINT8, UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64, INTERVAL -> new IntegerTextSerialization(type);
            case UINT128, UINT256, INT128, INT256 -> new WideIntegerTextSerialization((WideIntegerType) type);
            case BOOL -> new BoolTextSerialization(type);
            case FLOAT32, FLOAT64 -> new FloatTextSerialization(type);
            case DECIMAL -> new DecimalTextSerialization((DecimalType) type);
            // AggregateFunction: the raw state bytes as an escaped string, as ClickHouse writes them
            case STRING, AGGREGATE_FUNCTION -> new StringTextSerialization(type);
            case FIXED_STRING -> new FixedStringTextSerialization((FixedStringType) type);
            case DATE, DATE32 -> new DateTextSerialization((DateType) type);
            case DATETIME, DATETIME64 -> new DateTimeTextSerialization((DateTimeType) type);
            case UUID -> new UuidTextSerialization(type);
            case IPV4 -> new Ipv4TextSerialization(type);
            case IPV6 -> new Ipv6TextSerialization(type);
            case ENUM8, ENUM16 -> new EnumTextSerialization((EnumType) type);
            case NULLABLE -> new NullableTextSerialization((NullableType) type);
            case LOW_CARDINALITY -> new LowCardinalityTextSerialization((LowCardinalityType) type);
            case ARRAY -> new ArrayTextSerialization((ArrayType) type);
            case TUPLE -> new TupleTextSerialization((TupleType) type);
            case MAP -> new MapTextSerialization((MapType) type);
            case NOTHING -> new NothingTextSerialization(type);
        };
    }

    /** The column that holds the value of {@code column[row]}: a Const's value, a LowCardinality's dictionary. */
    public static Column unwrapColumn(Column column) {
        while (true) {
            switch (column) {
                case ConstColumn c -> column = c.value();
                case LowCardinalityColumn lc -> {
                    return lc.dictionary();
                }
                default -> {
                    return column;
                }
            }
        }
    }

    /** The row of {@link #unwrapColumn(Column)} that holds the value of {@code column[row]}. */
    public static int unwrapRow(Column column, int row) {
        while (true) {
            switch (column) {
                case ConstColumn c -> {
                    column = c.value();
                    row = 0;
                }
                case LowCardinalityColumn lc -> {
                    return lc.indexAt(row);
                }
                default -> {
                    return row;
                }
            }
        }
    }
}
