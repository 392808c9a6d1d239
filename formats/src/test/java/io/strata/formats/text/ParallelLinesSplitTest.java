package io.strata.formats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where a piece of TabSeparated input may end: after a newline no odd run of backslashes escapes. */
class ParallelLinesSplitTest {

    private static int end(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return ParallelLinesInput.rowEnd(b, 0, b.length);
    }

    @Test
    void newlinesThatEndRows() {
        assertEquals(2, end("a\n"));
        assertEquals(2, end("a\nbc"));
        assertEquals(4, end("a\nb\nc"));
        // an escaped backslash before the newline: the row ends
        assertEquals(4, end("a\\\\\n"));
        assertEquals(6, end("a\\\\\\\\\n"));
        assertEquals(0, end("abc"));
    }

    @Test
    void escapedNewlinesDoNot() {
        // a backslash and a raw newline are an escaped newline inside a field
        assertEquals(0, end("a\\\n"));
        assertEquals(2, end("x\ny\\\n"));
        assertEquals(2, end("x\ny\\\\\\\nz"));
        assertEquals(0, end("\\\n"));
    }
}
