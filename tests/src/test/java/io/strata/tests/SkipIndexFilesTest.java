package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.hash.CityHash;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.FilterCondition;
import io.strata.core.table.FilterCondition.Op;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.ScanFilter;
import io.strata.core.table.TableEngine;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.server.Engine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data-skipping index files: their bytes on disk are pinned by hand-computed examples, and a
 * randomized check shows an index never drops a granule holding a matching row (random data,
 * granularities and condition trees with AND/OR/NOT over every index kind, NULLs included).
 */
class SkipIndexFilesTest {
    @TempDir
    Path dir;

    private static List<Chunk> query(Engine e, String sql) {
        QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
        List<Chunk> out = new ArrayList<>();
        try (QueryExecution ex = e.runner().execute(new QueryRequest(sql, session, Map.of(), Map.of(), null, "q" + System.nanoTime()))) {
            for (Chunk c = ex.next(); c != null; c = ex.next()) out.add(c);
        }
        return out;
    }

    private byte[] indexFile(String table, String index) throws Exception {
        Path tableDir = dir.resolve("data").resolve("default").resolve(table);
        try (var parts = Files.list(tableDir)) {
            Path part = parts.filter(p -> p.getFileName().toString().startsWith("all_")).findFirst().orElseThrow();
            return Files.readAllBytes(part.resolve("skp_idx_" + index + ".idx"));
        }
    }

