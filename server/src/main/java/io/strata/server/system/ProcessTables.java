package io.strata.server.system;

import io.strata.core.block.Header;
import io.strata.core.query.ClientInfo;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.MapType;
import io.strata.server.catalog.Catalog;
import io.strata.server.query.ProcessList;
import io.strata.server.query.RunningQuery;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/**
 * system.processes: the queries running now, the reading query included, with ClickHouse's
 * columns in its order. What a single server without distributed queries cannot know is given
 * as ClickHouse gives it for a local query (initial_* repeat the query's own values,
 * distributed_depth 0); what Strata does not measure is zero or empty rather than invented:
 * thread_ids, peak_threads_usage, ProfileEvents and normalized_query_hash.
 */
public final class ProcessTables {
    private ProcessTables() {
    }

    public static void register(Catalog catalog, ProcessList processes) {
        DataType s = DataTypes.STRING;
        DataType u8 = DataTypes.UINT8;
        DataType u16 = DataTypes.UINT16;
        DataType u64 = DataTypes.UINT64;
        DataType i64 = DataTypes.INT64;
        DataType ip = DataTypes.IPV6;
        DataType lowString = new LowCardinalityType(s);
        Header h = Header.of(
                "is_initial_query", u8, "user", s, "query_id", s, "address", ip, "port", u16,
                "initial_user", s, "initial_query_id", s, "initial_address", ip, "initial_port", u16,
                "interface", u8, "os_user", s, "client_hostname", s, "client_name", s, "client_revision", u64,
                "client_version_major", u64, "client_version_minor", u64, "client_version_patch", u64,
                "http_method", u8, "http_user_agent", s, "http_referer", s, "forwarded_for", s, "quota_key", s,
                "distributed_depth", u64, "elapsed", DataTypes.FLOAT64, "is_cancelled", u8, "is_all_data_sent", u8,
                "read_rows", u64, "read_bytes", u64, "total_rows_approx", u64, "written_rows", u64, "written_bytes", u64,
                "memory_usage", i64, "peak_memory_usage", i64, "query", s, "normalized_query_hash", u64, "query_kind", s,
                "thread_ids", new ArrayType(u64), "peak_threads_usage", u64,
                "ProfileEvents", new MapType(lowString, u64), "Settings", new MapType(lowString, lowString),
                "current_database", s, "is_internal", u8);
        DataType strings = new ArrayType(s);
        List<io.strata.core.table.ColumnDefinition> aliases = List.of(
                SystemTables.alias("ProfileEvents.Names", strings, "mapKeys(ProfileEvents)"),
                SystemTables.alias("ProfileEvents.Values", new ArrayType(u64), "mapValues(ProfileEvents)"),
                SystemTables.alias("Settings.Names", strings, "mapKeys(Settings)"),
                SystemTables.alias("Settings.Values", strings, "mapValues(Settings)"));
        SystemTables.add(catalog, "processes", h, aliases, (header, settings) -> {
            RowsBuilder r = new RowsBuilder(header);
            for (RunningQuery q : processes.list()) {
                ClientInfo c = q.client();
                byte[] address = ipv6(c.address());
                r.add(1, q.user(), q.queryId(), address, c.port(),
                        q.user(), q.queryId(), address, c.port(),
                        c.interfaceKind(), "", "", c.clientName(), 0, 0, 0, 0,
                        c.httpMethod(), c.httpUserAgent(), c.httpReferer(), c.forwardedFor(), c.quotaKey(),
                        0, q.elapsedSeconds(), q.isCancelled() ? 1 : 0, 0,
                        q.readRows(), q.readBytes(), q.totalRowsApprox(), q.writtenRows(), q.writtenBytes(),
                        q.memoryUsage(), q.peakMemoryUsage(), q.text(), 0, q.kind(),
                        List.of(), 0, Map.of(), q.settings(),
                        q.database(), 0);
            }
            return r.build();
        });
    }

    /** An address as ClickHouse's IPv6 column holds it: IPv4 as ::ffff:a.b.c.d, none as ::. */
    static byte[] ipv6(String address) {
        byte[] out = new byte[16];
        if (address == null || address.isEmpty()) return out;
        byte[] raw;
        try {
            // a literal address: no name lookup happens
            raw = InetAddress.ofLiteral(address).getAddress();
        } catch (IllegalArgumentException e) {
            return out;
        }
        if (raw.length == 16) return raw;
        out[10] = (byte) 0xFF;
        out[11] = (byte) 0xFF;
        System.arraycopy(raw, 0, out, 12, 4);
        return out;
    }
}
