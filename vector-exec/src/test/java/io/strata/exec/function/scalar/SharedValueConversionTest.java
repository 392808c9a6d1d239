package io.strata.exec.function.scalar;

import static io.strata.exec.function.scalar.FunctionHarness.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.type.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conversions that keep their source's values (an integer into a type that holds every value of
 * the source's, day numbers into Date, integers into Float64) give the right values, and the
 * ones that change values (narrowing, Float32 rounding, timestamps into Date) never write into
 * the column they read, whose array the result may share.
 */
class SharedValueConversionTest {

    @Test
    void wideningKeepsValuesAndNarrowingWrapsACopy() {
        Column u32 = longs(DataTypes.UINT32, 0, 1, 4294967295L);
        assertEquals(List.of(0L, 1L, 4294967295L), values(call("toInt64", u32)));
        assertEquals(List.of(0L, 1L, 4294967295L), values(call("toUInt64", u32)));
        assertEquals(List.of(0L, 1L, -1L), values(call("toInt32", u32)));
        assertEquals(List.of(0, 1, 255), values(call("toUInt8", u32)).stream().map(o -> ((Number) o).intValue()).toList());
        assertArrayEquals(new long[] {0, 1, 4294967295L}, java.util.Arrays.copyOf(((LongColumn) u32).values(), 3),
                "narrowing wrapped the source's own values");

        Column i8 = longs(DataTypes.INT8, -128, -1, 127);
        assertEquals(List.of(-128L, -1L, 127L), values(call("toInt16", i8)));
        // a signed source into an unsigned type wraps: no sharing
        assertEquals(List.of(65408L, 65535L, 127L), values(call("toUInt16", i8)));
        Column u64 = longs(DataTypes.UINT64, -1L, 5);
        // UInt64 does not fit Int64: the top value wraps to -1 either way, the type changes
        assertEquals(List.of(-1L, 5L), values(call("toInt64", u64)));
        assertEquals("Int64", call("toInt64", u64).type().name());
        assertArrayEquals(new long[] {-128, -1, 127}, java.util.Arrays.copyOf(((LongColumn) i8).values(), 3));
    }

    @Test
    void dayNumbersStayAndTimestampsConvert() {
        Column days = longs(DataTypes.UINT16, 0, 19797, 65535);
        Column d = call("toDate", days);
        assertEquals("Date", d.type().name());
        assertEquals(List.of(0L, 19797L, 65535L), java.util.Arrays.stream(((LongColumn) d).values()).limit(3).boxed().toList());

        // a value past 65535 is a unix timestamp: the whole column converts, the source untouched
        Column mixed = longs(DataTypes.UINT32, 19797, 1710498030L);
        Column m = call("toDate", mixed);
        assertEquals(List.of(19797L, 19797L), java.util.Arrays.stream(((LongColumn) m).values()).limit(2).boxed().toList());
        assertArrayEquals(new long[] {19797, 1710498030L}, java.util.Arrays.copyOf(((LongColumn) mixed).values(), 2));

        Column negative = longs(DataTypes.INT32, -5, 7);
        assertEquals(List.of(0L, 7L), java.util.Arrays.stream(((LongColumn) call("toDate", negative)).values()).limit(2).boxed().toList());
        assertArrayEquals(new long[] {-5, 7}, java.util.Arrays.copyOf(((LongColumn) negative).values(), 2));
    }

    @Test
    void float32RoundingNeverWritesIntoItsSource() {
        double third = 1.0 / 3;
        Column f64 = doubles(DataTypes.FLOAT64, third, 0.1);
        Column f32 = call("toFloat32", f64);
        assertEquals((double) (float) third, ((DoubleColumn) f32).values()[0]);
        assertEquals(third, ((DoubleColumn) f64).values()[0], "toFloat32 rounded its source in place");
        assertEquals(0.1, ((DoubleColumn) f64).values()[1]);

        Column same = call("toFloat64", f64);
        assertEquals(List.of(third, 0.1), values(same));

        Column ints = longs(DataTypes.UINT64, -1L, 16777217);
        assertEquals(List.of(18446744073709551615.0, 16777217.0), values(call("toFloat64", ints)));
        assertEquals(List.of((double) (float) 18446744073709551615.0, 16777216.0), values(call("toFloat32", ints)));
    }
}