    private static byte[] bytes(Object... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : pieces) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            else if (p instanceof Integer b) out.write(b);
            else out.writeBytes((byte[]) p);
        }
        return out.toByteArray();
    }

    @Test
    void filesHaveTheDocumentedLayout() throws Exception {
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE m (k UInt8, v UInt32, INDEX iv v TYPE minmax GRANULARITY 1) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO m VALUES (1, 7), (2, 3), (3, 9)");
            query(e, "CREATE TABLE s (k UInt8, s String, INDEX i s TYPE set(10) GRANULARITY 4) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO s VALUES (1, 'b'), (2, 'a'), (3, 'b')");
            query(e, "CREATE TABLE b (k UInt8, x UInt64, INDEX i x TYPE bloom_filter GRANULARITY 1) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO b VALUES (1, 5), (2, 5)");
        }
        // magic, version 1, kind 1 (minmax), signature, granularity 1, 1 entry, 1 element, flag 0, min 3, max 9 (UInt32 LE)
        assertArrayEquals(bytes("STRSKP", 1, 1, 17, "minmax|1|v:UInt32", 1, 1, 1, 0, 3, 0, 0, 0, 9, 0, 0, 0),
                indexFile("m", "iv"));
        // kind 2 (set): one entry of 2 distinct values (written 2 + 1), then 2 values in Native String layout, sorted
        assertArrayEquals(bytes("STRSKP", 1, 2, 18, "set(10)|4|s:String", 4, 1, 1, 3, 2, 1, "a", 1, "b"), indexFile("s", "i"));
        // kind 3 (bloom_filter): 1 distinct value at rate 0.025 -> 64 bits, 16 probes (h1 + i * h2) mod 64
        byte[] five = new byte[8];
        five[0] = 5;
        long h = CityHash.cityHash64(five, 0, 8);
        long word = 0;
        for (int i = 0; i < 16; i++) word |= 1L << (Integer.toUnsignedLong((int) h + i * (int) (h >>> 32)) % 64);
        byte[] wordBytes = new byte[8];
        for (int i = 0; i < 8; i++) wordBytes[i] = (byte) (word >>> (8 * i));
        assertArrayEquals(bytes("STRSKP", 1, 3, 23, "bloom_filter|1|x:UInt64", 1, 1, 1, 1, 16, 1, wordBytes), indexFile("b", "i"));
    }

    // randomized soundness -------------------------------------------------------------------

    /** A condition as storage sees it, the SQL it stands for and its three-valued value on a row. */
    private record Cond(FilterCondition tree, String sql, RowValue value) {
    }

    private interface RowValue {
        /** TRUE, FALSE or null (SQL NULL) for row r of a chunk holding the table's columns k, a, b, s, f. */
        Boolean at(Chunk c, int r);
    }

    private Column constants(Engine e, String type, List<String> literals) {
        String sql = "SELECT CAST(x AS " + type + ") FROM (SELECT arrayJoin([" + String.join(", ", literals) + "]) AS x)";
        List<Chunk> chunks = query(e, sql);
        assertEquals(1, chunks.size());
        return chunks.get(0).column(0);
    }

    private static Long number(Chunk c, int column, int r) {
        Object o = c.column(column).getObject(r);
        return o == null ? null : ((Number) o).longValue();
    }

    private static String text(Chunk c, int r) {
        return new String((byte[]) c.column(3).getObject(r), StandardCharsets.UTF_8);
    }

    private Cond atom(Engine e, Random rnd) {
        int kind = rnd.nextInt(9);
        switch (kind) {
            case 0, 1, 2 -> {
                // a: Int32 with minmax (alone and in a tuple index)
                Op op = new Op[] {Op.EQUALS, Op.LESS, Op.GREATER_OR_EQUALS, Op.NOT_EQUALS, Op.IN}[rnd.nextInt(5)];
                List<Long> values = new ArrayList<>();
                for (int i = 0; i < (op == Op.IN ? 1 + rnd.nextInt(3) : 1); i++) values.add((long) rnd.nextInt(120) - 10);
                List<String> lits = values.stream().map(String::valueOf).toList();
                FilterCondition t = new FilterCondition.Compare("a", DataTypes.INT32, List.of("a"), op, constants(e, "Int32", lits));
                return new Cond(t, "a " + sqlOp(op, lits), (c, r) -> compareLong(number(c, 1, r), op, values));
            }
            case 3, 4 -> {
                // b: Nullable(UInt16) with set(8)
                Op op = new Op[] {Op.EQUALS, Op.NOT_EQUALS, Op.IN, Op.LESS, Op.NOT_IN}[rnd.nextInt(5)];
                List<Long> values = new ArrayList<>();
                for (int i = 0; i < (op == Op.IN || op == Op.NOT_IN ? 1 + rnd.nextInt(3) : 1); i++) values.add((long) rnd.nextInt(12));
                List<String> lits = values.stream().map(String::valueOf).toList();
                DataType t = DataTypes.parse("Nullable(UInt16)");
                return new Cond(new FilterCondition.Compare("b", t, List.of("b"), op, constants(e, "Nullable(UInt16)", lits)),
                        "b " + sqlOp(op, lits), (c, r) -> compareLong(number(c, 2, r), op, values));
            }
            case 5, 6, 7 -> {
                // s: LowCardinality(String) with bloom_filter and set(0)
                DataType t = DataTypes.parse("LowCardinality(String)");
                Op op = new Op[] {Op.EQUALS, Op.IN, Op.NOT_EQUALS, Op.STARTS_WITH}[rnd.nextInt(4)];
                List<String> values = new ArrayList<>();
                for (int i = 0; i < (op == Op.IN ? 1 + rnd.nextInt(3) : 1); i++) {
                    values.add(op == Op.STARTS_WITH ? "w" + rnd.nextInt(10) : "w" + rnd.nextInt(40));
                }
                List<String> lits = values.stream().map(v -> "'" + v + "'").toList();
                FilterCondition tree = new FilterCondition.Compare("s", t, List.of("s"), op, constants(e, "LowCardinality(String)", lits));
                String sql = op == Op.STARTS_WITH ? "startsWith(s, " + lits.get(0) + ")" : "s " + sqlOp(op, lits);
                return new Cond(tree, sql, (c, r) -> {
                    String s = text(c, r);
                    return switch (op) {
                        case EQUALS -> s.equals(values.get(0));
                        case NOT_EQUALS -> !s.equals(values.get(0));
                        case IN -> values.contains(s);
                        default -> s.startsWith(values.get(0));
                    };
                });
            }
            default -> {
                // f: Float64 in the tuple minmax index
                double v = rnd.nextInt(60) / 2.0;
                FilterCondition t = new FilterCondition.Compare("f", DataTypes.FLOAT64, List.of("f"), Op.GREATER,
                        constants(e, "Float64", List.of(Double.toString(v))));
                return new Cond(t, "f > " + v, (c, r) -> ((Number) c.column(4).getObject(r)).doubleValue() > v);
            }
        }
    }

    private static String sqlOp(Op op, List<String> lits) {
        return switch (op) {
            case EQUALS -> "= " + lits.get(0);
            case NOT_EQUALS -> "!= " + lits.get(0);
            case LESS -> "< " + lits.get(0);
            case GREATER_OR_EQUALS -> ">= " + lits.get(0);
            case IN -> "IN (" + String.join(", ", lits) + ")";
            case NOT_IN -> "NOT IN (" + String.join(", ", lits) + ")";
            default -> op.toString();
        };
    }

    private static Boolean compareLong(Long x, Op op, List<Long> values) {
        if (x == null) return null;
        return switch (op) {
            case EQUALS -> x.longValue() == values.get(0);
            case NOT_EQUALS -> x.longValue() != values.get(0);
            case LESS -> x < values.get(0);
            case GREATER_OR_EQUALS -> x >= values.get(0);
            case IN -> values.contains(x);
            case NOT_IN -> !values.contains(x);
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private Cond condition(Engine e, Random rnd, int depth) {
        if (depth == 0 || rnd.nextInt(3) == 0) return atom(e, rnd);
        switch (rnd.nextInt(3)) {
            case 0 -> {
                Cond x = condition(e, rnd, depth - 1);
                return new Cond(new FilterCondition.Not(x.tree()), "NOT (" + x.sql() + ")", (c, r) -> {
                    Boolean v = x.value().at(c, r);
                    return v == null ? null : !v;
                });
            }
            case 1 -> {
                Cond x = condition(e, rnd, depth - 1), y = condition(e, rnd, depth - 1);
                return new Cond(new FilterCondition.And(List.of(x.tree(), y.tree())), "(" + x.sql() + ") AND (" + y.sql() + ")", (c, r) -> {
                    Boolean p = x.value().at(c, r), q = y.value().at(c, r);
                    if (Boolean.FALSE.equals(p) || Boolean.FALSE.equals(q)) return false;
                    return p == null || q == null ? null : true;
                });
            }
            default -> {
                Cond x = condition(e, rnd, depth - 1), y = condition(e, rnd, depth - 1);
                return new Cond(new FilterCondition.Or(List.of(x.tree(), y.tree())), "(" + x.sql() + ") OR (" + y.sql() + ")", (c, r) -> {
                    Boolean p = x.value().at(c, r), q = y.value().at(c, r);
                    if (Boolean.TRUE.equals(p) || Boolean.TRUE.equals(q)) return true;
                    return p == null || q == null ? null : false;
                });
            }
        }
    }

    /** Rows for which the condition is TRUE among what the engine returns for it, and the rows it read. */
    private static long[] matching(TableEngine t, Header columns, Cond cond, boolean pushFilter) {
        ScanFilter filter = !pushFilter ? null : new ScanFilter() {
            @Override
            public List<String> requiredColumns() {
                return columns.names();
            }

            @Override
            public int select(Chunk chunk, int[] out) {
                int k = 0;
                for (int r = 0; r < chunk.rowCount(); r++) if (Boolean.TRUE.equals(cond.value().at(chunk, r))) out[k++] = r;
                return k;
            }

            @Override
            public String sql() {
                return cond.sql();
            }

            @Override
            public FilterCondition condition() {
                return cond.tree();
            }
        };
        long count = 0, read = 0;
        for (ChunkSource m : t.read(columns, new ReadRequest(columns.names(), filter, -1, 2, Settings.DEFAULTS))) {
            for (Chunk c = m.next(); c != null; c = m.next()) {
                read += c.rowCount();
                for (int r = 0; r < c.rowCount(); r++) if (Boolean.TRUE.equals(cond.value().at(c, r))) count++;
            }
            m.close();
        }
        return new long[] {count, read};
    }

    @Test
    void indexesNeverDropMatchingRows() {
        long seed = Long.getLong("skipindex.seed", System.nanoTime());
        Random rnd = new Random(seed);
        String reproduce = " (seed " + seed + "; rerun: mvn -o -pl tests test -Dtest=SkipIndexFilesTest -Dskipindex.seed=" + seed + ")";
        int granularity = 16 << rnd.nextInt(3);
        int[] g = {1 + rnd.nextInt(3), 1 + rnd.nextInt(3), 1 + rnd.nextInt(3), 1 + rnd.nextInt(3), 1 + rnd.nextInt(3)};
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE r (k UInt32, a Int32, b Nullable(UInt16), s LowCardinality(String), f Float64, "
                    + "INDEX ia a TYPE minmax GRANULARITY " + g[0] + ", INDEX ib b TYPE set(8) GRANULARITY " + g[1] + ", "
                    + "INDEX is1 s TYPE bloom_filter(0.05) GRANULARITY " + g[2] + ", INDEX is2 s TYPE set(0) GRANULARITY " + g[3] + ", "
                    + "INDEX iaf (a, f) TYPE minmax GRANULARITY " + g[4] + ") ENGINE = MergeTree ORDER BY k "
                    + "SETTINGS index_granularity = " + granularity);
            for (int i = 0; i < 3; i++) {
                long salt = rnd.nextInt(1000);
                // values drift with k (so indexes can skip) with noise, and NULLs now and then
                query(e, "INSERT INTO r SELECT k, toInt32(intDiv(k, 50)) - 10 + toInt32(cityHash64(k, " + salt + ") % 5), "
                        + "if(cityHash64(k, " + (salt + 1) + ") % 9 = 0, NULL, toUInt16(intDiv(k, 400) + cityHash64(k) % 2)), "
                        + "concat('w', toString(intDiv(k, 150) + cityHash64(k, " + (salt + 2) + ") % 2)), intDiv(k, 200) / 2 "
                        + "FROM (SELECT number * 3 + " + i + " AS k FROM numbers(2000))");
            }
            TableEngine t = e.catalog().table("default", "r").engine();
            Header columns = new Header(List.of("k", "a", "b", "s", "f"), List.of(DataTypes.UINT32, DataTypes.INT32,
                    DataTypes.parse("Nullable(UInt16)"), DataTypes.parse("LowCardinality(String)"), DataTypes.FLOAT64));
            long pruned = 0;
            for (int q = 0; q < 150; q++) {
                Cond cond = condition(e, rnd, 2);
                long[] all = matching(t, columns, cond, false);
                long[] withIndexes = matching(t, columns, cond, true);
                assertEquals(all[0], withIndexes[0], "rows matching " + cond.sql() + reproduce);
                if (withIndexes[1] < all[1]) pruned++;
            }
            // the data is clustered: many conditions must have let the indexes skip something
            assertTrue(pruned > 20, "only " + pruned + " of 150 conditions skipped data" + reproduce);
        }
    }
}
