package io.strata.nativeproto;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ProfileEvents block (revision 54451 and later): counters of the query as ClickHouse's
 * columns {@code host_name String, current_time DateTime, thread_id UInt64, type
 * Enum8('increment' = 1, 'gauge' = 2), name String, value Int64}. Strata reports the counters
 * it keeps (rows and bytes read and written) under ClickHouse's event names.
 */
public final class ProfileEventsBlock {
    private static final long INCREMENT = 1;
    private static final DataType TYPE = DataTypes.parse("Enum8('increment' = 1, 'gauge' = 2)");
    private static final Header HEADER = new Header(List.of("host_name", "current_time", "thread_id", "type", "name", "value"),
            List.of(DataTypes.STRING, DataTypes.DATETIME, DataTypes.UINT64, TYPE, DataTypes.STRING, DataTypes.INT64));

    private ProfileEventsBlock() {
    }

    /** Sends one ProfileEvents packet with the non-zero {@code counters} (name to value). */
    public static void send(ServerPackets packets, String host, Map<String, Long> counters) {
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        counters.forEach((k, v) -> {
            if (v != 0) {
                names.add(k);
                values.add(v);
            }
        });
        if (names.isEmpty()) return;
        int n = names.size();
        long now = System.currentTimeMillis() / 1000;
        long[] time = new long[n], thread = new long[n], type = new long[n], value = new long[n];
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            time[i] = now;
            thread[i] = 0;
            type[i] = INCREMENT;
            value[i] = values.get(i);
            hosts.add(host);
        }
        Column[] columns = {
                SmallBlocks.strings(DataTypes.STRING, hosts), SmallBlocks.longs(DataTypes.DATETIME, time),
                SmallBlocks.longs(DataTypes.UINT64, thread), SmallBlocks.longs(TYPE, type),
                SmallBlocks.strings(DataTypes.STRING, names), SmallBlocks.longs(DataTypes.INT64, value)};
        packets.profileEvents(HEADER, new Chunk(columns, n));
    }
}
