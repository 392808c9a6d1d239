package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.error.DbException;
import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WHERE and HAVING select rows without a column of flags where they can (a column against a
 * constant keeps row positions; later conjuncts of an AND run on the rows the earlier ones
 * kept). The rows kept must be exactly those where the predicate is true: for each predicate,
 * {@code count()} and {@code sum(id)} under WHERE equal {@code countIf} and {@code sumIf} of the
 * same predicate evaluated as a value, on a MergeTree table (the filter runs in the scan, as
 * PREWHERE) and on a Memory table (the filter operator), across signed, unsigned (high bit set),
 * mixed-sign, string, LowCardinality, Nullable, float and date columns.
 */
class FilterSelectionTest {
    @TempDir
    Path dir;

    private static final String COLUMNS = "(id UInt64, i8 Int8, u32 UInt32, i64 Int64, u64 UInt64, s String, "
            + "lc LowCardinality(String), n Nullable(Int32), f Float64, d Date)";

    private static final String ROWS = "SELECT number AS id, toInt8(number % 7 - 3) AS i8, toUInt32(number % 1000) AS u32, "
            + "toInt64(number) - 150000 AS i64, if(number % 3 = 0, bitNot(number), number) AS u64, "
            + "if(number % 4 = 0, '', concat('s', toString(number % 50))) AS s, "
            + "toLowCardinality(if(number % 5 = 0, '', concat('x', toString(number % 3)))) AS lc, "
            + "if(number % 6 = 0, NULL, toInt32(number % 100) - 50) AS n, (number % 10) / 10 AS f, "
            + "toDate('2024-01-01') + number % 9 AS d FROM numbers(300000)";

    private static final List<String> PREDICATES = List.of(
            "i8 <> 0", "i8 = -3", "i8 < 0", "i8 >= 2", "i8 > 3", "i8 <= -3",
            "u64 > 9223372036854775807", "u64 <= 5", "u64 = 18446744073709551615", "i64 >= -100", "i64 < -149990",
            "u32 > -1", "u32 < -1", "u32 = 999", "i8 < toUInt64(1)", "i8 > 200",
            "s = ''", "s <> ''", "s = 's7'", "s <> 's7'", "lc = 'x1'", "lc <> ''", "n = 5", "n <> 5", "n IS NULL",
            "f > 0.5", "d = toDate('2024-01-02')", "d > '2024-01-05'",
            "i8 <> 0 AND s <> ''", "i8 <> 0 AND n > 0", "n > 3 AND i8 <> 0", "i8 <> 0 AND s LIKE '%1%' AND u64 > 5",
            "u32 = 7 AND i8 < 0 AND lc = 'x1'", "(i8 <> 0 AND n IS NULL) OR s = ''", "i8 <> 0 AND f > 0.5 AND d < '2024-01-04'",
            "i8 <> 0 AND 1", "0 AND i8 <> 0", "i8 <> 0 AND NULL", "i8 <> 0 AND n", "s <> '' AND lower(s) = 's3'",
            "i8 <> 0 AND blockSize() > 0", "u32 < 10 AND i8 * 2 = -6", "i8 = 3 AND u32 + 1 > 500",
            "NOT (i8 <> 0) AND u32 > 900", "i8 IN (1, 2) AND s <> ''", "n = i8 AND i8 <> 0");

    @Test
    void whereKeepsExactlyTheRowsWherePredicateIsTrue() {
        try (Engine e = Engine.open(dir)) {
            LocalQueries.run(e, "CREATE TABLE m " + COLUMNS + " ENGINE = MergeTree ORDER BY id SETTINGS index_granularity = 1000");
            LocalQueries.run(e, "CREATE TABLE mem " + COLUMNS + " ENGINE = Memory");
            for (String t : List.of("m", "mem")) LocalQueries.run(e, "INSERT INTO " + t + " " + ROWS);
            for (String t : List.of("m", "mem")) {
                for (String p : PREDICATES) {
                    String filtered = LocalQueries.query(e, "SELECT count(), sum(id) FROM " + t + " WHERE " + p);
                    String counted = LocalQueries.query(e, "SELECT countIf(" + p + "), sumIf(id, " + p + ") FROM " + t);
                    assertEquals(counted, filtered, t + ": " + p);
                }
            }
            // the fixture reaches every case: none of these keeps all rows or none
            for (String p : List.of("i8 <> 0", "u64 > 9223372036854775807", "s <> ''", "lc = 'x1'", "n = 5", "i8 <> 0 AND n > 0")) {
                long kept = Long.parseLong(LocalQueries.query(e, "SELECT count() FROM m WHERE " + p).trim());
                assertTrue(kept > 0 && kept < 300000, p + ": " + kept);
            }
        }
    }

    @Test
    void havingAndGroupedFiltersAgree() {
        try (Engine e = Engine.open(dir)) {
            LocalQueries.run(e, "CREATE TABLE m " + COLUMNS + " ENGINE = MergeTree ORDER BY id");
            LocalQueries.run(e, "INSERT INTO m " + ROWS);
            String having = LocalQueries.query(e, "SELECT u32 % 17 AS k, count() AS c FROM m GROUP BY k HAVING c <> 17648 AND k > 3 ORDER BY k");
            String where = LocalQueries.query(e, "SELECT k, c FROM (SELECT u32 % 17 AS k, count() AS c FROM m GROUP BY k) "
                    + "WHERE (c <> 17648 AND k > 3) = 1 ORDER BY k");
            assertEquals(where, having);
            assertTrue(!having.isEmpty());
        }
    }

    /** As ClickHouse's short-circuit AND: later conjuncts see only the rows earlier ones kept; throwIf sees every row. */
    @Test
    void laterConjunctsRunOnlyOnKeptRowsExceptThrowIf() {
        try (Engine e = Engine.open(dir)) {
            for (String engine : List.of("MergeTree ORDER BY id", "Memory")) {
                LocalQueries.run(e, "DROP TABLE IF EXISTS t");
                LocalQueries.run(e, "CREATE TABLE t (id UInt64, x Int32, s String) ENGINE = " + engine);
                LocalQueries.run(e, "INSERT INTO t SELECT number, toInt32(number % 5), toString(number) FROM numbers(100000)");
                assertEquals(LocalQueries.query(e, "SELECT countIf(x <> 0 AND intDivOrZero(12, x) = 3) FROM t"),
                        LocalQueries.query(e, "SELECT count() FROM t WHERE x <> 0 AND intDiv(12, x) = 3"));
                assertEquals("0\n", LocalQueries.query(e, "SELECT count() FROM t WHERE x = 100 AND intDiv(12, x - 100) = 3"));
                DbException thrown = assertThrows(DbException.class,
                        () -> LocalQueries.query(e, "SELECT count() FROM t WHERE x = 100 AND throwIf(s = '77') = 0"));
                assertTrue(thrown.getMessage().contains("throwIf") || thrown.getMessage().contains("Value passed"), thrown.getMessage());
            }
        }
    }
}
