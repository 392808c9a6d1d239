package io.strata.perf.clickbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.perf.hits.TsvLineBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClickBenchRowsTest {
    private static byte[] generate(long seed, long rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TsvLineBuffer out = new TsvLineBuffer(bytes);
        ClickBenchRows source = new ClickBenchRows(seed, rows);
        while (source.hasNext()) {
            source.writeNext(out);
            out.newline();
        }
        out.drain();
        return bytes.toByteArray();
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        assertArrayEquals(generate(7, 2_000), generate(7, 2_000));
    }

    @Test
    void rowsHaveTheColumnsAndTheConstantsTheQueriesName() throws IOException {
        String text = new String(generate(1, 20_000), StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        assertEquals(20_000, lines.length);
        int top = 0;
        int phrases = 0;
        boolean homePage = false;
        boolean emptyReferer = false;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertEquals(105, f.length, line);
            assertTrue(f[4].startsWith("2013-07-"), f[4]); // EventTime in July 2013
            if (f[6].equals("62")) top++;
            if (!f[39].isEmpty()) phrases++;
            if (f[103].equals(Long.toString(ClickBenchRows.HOME_PAGE_URL_HASH))) homePage = true;
            if (f[102].equals(Long.toString(ClickBenchRows.EMPTY_REFERER_HASH))) emptyReferer = f[14].isEmpty();
        }
        // The top site is CounterID 62 with about 13% of the hits; most search phrases are empty.
        assertTrue(top > 2_000 && top < 3_500, "CounterID 62 rows: " + top);
        assertTrue(phrases > 3_000 && phrases < 5_000, "rows with a search phrase: " + phrases);
        assertTrue(homePage && emptyReferer);
    }
}
