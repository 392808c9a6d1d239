package io.strata.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Warms the JIT before the server says it is ready: a synthetic workload sent to the server's own
 * HTTP interface, so the first queries users send after a restart run compiled code instead of a
 * new JVM's interpreter (measured: ClickBench's first runs after a restart were 3-10 times their
 * later runs, mostly compilation; parsing, planning, the MergeTree read path, filters, hash
 * aggregation by key shape, sorting, string search and the TabSeparated output all get compiled
 * here).
 *
 * <p>The workload touches no user data: it fills a temporary MergeTree table of its own HTTP
 * session with generated rows of the common column types (integers of every width, dates and
 * times, strings mostly empty and URL-like, floats) and runs the query shapes of analytical
 * dashboards over it {@link #ROUNDS} times: counts and sums with and without filters, distinct
 * counts, GROUP BY over one, two and three keys of integer and string types with ORDER BY ...
 * LIMIT, top-N sorts, LIKE and regular expressions, date functions. The temporary table ends
 * with the session. A statement that fails is skipped: the warm-up never stops the server from
 * starting.
 *
 * <p>Covering the shapes is not enough: C2 compiles a branch the profile never saw as a trap, and
 * the first query that takes it falls back to the interpreter until the method is compiled again
 * (about 100 ms of a first run on this machine). So the data also holds what real tables have and
 * a tidy generator would not: strings longer than 16 and 128 bytes (other hashing, decoding and
 * buffer-growth paths), 64-bit keys that repeat (the probe of a packed table finding its key), a
 * 16-bit key with more values than a direct table takes, signed columns compared with unsigned
 * constants ({@link #COMPARISONS}), SQL-standard date functions ({@code DATE_TRUNC},
 * {@code extract}) and constant GROUP BY keys. The traps were found by running ClickBench's
 * queries after a restart with {@code -Xlog:deoptimization=debug} (docs/performance.md).
 */
final class ServerWarmup {
    /**
     * Rounds of the query workload. A method reaches C2 only after thousands of calls, and the
     * machine's one C2 thread (two cores) lags behind: after two rounds ClickBench's filter,
     * IN-list and GROUP BY kernels still ran as C1 code in the first queries after a restart. Six
     * rounds of 200,000 rows (about 2.5 s more than two) took those first runs from 0.07-0.14 s to
     * 0.04-0.05 s for query 2, 0.09-0.20 to 0.06 s for query 8 and 0.15-0.25 to 0.11 s for query
     * 41; more rows instead (1 M, two rounds, 10 s) did no better (docs/performance.md).
     */
    static final int ROUNDS = 6;

    private static final List<String> SETUP = List.of(
            "CREATE TEMPORARY TABLE warmup (id UInt64, grp UInt32, day Date, ts DateTime, user UInt64, small UInt8, mid Int16, "
                    + "flag UInt8, ip Int32, phrase String, url String, model String, price Float64, code LowCardinality(String), "
                    + "opt Nullable(UInt32), i8 Int8, u16 UInt16, u32 UInt32, i64 Int64, title String, hash Int64) "
                    + "ENGINE = MergeTree ORDER BY (grp, day, user, ts, id)",
            "INSERT INTO warmup SELECT number * 2654435761 % 1000000007, number % 97, toDate('2020-01-01') + number % 31, "
                    + "toDateTime('2020-01-01 00:00:00') + number * 7, number % 50021 * 1000003, number % 7 = 0 ? number % 13 : 0, "
                    + "number % 2000 - 1000, number % 2, toInt32(number * 40503 % 4294967291 - 2147483648), "
                    + "number % 5 = 0 ? concat('phrase ', toString(number % 1009)) : '', "
                    + "concat('https://site', toString(number % 211), '.example/', toString(number % 10007), '?q=', toString(number % 17)), "
                    + "number % 11 = 0 ? concat('m', toString(number % 37)) : '', number % 1000 / 10, concat('c', toString(number % 9)), "
                    + "number % 3 = 0 ? NULL : number % 1000, toInt8(number % 9 - 2), number % 1500, number % 100000, "
                    + "toInt64(number % 5000) - 100, number % 4 <> 0 ? '' : concat('A fairly long page title about topic ', "
                    + "toString(number % 3001), ' with ', repeat('words ', number % 37)), toInt64(number % 10007 * 921023456789012) "
                    + "FROM numbers({rows})");

    private static final List<String> QUERIES = List.of(
            "SELECT count() FROM warmup",
            "SELECT count() FROM warmup WHERE small <> 0",
            "SELECT sum(small), count(), avg(mid) FROM warmup",
            "SELECT avg(user), sum(price), min(ts), max(ts) FROM warmup",
            "SELECT uniqExact(user), uniq(user) FROM warmup",
            "SELECT uniqExact(phrase) FROM warmup",
            "SELECT min(day), max(day) FROM warmup",
            "SELECT small, count() FROM warmup WHERE small <> 0 GROUP BY small ORDER BY count() DESC",
            "SELECT grp, uniqExact(user) AS u FROM warmup GROUP BY grp ORDER BY u DESC LIMIT 10",
            "SELECT grp, sum(small), count() AS c, avg(mid), uniqExact(user) FROM warmup GROUP BY grp ORDER BY c DESC LIMIT 10",
            "SELECT model, uniqExact(user) AS u FROM warmup WHERE model <> '' GROUP BY model ORDER BY u DESC LIMIT 10",
            "SELECT flag, model, uniqExact(user) AS u FROM warmup WHERE model <> '' GROUP BY flag, model ORDER BY u DESC LIMIT 10",
            "SELECT phrase, count() AS c FROM warmup WHERE phrase <> '' GROUP BY phrase ORDER BY c DESC LIMIT 10",
            "SELECT small, phrase, count() AS c FROM warmup WHERE phrase <> '' GROUP BY small, phrase ORDER BY c DESC LIMIT 10",
            "SELECT user, count() FROM warmup GROUP BY user ORDER BY count() DESC LIMIT 10",
            "SELECT user, phrase, count() FROM warmup GROUP BY user, phrase ORDER BY count() DESC LIMIT 10",
            "SELECT user, toMinute(ts) AS m, phrase, count() FROM warmup GROUP BY user, m, phrase ORDER BY count() DESC LIMIT 10",
            "SELECT code, opt, count() FROM warmup WHERE opt IS NOT NULL GROUP BY code, opt ORDER BY count() DESC LIMIT 10",
            "SELECT user FROM warmup WHERE user = 12345",
            "SELECT count() FROM warmup WHERE url LIKE '%example/99%'",
            "SELECT phrase, min(url), count() AS c FROM warmup WHERE url LIKE '%site1%' AND phrase <> '' GROUP BY phrase ORDER BY c DESC LIMIT 10",
            "SELECT * FROM warmup WHERE url LIKE '%q=3%' ORDER BY ts LIMIT 10",
            "SELECT phrase FROM warmup WHERE phrase <> '' ORDER BY ts LIMIT 10",
            "SELECT phrase FROM warmup WHERE phrase <> '' ORDER BY phrase LIMIT 10",
            "SELECT grp, avg(length(url)) AS l, count() AS c FROM warmup WHERE url <> '' GROUP BY grp HAVING count() > 100 ORDER BY l DESC LIMIT 25",
            "SELECT replaceRegexpOne(url, '^https?://([^/]+)/.*$', '\\\\1') AS k, avg(length(url)) AS l, count() AS c, min(url) "
                    + "FROM warmup WHERE url <> '' GROUP BY k HAVING count() > 100 ORDER BY l DESC LIMIT 25",
            "SELECT sum(mid), sum(mid + 1), sum(price * 2) FROM warmup",
            "SELECT small, ip, count() AS c, sum(flag), avg(mid) FROM warmup WHERE phrase <> '' GROUP BY small, ip ORDER BY c DESC LIMIT 10",
            "SELECT id, ip, count() AS c, sum(flag), avg(mid) FROM warmup GROUP BY id, ip ORDER BY c DESC LIMIT 10",
            "SELECT url, count() AS c FROM warmup GROUP BY url ORDER BY c DESC LIMIT 10",
            "SELECT ip, ip - 1, count() AS c FROM warmup GROUP BY ip, ip - 1 ORDER BY c DESC LIMIT 10",
            "SELECT url, count() AS c FROM warmup WHERE grp = 5 AND day >= '2020-01-01' AND day <= '2020-01-31' AND flag = 0 "
                    + "AND url <> '' GROUP BY url ORDER BY c DESC LIMIT 10 OFFSET 10",
            "SELECT toStartOfMinute(ts) AS m, count() FROM warmup WHERE grp = 5 AND day >= '2020-01-10' AND day <= '2020-01-11' "
                    + "GROUP BY m ORDER BY m LIMIT 10 OFFSET 10",
            "SELECT toYear(day), toMonth(day), count() FROM warmup GROUP BY 1, 2 ORDER BY 1, 2",
            "SELECT sum(i8), sum(u16), sum(u32), sum(i64), max(price), min(opt) FROM warmup",
            "SELECT count() FROM warmup WHERE i8 IN (-1, 6) AND u16 > 10 AND u32 <> 0 AND i64 >= 0 AND day >= '2020-01-05' "
                    + "AND ts < '2020-01-20 00:00:00'",
            "SELECT u16, u32, count() AS c FROM warmup WHERE grp = 5 AND flag = 0 AND i64 IN (1, 2, 3) GROUP BY u16, u32 "
                    + "ORDER BY c DESC LIMIT 10 OFFSET 5",
            "SELECT code, countIf(flag = 1), count(DISTINCT user) FROM warmup WHERE code IN ('c1', 'c2') AND url NOT LIKE '%q=1%' "
                    + "GROUP BY code ORDER BY code",
            // strings longer than 16 and 128 bytes: hashing, decoding and building take other branches
            "SELECT count(DISTINCT title), max(length(title)) FROM warmup",
            "SELECT title, count() AS c FROM warmup WHERE title <> '' GROUP BY title ORDER BY c DESC LIMIT 10",
            "SELECT count() FROM warmup WHERE title LIKE '%topic 12%'",
            "SELECT * FROM warmup WHERE title LIKE '%words words words%' ORDER BY ts LIMIT 10",
            "SELECT grp, CASE WHEN phrase = '' AND model = '' THEN title ELSE '' END AS s, count() AS c FROM warmup "
                    + "WHERE grp < 50 GROUP BY grp, s ORDER BY c DESC LIMIT 10",
            "SELECT 1, title, count() AS c FROM warmup WHERE grp < 50 GROUP BY 1, title ORDER BY c DESC LIMIT 10",
            "SELECT REGEXP_REPLACE(title, '^A fairly ([a-z]+) .*$', '\\1') AS k, avg(length(title)) AS l, count() AS c FROM warmup "
                    + "WHERE title <> '' GROUP BY k HAVING count() > 10 ORDER BY l DESC LIMIT 25",
            // keys that repeat in a 128-bit packed table, a 16-bit key past its direct-table threshold
            "SELECT hash, day, count() AS c FROM warmup WHERE grp = 5 AND day >= '2020-01-01' AND day <= '2020-01-31' "
                    + "AND i8 IN (-1, 6) GROUP BY hash, day ORDER BY c DESC LIMIT 10 OFFSET 5",
            "SELECT i64, day, count() AS c FROM warmup GROUP BY i64, day ORDER BY c DESC LIMIT 10",
            "SELECT mid, count() AS c FROM warmup WHERE mid <> 0 GROUP BY mid ORDER BY c DESC",
            "SELECT mid, u16, count() AS c FROM warmup WHERE grp = 7 AND flag = 0 AND hash = 7368187654312096 "
                    + "GROUP BY mid, u16 ORDER BY c DESC LIMIT 10 OFFSET 1000",
            "SELECT ip, ip - 1, ip - 2, ip - 3, count() AS c FROM warmup GROUP BY ip, ip - 1, ip - 2, ip - 3 ORDER BY c DESC LIMIT 10",
            // the SQL-standard spellings of date functions; a first condition no row of a granule passes
            "SELECT DATE_TRUNC('minute', ts) AS m, count() FROM warmup WHERE grp = 5 AND day >= '2020-01-14' AND day <= '2020-01-15' "
                    + "AND flag = 0 GROUP BY DATE_TRUNC('minute', ts) ORDER BY DATE_TRUNC('minute', ts) LIMIT 10 OFFSET 10",
            "SELECT user, extract(minute FROM ts) AS m, phrase, count() FROM warmup GROUP BY user, m, phrase ORDER BY count() DESC LIMIT 10",
            "SELECT count() FROM warmup WHERE id < 1000 AND flag = 0 AND url <> ''");

    /**
     * Every comparison operator against a constant, as a filter's first condition (over all rows)
     * and after another (over the rows it kept), for each signedness a column and a constant can
     * have (signed, unsigned, a signed column against an unsigned constant and the reverse) and for
     * strings (ClickBench's query 41 compares an Int64 column with a UInt64 literal, a branch the
     * earlier workload never took).
     */
    private static final List<String> COMPARISONS = comparisons();

    private static List<String> comparisons() {
        List<String> out = new ArrayList<>();
        String[][] operands = {{"mid", "-3"}, {"u32", "500"}, {"hash", "4605117283945060000"}, {"user", "-3"}, {"hash", "10000000000000000000"}};
        for (String[] o : operands) {
            for (String op : new String[] {"=", "<>", "<", ">", "<=", ">="}) {
                out.add("SELECT count() FROM warmup WHERE " + o[0] + " " + op + " " + o[1]);
                out.add("SELECT count() FROM warmup WHERE flag = 0 AND " + o[0] + " " + op + " " + o[1]);
            }
        }
        for (String c : new String[] {"title = 'A fairly long page title about topic 7 with words '", "title <> ''", "model = 'm3'", "model <> ''"}) {
            out.add("SELECT count() FROM warmup WHERE " + c);
            out.add("SELECT count() FROM warmup WHERE flag = 0 AND " + c);
        }
        return List.copyOf(out);
    }

    /** What a warm-up did: statements sent, how many failed, seconds. */
    record Result(int statements, int failed, double seconds) {
    }

    private ServerWarmup() {
    }

    /** Runs the workload {@code rounds} times over {@code rows} generated rows against the HTTP interface on loopback {@code port}. */
    static Result run(int port, long rows, int rounds) {
        long start = System.nanoTime();
        String base = "http://127.0.0.1:" + port + "/?session_id=strata-warmup-" + UUID.randomUUID() + "&session_timeout=600";
        int sent = 0, failed = 0;
        for (String sql : SETUP) {
            sent++;
            if (!send(base, sql.replace("{rows}", Long.toString(rows)))) {
                failed++;
                return new Result(sent, failed, (System.nanoTime() - start) / 1e9);
            }
        }
        for (int r = 0; r < rounds; r++) {
            // the comparisons need their branches taken, which the profile keeps; half the rounds do
            for (List<String> list : r < (rounds + 1) / 2 ? List.of(QUERIES, COMPARISONS) : List.of(QUERIES)) {
                for (String sql : list) {
                    sent++;
                    if (!send(base, sql)) failed++;
                }
            }
        }
        sent++;
        if (!send(base, "DROP TEMPORARY TABLE warmup")) failed++;
        return new Result(sent, failed, (System.nanoTime() - start) / 1e9);
    }

    /** POSTs one statement and reads the answer; whether it succeeded. */
    private static boolean send(String base, String sql) {
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) URI.create(base + "&query_id=" + URLEncoder.encode("strata-warmup-" + UUID.randomUUID(),
                    StandardCharsets.UTF_8)).toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setConnectTimeout(10_000);
            c.setReadTimeout(120_000);
            try (OutputStream out = c.getOutputStream()) {
                out.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            try (InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) in.transferTo(OutputStream.nullOutputStream());
            }
            return status == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (c != null) c.disconnect();
        }
    }
}
