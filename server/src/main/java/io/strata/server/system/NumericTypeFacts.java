package io.strata.server.system;

import io.strata.core.type.DataType;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DateType;
import io.strata.core.type.DecimalType;
import io.strata.core.type.FixedStringType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TypeId;
import io.strata.core.type.WideIntegerType;

/**
 * The SQL-standard size columns of system.columns (character_octet_length, numeric_precision,
 * numeric_precision_radix, numeric_scale, datetime_precision), as ClickHouse fills them: bit width,
 * radix 2 and scale 0 for integers; precision, radix 10 and scale for Decimals; the byte length of
 * FixedString; the sub-second digits of dates and times; NULL for everything else (a Nullable or
 * LowCardinality wrapper included). The JDBC driver's DatabaseMetaData.getColumns reads them.
 */
final class NumericTypeFacts {
    private NumericTypeFacts() {
    }

    /** The five values in system.columns order, each null when it does not apply. */
    static Object[] of(DataType t) {
        // UUID shares FixedString's representation here but is not one to ClickHouse
        Long octets = t instanceof FixedStringType f && t.id() == TypeId.FIXED_STRING ? (long) f.length() : null;
        Long precision = null, radix = null, scale = null, datetime = null;
        switch (t) {
            case IntegerType i -> {
                precision = (long) i.bits();
                radix = 2L;
                scale = 0L;
            }
            case WideIntegerType w -> {
                precision = (long) w.fixedWidth() * 8;
                radix = 2L;
                scale = 0L;
            }
            case DecimalType d -> {
                precision = (long) d.precision();
                radix = 10L;
                scale = (long) d.scale();
            }
            case DateTimeType dt -> datetime = (long) Math.max(dt.scale(), 0);
            case DateType d -> datetime = 0L;
            default -> {
            }
        }
        return new Object[] {octets, precision, radix, scale, datetime};
    }
}
