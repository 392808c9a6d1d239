package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.TableEngineFactory.CompiledExpression;
import io.strata.core.table.TableEngineFactory.EngineServices;
import io.strata.core.type.TypeId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The table's row TTL ({@code TTL expr [DELETE]} of CREATE TABLE or MODIFY TTL): a row whose TTL
 * value is at or before now is removed by the next merge that rewrites it, by a TTL-only
 * rewrite of a part whose earliest TTL has passed, by OPTIMIZE ... FINAL and by MATERIALIZE TTL.
 * As in ClickHouse a TTL value of 0 (the zero date) never expires. Each part records the
 * earliest and latest TTL of its rows in {@code ttl.txt}, so finding expired parts reads no data.
 */
final class RowTtl {
    /** {@code ttl.txt}: this header line, then {@code {"table":{"min":<s>,"max":<s>}}} (epoch seconds). */
    static final String INFO_HEADER = "ttl format version: 1";

    private static final Map<DataPart, long[]> PART_RANGES = Collections.synchronizedMap(new WeakHashMap<>());

    private final String sql;
    private final CompiledExpression seconds;

    private RowTtl(String sql, CompiledExpression seconds) {
        this.sql = sql;
        this.seconds = seconds;
    }

    /** The compiled TTL of a table, or null without one. */
    static RowTtl of(String clause, Header stored, EngineServices services) {
        if (clause == null || clause.isBlank()) return null;
        List<String> elements = TupleElements.split("(" + clause + ")");
        if (elements.size() != 1) {
            throw new DbException(ErrorCode.BAD_TTL_EXPRESSION, "More than one DELETE TTL expression without WHERE expression is not allowed");
        }
        String e = elements.get(0);
        CompiledExpression raw = services.compile(e, stored);
        TypeId id = raw.type().unwrap().id();
        if (id != TypeId.DATE && id != TypeId.DATE32 && id != TypeId.DATETIME && id != TypeId.DATETIME64) {
            throw new DbException(ErrorCode.BAD_TTL_EXPRESSION, "TTL expression result column should have DateTime or Date type, but has "
                    + raw.type().name());
        }
        // Dates expire at the start of their day in the server's time zone, as toDateTime(date) gives
        return new RowTtl(e, services.compile("toUnixTimestamp(toDateTime(" + e + "))", stored));
    }

    String sql() {
        return sql;
    }

    /** Each row's TTL as epoch seconds (0: never expires) over a chunk of stored columns in table order. */
    long[] seconds(Chunk stored) {
        Column c = seconds.evaluate(stored).materialize();
        int n = stored.rowCount();
        long[] out = new long[n];
        if (c instanceof io.strata.core.column.NullableColumn nc) {
            LongColumn v = (LongColumn) nc.values().materialize();
            for (int i = 0; i < n; i++) out[i] = nc.isNullAt(i) ? 0 : v.get(i);
        } else {
            LongColumn v = (LongColumn) c;
            for (int i = 0; i < n; i++) out[i] = v.get(i);
        }
        return out;
    }

    static boolean expired(long ttl, long nowSeconds) {
        return ttl != 0 && ttl <= nowSeconds;
    }

    /** The rows of {@code in} (stored columns, table order) whose TTL has not passed at {@code nowSeconds}. */
    ChunkSource dropExpired(ChunkSource in, long nowSeconds) {
        return new ChunkSource() {
            @Override
            public Chunk next() {
                while (true) {
                    Chunk c = in.next();
                    if (c == null) return null;
                    long[] t = seconds(c);
                    int[] keep = new int[t.length];
                    int k = 0;
                    for (int i = 0; i < t.length; i++) {
                        keep[k] = i;
                        k += expired(t[i], nowSeconds) ? 0 : 1;
                    }
                    if (k == t.length) return c;
                    if (k > 0) return c.take(keep, k);
                }
            }

            @Override
            public long estimatedRows() {
                return in.estimatedRows();
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    /** ttl.txt's text for rows whose TTL lies in [min, max]. */
    static String renderInfo(long min, long max) {
        return INFO_HEADER + "\n{\"table\":{\"min\":" + min + ",\"max\":" + max + "}}";
    }

    /** A part's earliest and latest row TTL from its ttl.txt, or null when it has none. */
    static long[] range(DataPart part) {
        long[] cached = PART_RANGES.get(part);
        if (cached != null) return cached.length == 0 ? null : cached;
        long[] r = readRange(part.directory().resolve(PartFiles.TTL_INFO));
        PART_RANGES.put(part, r == null ? new long[0] : r);
        return r;
    }

    private static long[] readRange(Path file) {
        if (!Files.exists(file)) return null;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int min = text.indexOf("\"min\":");
            int max = text.indexOf("\"max\":");
            if (!text.startsWith(INFO_HEADER) || min < 0 || max < 0) return null;
            return new long[] {number(text, min + 6), number(text, max + 6)};
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static long number(String s, int from) {
        int end = from;
        while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '-')) end++;
        return Long.parseLong(s.substring(from, end));
    }
}
