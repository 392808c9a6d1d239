package io.strata.nativeproto.client;

import io.strata.nativeproto.NativeBlockReader;

/** A packet the server sent during a query, parsed by the connection's negotiated revision. */
public sealed interface ServerPacket {

    /** A result block; the first one of a SELECT is the header (no rows), and of an INSERT the table's columns. */
    record Data(NativeBlockReader.Block block) implements ServerPacket {
    }

    /** The one-row totals of WITH TOTALS. */
    record Totals(NativeBlockReader.Block block) implements ServerPacket {
    }

    /** Minimums and maximums (extremes = 1). */
    record Extremes(NativeBlockReader.Block block) implements ServerPacket {
    }

    /**
     * What the query did since the previous Progress packet (increments, not totals). Written rows
     * and bytes come from revision 54420, the server's elapsed time from 54460; 0 before.
     */
    record Progress(long readRows, long readBytes, long totalRowsToRead, long writtenRows, long writtenBytes, long elapsedNanos)
            implements ServerPacket {
    }

    /** Statistics of the result stream, sent before its end. */
    record ProfileInfo(long rows, long blocks, long bytes, boolean appliedLimit, long rowsBeforeLimit,
                       boolean calculatedRowsBeforeLimit) implements ServerPacket {
    }

    /** Server log lines (send_logs_level). */
    record Log(NativeBlockReader.Block block) implements ServerPacket {
    }

    /** Counters of the query (revision 54451 and later). */
    record ProfileEvents(NativeBlockReader.Block block) implements ServerPacket {
    }

    /** The INSERT's table columns with their defaults, as ClickHouse's ColumnsDescription text. */
    record TableColumns(String table, String description) implements ServerPacket {
    }

    /** The query failed; no EndOfStream follows. */
    record Failure(ServerException error) implements ServerPacket {
    }

    record EndOfStream() implements ServerPacket {
    }

    record Pong() implements ServerPacket {
    }
}
