package io.strata.core.type.text;

import static io.strata.core.type.text.TextFixture.Style.CSV;
import static io.strata.core.type.text.TextFixture.Style.ESCAPED;
import static io.strata.core.type.text.TextFixture.Style.JSON;
import static io.strata.core.type.text.TextFixture.Style.QUOTED;
import static io.strata.core.type.text.TextFixture.Style.TEXT;
import static io.strata.core.type.text.TextFixture.read;
import static io.strata.core.type.text.TextFixture.roundTrip;
import static io.strata.core.type.text.TextFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateTimeTextTest {
    private static final FormatSettings BEST_EFFORT = new FormatSettings(ZoneId.of("UTC"), ',', true, false, false, true, true, true);

    private static long value(String type, String text, FormatSettings s) {
        return ((LongColumn) read(DataTypes.parse(type), text, TEXT, s, false)).get(0);
    }

    @Test
    void civilArithmeticMatchesJavaTime() {
        for (long d = -200_000; d <= 200_000; d += 17) {
            LocalDate ld = LocalDate.ofEpochDay(d);
            long ymd = CivilDates.civilFromDays(d);
            assertEquals(ld.getYear() * 10000L + ld.getMonthValue() * 100 + ld.getDayOfMonth(), ymd);
            assertEquals(d, CivilDates.daysFromCivil(ld.getYear(), ld.getMonthValue(), ld.getDayOfMonth()));
        }
    }

    @Test
    void dateInEveryStyle() {
        long days = LocalDate.of(2024, 3, 1).toEpochDay();
        LongColumn c = new LongColumn(DataTypes.DATE, new long[] {days});
        assertEquals("2024-03-01", write(c, TEXT));
        assertEquals("2024-03-01", write(c, ESCAPED));
        assertEquals("'2024-03-01'", write(c, QUOTED));
        assertEquals("\"2024-03-01\"", write(c, CSV));
        assertEquals("\"2024-03-01\"", write(c, JSON));
        assertEquals(days, value("Date", "2024-03-01", TextFixture.UTC));
        assertEquals(days, value("Date", "20240301", TextFixture.UTC));
        assertEquals(days, value("Date", "2024/3/1", TextFixture.UTC));
        assertEquals("'2024-03-01'", roundTrip("Date", "'2024-03-01'", QUOTED));
        assertEquals("\"2024-03-01\"", roundTrip("Date", "2024-03-01", CSV));
        assertEquals("\"2024-03-01\"", roundTrip("Date", "\"2024-03-01\"", JSON));
        assertEquals("1970-01-01", roundTrip("Date", "", CSV).replace("\"", "")); // empty CSV field = default
    }

    @Test
    void dateRangesSaturate() {
        assertEquals("2149-06-06", write(read("Date", "2200-01-01", TEXT), TEXT));
        assertEquals("1970-01-01", write(read("Date", "1950-01-01", TEXT), TEXT));
        assertEquals("1950-01-01", write(read("Date32", "1950-01-01", TEXT), TEXT));
        assertEquals("1900-01-01", write(read("Date32", "1800-01-01", TEXT), TEXT));
        assertEquals("2299-12-31", write(read("Date32", "2299-12-31", TEXT), TEXT));
    }

    @Test
    void badDatesAreCannotParseDate() {
        assertEquals(ErrorCode.CANNOT_PARSE_DATE, assertThrows(DbException.class, () -> read("Date", "2024-13-01", TEXT)).code());
        assertEquals(ErrorCode.CANNOT_PARSE_DATE, assertThrows(DbException.class, () -> read("Date", "2023-02-29", TEXT)).code());
        assertEquals(ErrorCode.CANNOT_PARSE_DATE, assertThrows(DbException.class, () -> read("Date", "hello", TEXT)).code());
        assertEquals(ErrorCode.CANNOT_PARSE_DATE, assertThrows(DbException.class, () -> read("Date", "2024-01-01x", TEXT)).code());
    }

    @Test
    void dateTimeInZones() {
        long t = 1709296496L; // 2024-03-01 12:34:56 UTC
        assertEquals("2024-03-01 12:34:56", write(new LongColumn(DataTypes.DATETIME, new long[] {t}), TEXT));
        assertEquals("'2024-03-01 12:34:56'", write(new LongColumn(DataTypes.DATETIME, new long[] {t}), QUOTED));
        assertEquals("\"2024-03-01 12:34:56\"", write(new LongColumn(DataTypes.DATETIME, new long[] {t}), JSON));
        assertEquals("\"2024-03-01 12:34:56\"", write(new LongColumn(DataTypes.DATETIME, new long[] {t}), CSV));
        FormatSettings moscow = TextFixture.UTC.withTimeZone(ZoneId.of("Europe/Moscow"));
        assertEquals("2024-03-01 15:34:56", write(new LongColumn(DataTypes.DATETIME, new long[] {t}), 0, TEXT, moscow));
        var ny = DataTypes.parse("DateTime('America/New_York')");
        assertEquals("2024-03-01 07:34:56", write(new LongColumn(ny, new long[] {t}), TEXT));
        assertEquals("2024-07-01 08:34:56", write(new LongColumn(ny, new long[] {t + 122 * 86400}), TEXT)); // DST
        assertEquals(t, value("DateTime('America/New_York')", "2024-03-01 07:34:56", TextFixture.UTC));
        assertEquals(t, value("DateTime", "2024-03-01 15:34:56", moscow));
        assertEquals(t, value("DateTime", "2024-03-01 12:34:56", TextFixture.UTC));
        assertEquals(t, value("DateTime", "2024-03-01T12:34:56", TextFixture.UTC));
        assertEquals(t, value("DateTime", "1709296496", TextFixture.UTC));
        assertEquals(t - 45296, value("DateTime", "2024-03-01", TextFixture.UTC));
        assertEquals("'2024-03-01 12:34:56'", roundTrip("DateTime('UTC')", "'2024-03-01 12:34:56'", QUOTED));
        assertEquals("2024-03-01 12:34:56", roundTrip("DateTime('UTC')", "2024-03-01 12:34:56", ESCAPED));
    }

    @Test
    void dateTimeSaturatesAndRejectsGarbage() {
        assertEquals(0L, value("DateTime('UTC')", "1960-01-01 00:00:00", TextFixture.UTC));
        assertEquals(0xFFFFFFFFL, value("DateTime('UTC')", "2200-01-01 00:00:00", TextFixture.UTC));
        assertEquals(ErrorCode.CANNOT_PARSE_DATETIME, assertThrows(DbException.class, () -> read("DateTime", "2024-03-01 25:00:00", TEXT)).code());
        assertEquals(ErrorCode.CANNOT_PARSE_DATETIME, assertThrows(DbException.class, () -> read("DateTime", "yesterday", TEXT)).code());
        assertEquals(ErrorCode.CANNOT_PARSE_DATETIME, assertThrows(DbException.class, () -> read("DateTime", "2024-03-01T12:34:56Z", TEXT)).code());
    }

    @Test
    void bestEffortAcceptsIso8601() {
        long t = 1709296496L;
        assertEquals(t, value("DateTime", "2024-03-01T12:34:56Z", BEST_EFFORT));
        assertEquals(t, value("DateTime", "2024-03-01T15:34:56+03:00", BEST_EFFORT));
        assertEquals(t, value("DateTime", "2024-03-01T07:34:56-0500", BEST_EFFORT));
        assertEquals(t * 1000 + 789, value("DateTime64(3)", "2024-03-01T12:34:56.789Z", BEST_EFFORT));
    }

    @Test
    void dateTime64() {
        DateTimeType t3 = DateTimeType.dateTime64(3, "UTC");
        assertEquals("2024-03-01 12:34:56.789", write(new LongColumn(t3, new long[] {1709296496789L}), TEXT));
        assertEquals("1969-12-31 23:59:59.999", write(new LongColumn(t3, new long[] {-1}), TEXT));
        assertEquals("\"2024-03-01 12:34:56.789\"", write(new LongColumn(t3, new long[] {1709296496789L}), JSON));
        assertEquals("2024-03-01 12:34:56", write(new LongColumn(DateTimeType.dateTime64(0, "UTC"), new long[] {1709296496L}), TEXT));
        assertEquals(1709296496789L, value("DateTime64(3, 'UTC')", "2024-03-01 12:34:56.789", TextFixture.UTC));
        assertEquals(1709296496780L, value("DateTime64(3, 'UTC')", "2024-03-01 12:34:56.78", TextFixture.UTC));
        assertEquals(1709296496789L, value("DateTime64(3, 'UTC')", "2024-03-01 12:34:56.789999", TextFixture.UTC));
        assertEquals(1709296496000L, value("DateTime64(3, 'UTC')", "2024-03-01 12:34:56", TextFixture.UTC));
        assertEquals(1709296496500L, value("DateTime64(3, 'UTC')", "1709296496.5", TextFixture.UTC));
        assertEquals("1900-01-01 00:00:00.000", roundTrip("DateTime64(3, 'UTC')", "1900-01-01 00:00:00", TEXT));
        assertEquals(ErrorCode.CANNOT_PARSE_DATETIME,
                assertThrows(DbException.class, () -> read("DateTime64(3, 'UTC')", "1800-01-01 00:00:00", TEXT)).code());
    }
}
