package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.error.DbException;
import io.strata.server.Engine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TabSeparated INSERTs parsed in pieces on several threads (input_format_parallel_parsing, on by
 * default) store exactly what one reader stores: an input of several pieces with escaped tabs,
 * newlines and backslashes (a backslash before a raw newline included, which must not end a piece),
 * NULLs, wrapped integers, numbers that take the general parser, empty strings. A malformed row
 * in a late piece fails the INSERT with the same error, naming the same row, and stores nothing.
 */
class ParallelTsvParsingTest {
    @TempDir
    Path dir;

    private static final String COLUMNS = "(i UInt32, s String, n Nullable(Int16), u8 UInt8, big Int64, d Date, f Float64)";

    /** {@code rows} rows of TabSeparated text, about 70 bytes each; row {@code bad} (1-based) malformed, if > 0. */
    private static String input(int rows, int bad) {
        StringBuilder sb = new StringBuilder(rows * 72);
        for (int i = 0; i < rows; i++) {
            sb.append(i + 1 == bad ? "12x" : Integer.toString(i)).append('\t');
            if (i % 19 == 0) sb.append("");
            else if (i % 17 == 0) sb.append("escaped raw newline x\\\ny ").append(i);
            else if (i % 13 == 0) sb.append("ends with a backslash \\\\");
            else if (i % 11 == 0) sb.append("line1\\nline2 ").append(i);
            else if (i % 7 == 0) sb.append("a\\tb ").append(i);
            else sb.append("https://example.org/page/").append(i % 1000).append("?q=").append(i);
            sb.append('\t').append(i % 5 == 0 ? "\\N" : Integer.toString(i % 40000 - 20000));
            sb.append('\t').append(i % 23 == 0 ? "300" : Integer.toString(i % 256));
            sb.append('\t').append(i % 29 == 0 ? "-9223372036854775808" : i % 31 == 0 ? "1234567890123456789" : i % 37 == 0 ? "+42"
                    : Long.toString((long) i * 1_000_003 - 77));
            sb.append('\t').append("2024-01-").append(10 + i % 20);
            sb.append('\t').append(i % 3 == 0 ? "-0.5" : Integer.toString(i)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void piecesStoreWhatOneReaderStores() {
        try (Engine e = Engine.open(dir)) {
            String data = input(200_000, 0);
            assertTrue(data.length() > 3 * (4 << 20), "the input spans several pieces: " + data.length());
            LocalQueries.run(e, "CREATE TABLE par " + COLUMNS + " ENGINE = MergeTree ORDER BY i");
            LocalQueries.run(e, "CREATE TABLE one " + COLUMNS + " ENGINE = MergeTree ORDER BY i");
            LocalQueries.run(e, "INSERT INTO par FORMAT TabSeparated\n" + data);
            LocalQueries.run(e, "INSERT INTO one SETTINGS input_format_parallel_parsing = 0 FORMAT TabSeparated\n" + data);
            assertEquals("200000\n", LocalQueries.run(e, "SELECT count() FROM par").text());
            String one = LocalQueries.run(e, "SELECT * FROM one ORDER BY i").text();
            assertEquals(one, LocalQueries.run(e, "SELECT * FROM par ORDER BY i").text());
            // the values themselves, as ClickHouse reads them
            assertEquals("17\tescaped raw newline x\\ny 17\t-19983\t17\t16999974\t2024-01-27\t17\n",
                    LocalQueries.run(e, "SELECT * FROM par WHERE i = 17").text());
            assertEquals("23\thttps://example.org/page/23?q=23\t-19977\t44\t22999992\t2024-01-13\t23\n",
                    LocalQueries.run(e, "SELECT * FROM par WHERE i = 23").text());
            assertEquals("13\tends with a backslash \\\\\t-19987\t13\t12999962\t2024-01-23\t13\n",
                    LocalQueries.run(e, "SELECT * FROM par WHERE i = 13").text());
            assertEquals("-9223372036854775808\n1234567890123456789\n42\n",
                    LocalQueries.run(e, "SELECT big FROM par WHERE i IN (29, 31, 37) ORDER BY i").text());
            assertEquals("10527\t40000\t-0.5\n", LocalQueries.run(e, "SELECT countIf(s = ''), countIf(n IS NULL), anyIf(f, i = 3) FROM par").text());
        }
    }

    @Test
    void aMalformedRowInALatePieceFailsAsOneReaderDoes() {
        try (Engine e = Engine.open(dir)) {
            String data = input(200_000, 180_001);
            LocalQueries.run(e, "CREATE TABLE par " + COLUMNS + " ENGINE = MergeTree ORDER BY i");
            DbException parallel = assertThrows(DbException.class, () -> LocalQueries.run(e, "INSERT INTO par FORMAT TabSeparated\n" + data));
            DbException single = assertThrows(DbException.class, () -> LocalQueries.run(e,
                    "INSERT INTO par SETTINGS input_format_parallel_parsing = 0 FORMAT TabSeparated\n" + data));
            assertEquals(single.code(), parallel.code());
            assertEquals(single.getMessage(), parallel.getMessage());
            assertTrue(parallel.getMessage().contains("Row 180001"), parallel.getMessage());
            assertEquals("0\n", LocalQueries.run(e, "SELECT count() FROM par").text());
        }
    }
}
