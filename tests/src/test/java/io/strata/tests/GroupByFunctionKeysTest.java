package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * optimize_group_by_function_keys: GROUP BY keys that are deterministic functions of other keys
 * are dropped from the hash key (EXPLAIN shows the keys kept) and the answers equal those with
 * the optimisation off, for ClickBench's query 36 shape, aliases, ORDER BY and HAVING over the
 * dropped keys, Nullable keys; and keys that are not functions of other keys (rand(), a column
 * not grouped, WITH TOTALS, ROLLUP) are kept.
 */
class GroupByFunctionKeysTest {
    @TempDir
    Path dir;

    @Test
    void functionsOfOtherKeysLeaveTheHashKeyWithTheSameAnswers() {
        try (Engine e = Engine.open(dir)) {
            LocalQueries.query(e, "CREATE TABLE t (ip Int32, s String, n Nullable(UInt16), v UInt64) ENGINE = MergeTree ORDER BY v");
            LocalQueries.query(e, "INSERT INTO t SELECT toInt32(number % 97) - 40, toString(number % 13), "
                    + "if(number % 5 = 0, NULL, number % 7), number FROM numbers(5000)");
            List<String> queries = List.of(
                    "SELECT ip, ip - 1, ip - 2, ip - 3, count() AS c FROM t GROUP BY ip, ip - 1, ip - 2, ip - 3 ORDER BY c DESC, ip LIMIT 10",
                    "SELECT ip - 1 AS x, concat(s, '!') AS y, sum(v) FROM t GROUP BY ip, s, x, y ORDER BY x, y",
                    "SELECT n, n + 1, count() FROM t GROUP BY n, n + 1 ORDER BY n NULLS FIRST",
                    "SELECT ip, abs(ip) AS a, count() AS c FROM t GROUP BY ip, a HAVING a > 30 ORDER BY a DESC, ip",
                    "SELECT ip, ip * 2 + length(s) AS m, count() FROM t GROUP BY ip, s, m ORDER BY m, ip LIMIT 20");
            for (String q : queries) {
                String on = LocalQueries.query(e, q);
                String off = LocalQueries.query(e, q + " SETTINGS optimize_group_by_function_keys = 0");
                assertEquals(off, on, q);
                assertFalse(on.isEmpty(), q);
            }
            String plan = LocalQueries.query(e, "EXPLAIN SELECT ip, ip - 1, ip - 2, count() FROM t GROUP BY ip, ip - 1, ip - 2");
            assertTrue(plan.contains("Aggregating (keys: ip)"), plan);
            // not functions of other keys: kept
            String kept = LocalQueries.query(e, "EXPLAIN SELECT ip, v % 2, count() FROM t GROUP BY ip, v % 2");
            assertTrue(kept.contains("Aggregating (keys: ip, modulo(v, 2))"), kept);
            String random = LocalQueries.query(e, "EXPLAIN SELECT ip, ip + rand() % 1, count() FROM t GROUP BY ip, ip + rand() % 1");
            assertFalse(random.contains("Aggregating (keys: ip)\n"), random);
            String totals = LocalQueries.query(e, "SELECT ip, ip - 1, count() FROM t WHERE ip < -38 GROUP BY ip, ip - 1 WITH TOTALS ORDER BY ip");
            assertEquals(LocalQueries.query(e, "SELECT ip, ip - 1, count() FROM t WHERE ip < -38 GROUP BY ip, ip - 1 WITH TOTALS ORDER BY ip"
                    + " SETTINGS optimize_group_by_function_keys = 0"), totals);
        }
    }
}
