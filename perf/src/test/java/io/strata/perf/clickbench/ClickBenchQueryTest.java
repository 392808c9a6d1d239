package io.strata.perf.clickbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClickBenchQueryTest {
    private static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("clickbench");

    private static List<ClickBenchQuery> queries() throws IOException {
        return QueryDialects.read(DIR.resolve("queries.sql"), ClickBenchSchema.read(DIR.resolve("create.sql")));
    }

    @Test
    void schemaIsClickBenchsHits() throws IOException {
        ClickBenchSchema schema = ClickBenchSchema.read(DIR.resolve("create.sql"));
        assertEquals(105, schema.columns().size());
        assertEquals("CounterID, EventDate, UserID, EventTime, WatchID", schema.primaryKey());
        String old = schema.clickHouse18Ddl();
        assertTrue(old.contains("    WatchID Int64,\n"), old);
        assertTrue(old.contains("    UserAgentMinor String,\n"), old);
        assertTrue(old.contains("    EventTime DateTime,\n"), old);
        assertTrue(old.contains("ORDER BY (CounterID, EventDate, UserID, EventTime, WatchID)"), old);
        assertFalse(old.contains("NOT NULL"));
    }

    @Test
    void allFortyThreeQueriesAreUnderstood() throws IOException {
        List<ClickBenchQuery> q = queries();
        assertEquals(43, q.size());
        // Q8: ORDER BY COUNT(*) DESC, no LIMIT.
        assertEquals(List.of(1), q.get(7).orderKeys());
        assertFalse(q.get(7).limited());
        // Q24: SELECT * ORDER BY EventTime: the key is the fifth column of hits.
        assertEquals(List.of(4), q.get(23).orderKeys());
        // Q39: LIMIT 10 OFFSET 1000.
        assertEquals(10, q.get(38).limit());
        assertEquals(1000, q.get(38).offset());
        // Q43: ORDER BY the expression that is aliased M in the SELECT list.
        assertEquals(List.of(0), q.get(42).orderKeys());
        assertNull(q.get(42).checkVariant());
    }

    @Test
    void answersThatCannotBeCheckedAsTheyAreGetAVariant() throws IOException {
        List<ClickBenchQuery> q = queries();
        assertEquals("SELECT UserID, SearchPhrase, COUNT(*) FROM hits GROUP BY UserID, SearchPhrase ORDER BY UserID, SearchPhrase, COUNT(*) LIMIT 10",
                q.get(17).checkVariant());
        assertEquals("SELECT EventTime, SearchPhrase FROM hits WHERE SearchPhrase <> '' ORDER BY EventTime LIMIT 10", q.get(24).checkVariant());
        long variants = q.stream().filter(ClickBenchQuery::needsVariant).count();
        assertEquals(3, variants);
    }

    @Test
    void clickHouse18GetsItsFunctionNames() throws IOException {
        List<ClickBenchQuery> q = queries();
        assertTrue(QueryDialects.dialect("clickhouse", q.get(42).sql()).startsWith("SELECT toStartOfMinute(EventTime) AS M"));
        String q29 = QueryDialects.dialect("clickhouse", q.get(28).sql());
        assertTrue(q29.startsWith("SELECT replaceRegexpAll(Referer, '^https?://(?:www\\\\.)?([^/]+)/.*$', '\\\\1') AS k"), q29);
        assertEquals(q.get(28).sql(), QueryDialects.dialect("duckdb", q.get(28).sql()));
    }
}
