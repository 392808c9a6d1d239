package io.strata.perf.hits;

import java.util.List;

/**
 * The columns of the generated "hits" table: a 25-column cut of ClickBench's hits (same names and
 * types, String where ClickBench has FixedString), and its CREATE TABLE. {@link HitsRows} writes
 * the values in exactly this order.
 */
public final class HitsSchema {
    /** One column: name and ClickHouse type. */
    public record Column(String name, String type) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("WatchID", "UInt64"),
            new Column("JavaEnable", "UInt8"),
            new Column("Title", "String"),
            new Column("GoodEvent", "Int16"),
            new Column("EventTime", "DateTime"),
            new Column("EventDate", "Date"),
            new Column("CounterID", "UInt32"),
            new Column("ClientIP", "Int32"),
            new Column("RegionID", "UInt32"),
            new Column("UserID", "UInt64"),
            new Column("CounterClass", "Int8"),
            new Column("OS", "UInt8"),
            new Column("UserAgent", "UInt8"),
            new Column("URL", "String"),
            new Column("Referer", "String"),
            new Column("IsRefresh", "UInt8"),
            new Column("ResolutionWidth", "UInt16"),
            new Column("ResolutionHeight", "UInt16"),
            new Column("MobilePhoneModel", "String"),
            new Column("SearchPhrase", "String"),
            new Column("SearchEngineID", "UInt16"),
            new Column("AdvEngineID", "UInt8"),
            new Column("BrowserLanguage", "String"),
            new Column("SendTiming", "Int32"),
            new Column("ParamPrice", "Int64"));

    /** Partitioning and sorting as ClickBench's hits, in the syntax ClickHouse 18.16 also accepts. */
    public static final String ENGINE = "MergeTree PARTITION BY toYYYYMM(EventDate) ORDER BY (CounterID, EventDate, UserID)";

    private HitsSchema() {
    }

    /**
     * CREATE TABLE {@code table}; with a non-empty {@code codec} (e.g. {@code ZSTD(1)}) every
     * column gets {@code CODEC(codec)}. ClickHouse 18.16 has no per-column codecs: it compresses
     * with ZSTD through its server-wide {@code <compression>} section instead.
     */
    public static String createTable(String table, String codec) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table).append("\n(\n");
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column c = COLUMNS.get(i);
            sql.append("    ").append(c.name()).append(' ').append(c.type());
            if (codec != null && !codec.isEmpty()) sql.append(" CODEC(").append(codec).append(')');
            sql.append(i + 1 < COLUMNS.size() ? ",\n" : "\n");
        }
        return sql.append(")\nENGINE = ").append(ENGINE).toString();
    }
}
