package io.strata.mergetree;

import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.hash.CityHash;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.TypeId;
import java.time.LocalDate;

/**
 * A partition's id, the first component of its parts' names, computed from the partition key
 * value as ClickHouse does for the common cases: {@code all} without a key; integers as their
 * decimal value and Dates as YYYYMMDD, joined with '-' for tuples; other types as 32 hex digits
 * of a 128-bit hash of the values' text (ClickHouse uses SipHash there, so such ids differ).
 */
final class PartitionId {
    private PartitionId() {
    }

    static final String ALL = "all";

    static String of(Header types, Column[] values, int row) {
        if (values.length == 0) return ALL;
        boolean numeric = true;
        for (int i = 0; i < values.length; i++) numeric &= isIntegerLike(types.type(i)) && !values[i].isNullAt(row);
        if (numeric) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) sb.append('-');
                long v = ((LongColumn) values[i].materialize()).get(row);
                TypeId id = types.type(i).unwrap().id();
                if (id == TypeId.DATE || id == TypeId.DATE32) {
                    LocalDate d = LocalDate.ofEpochDay(v);
                    sb.append(String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
                } else if (id == TypeId.UINT64) {
                    sb.append(Long.toUnsignedString(v));
                } else {
                    sb.append(v);
                }
            }
            return sb.toString();
        }
        WriteBuffer text = new WriteBuffer();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) text.write('\t');
            types.type(i).text().writeEscaped(values[i], row, text, io.strata.core.format.FormatSettings.DEFAULT.withTimeZone(java.time.ZoneOffset.UTC));
        }
        byte[] bytes = text.toByteArray();
        long[] h = CityHash.cityHash128(bytes, 0, bytes.length);
        return String.format("%016x%016x", h[0], h[1]);
    }

    private static boolean isIntegerLike(DataType t) {
        if (t.isNullable()) return false;
        return switch (t.id()) {
            case UINT8, UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64, DATE, DATE32, DATETIME, BOOL, ENUM8, ENUM16 -> true;
            default -> false;
        };
    }
}
