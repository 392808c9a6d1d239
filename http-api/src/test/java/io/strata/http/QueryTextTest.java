package io.strata.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QueryTextTest {
    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void urlPartLineBreakAndBodyFormOneQuery() throws IOException {
        assertEquals("SEL\nECT 1", QueryText.read("SEL", bytes("ECT 1"), 262144).sql());
        assertEquals("SELECT 1", QueryText.read("SELECT 1", null, 262144).sql());
        assertEquals("SELECT 1", QueryText.read(null, bytes("SELECT 1"), 262144).sql());
        assertNull(QueryText.read(null, bytes("SELECT 1"), 262144).data());
    }

    @Test
    void insertDataStartsAfterTheFormatNameAndOneLineBreak() throws IOException {
        QueryText t = QueryText.read("INSERT INTO t FORMAT CSV", bytes("1,a\n2,b\n"), 262144);
        assertEquals("INSERT INTO t FORMAT CSV", t.sql());
        assertEquals("1,a\n2,b\n", new String(t.data().readAllBytes(), StandardCharsets.UTF_8));

        QueryText inline = QueryText.read(null, bytes("INSERT INTO t FORMAT TSV\n\n1\n"), 262144);
        assertEquals("\n1\n", new String(inline.data().readAllBytes(), StandardCharsets.UTF_8), "only one line break is skipped");

        QueryText sameLine = QueryText.read("INSERT INTO t FORMAT CSV 1,a", bytes("2,b"), 262144);
        assertEquals("1,a\n2,b", new String(sameLine.data().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void binaryInsertDataSurvivesByteForByte() throws IOException {
        byte[] data = {(byte) 0xFF, 0, (byte) 0xC3, 0x28, '\n', (byte) 0x80};
        byte[] body = concat("INSERT INTO t FORMAT RowBinary\n".getBytes(StandardCharsets.UTF_8), data);
        QueryText t = QueryText.read(null, new ByteArrayInputStream(body), 262144);
        assertEquals("INSERT INTO t FORMAT RowBinary", t.sql());
        assertArrayEquals(data, t.data().readAllBytes());
    }

    @Test
    void namesThatLookLikeKeywordsAreNames() throws IOException {
        assertEquals("INSERT INTO db.format (values) FORMAT TSV",
                QueryText.read(null, bytes("INSERT INTO db.format (values) FORMAT TSV\n1\n"), 262144).sql());
        assertEquals("INSERT INTO `format` FORMAT CSV", QueryText.read(null, bytes("INSERT INTO `format` FORMAT CSV\n1"), 262144).sql());
        // INSERT ... SELECT has no data; a string holding FORMAT is not the clause
        QueryText select = QueryText.read(null, bytes("INSERT INTO t SELECT 'FORMAT CSV' FORMAT TSV"), 262144);
        assertNull(select.data());
    }

    @Test
    void valuesStayInTheTextUnlessTheyAreNotUtf8() throws IOException {
        QueryText t = QueryText.read(null, bytes("INSERT INTO t VALUES (1, now())"), 262144);
        assertEquals("INSERT INTO t VALUES (1, now())", t.sql());
        assertNull(t.data());
        byte[] body = concat("INSERT INTO t VALUES ('".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, '\'', ')'});
        QueryText binary = QueryText.read(null, new ByteArrayInputStream(body), 262144);
        assertEquals("INSERT INTO t VALUES", binary.sql());
        assertArrayEquals(new byte[] {'(', '\'', (byte) 0xFF, '\'', ')'}, binary.data().readAllBytes());
    }

    @Test
    void aLongInsertStreamsItsDataBeyondMaxQuerySize() throws IOException {
        String head = "INSERT INTO t FORMAT TSV\n";
        byte[] data = new byte[1 << 20];
        java.util.Arrays.fill(data, (byte) 'x');
        QueryText t = QueryText.read(null, new ByteArrayInputStream(concat(head.getBytes(StandardCharsets.UTF_8), data)), 1000);
        assertEquals("INSERT INTO t FORMAT TSV", t.sql());
        assertArrayEquals(data, t.data().readAllBytes());
    }

    @Test
    void anOversizedQueryIsASyntaxError() {
        String longQuery = "SELECT " + "1 + ".repeat(1000) + "1";
        DbException e = assertThrows(DbException.class, () -> QueryText.read(null, bytes(longQuery), 100));
        assertEquals(ErrorCode.SYNTAX_ERROR, e.code());
        assertTrue(e.getMessage().startsWith("Max query size exceeded"), e.getMessage());
    }

    @Test
    void queryTextMustBeUtf8() {
        byte[] body = concat("SELECT '".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, '\''});
        DbException e = assertThrows(DbException.class, () -> QueryText.read(null, new ByteArrayInputStream(body), 262144));
        assertEquals(ErrorCode.BAD_ARGUMENTS, e.code());
        assertTrue(e.getMessage().contains("invalid byte 0xFF at offset 8"), e.getMessage());
    }
}
