package io.strata.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadableNumbersTest {
    @Test
    void quantitiesAndSizesAsClickHouseClientPrintsThem() {
        assertEquals("12.00", ReadableNumbers.quantity(12));
        assertEquals("1.00 thousand", ReadableNumbers.quantity(1000));
        assertEquals("83.33 million", ReadableNumbers.quantity(83_333_333.3));
        // as in ClickHouse, the unit is chosen before rounding
        assertEquals("1000.00 million", ReadableNumbers.quantity(999_999_999.9));
        assertEquals("999.00 B", ReadableNumbers.size(999));
        assertEquals("8.00 MB", ReadableNumbers.size(8_000_000));
        assertEquals("666.67 MB", ReadableNumbers.size(666_666_666.6));
        // rounding is of the exact binary value: 1.005 is 1.00499999999999989...
        assertEquals("1.00", ReadableNumbers.quantity(1.005));
        assertEquals("0.012", ReadableNumbers.seconds(0.0123));
    }

    @Test
    void summaryOfProcessedRows() {
        QueryStats stats = new QueryStats(1_000_000, 8_000_000, 1_000_000, 0, 0, 0);
        assertEquals("Processed 1.00 million rows, 8.00 MB (83.33 million rows/s., 666.67 MB/s.)", stats.processedText(12_000_000));
        assertEquals("", new QueryStats(999, 8000, 0, 0, 0, 0).processedText(1_000_000), "below a thousand rows nothing");
        assertEquals(new QueryStats(3, 30, 10, 1, 1, 5), QueryStats.NONE.plus(1, 10, 10, 0, 0, 2).plus(2, 20, 0, 1, 1, 3));
    }

    @Test
    void progressLineWithBarAndPercent() {
        QueryStats half = new QueryStats(500_000, 4_000_000, 1_000_000, 0, 0, 0);
        String line = ProgressBar.render(half, 1_000_000_000L, 1_000_000_000L, 120, 0);
        String visible = line.replaceAll("\033\\[[0-9;]*[mK]", "");
        assertTrue(visible.startsWith("→ Progress: 500.00 thousand rows, 4.00 MB (500.00 thousand rows/s., 4.00 MB/s.) 1.0 s "), visible);
        assertTrue(visible.endsWith(" 49%"), visible);
        assertTrue(visible.contains("█"), visible);
        assertTrue(visible.length() <= 119, "the line must not wrap: " + visible.length());
        // before half a second there is no bar yet, and without a total no percentage
        assertTrue(!ProgressBar.render(half, 100_000_000L, 100_000_000L, 120, 1).contains("█"));
        assertTrue(!ProgressBar.render(new QueryStats(5, 5, 0, 0, 0, 0), 1L, 1L, 120, 1).contains("%"));
        assertEquals("████▌     ", ProgressBar.bar(0.45, 10));
        assertEquals("          ", ProgressBar.bar(0, 10));
    }
}
