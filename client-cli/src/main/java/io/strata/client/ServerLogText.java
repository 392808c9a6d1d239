package io.strata.client;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.nativeproto.NativeBlockReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The server's log lines (Log packets, {@code send_logs_level}) as clickhouse-client prints them
 * on stderr: {@code [host] 2024.01.18 10:00:00.123456 [ 42 ] {query_id} <Debug> source: text}.
 */
final class ServerLogText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss");
    private static final String[] PRIORITIES = {"", "Fatal", "Critical", "Error", "Warning", "Notice", "Information", "Debug", "Trace", "Test"};

    private ServerLogText() {
    }

    static String format(NativeBlockReader.Block block, ZoneId zone) {
        Header h = block.header();
        Chunk c = block.chunk();
        int time = h.indexOf("event_time"), micros = h.indexOf("event_time_microseconds"), host = h.indexOf("host_name");
        int query = h.indexOf("query_id"), priority = h.indexOf("priority"), source = h.indexOf("source"), text = h.indexOf("text");
        int thread = h.indexOf("thread_id") >= 0 ? h.indexOf("thread_id") : h.indexOf("thread_number");
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < c.rowCount(); r++) {
            long seconds = number(c, time, r);
            int p = (int) number(c, priority, r);
            sb.append('[').append(string(c, host, r)).append("] ")
                    .append(TIME.format(Instant.ofEpochSecond(seconds).atZone(zone)))
                    .append('.').append(String.format("%06d", number(c, micros, r)))
                    .append(" [ ").append(number(c, thread, r)).append(" ] {").append(string(c, query, r)).append("} <")
                    .append(p >= 0 && p < PRIORITIES.length ? PRIORITIES[p] : String.valueOf(p)).append("> ")
                    .append(string(c, source, r)).append(": ").append(string(c, text, r)).append('\n');
        }
        return sb.toString();
    }

    private static long number(Chunk c, int column, int row) {
        if (column < 0) return 0;
        return c.column(column).getObject(row) instanceof Number n ? n.longValue() : 0;
    }

    private static String string(Chunk c, int column, int row) {
        if (column < 0) return "";
        Object o = c.column(column).getObject(row);
        return o instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(o);
    }
}
