package io.strata.nativeproto.server;

import io.strata.core.error.DbException;
import io.strata.nativeproto.NativeBlockReader;
import io.strata.nativeproto.QueryPacket;
import java.util.List;

/** A packet received from the client, parsed by the {@link ClientPacketReader}. */
sealed interface ClientPacket {
    record Query(QueryPacket packet) implements ClientPacket {
    }

    /** A Data packet: the external table's name ("" for the query's own data) and its block. */
    record Data(String table, NativeBlockReader.Block block) implements ClientPacket {
    }

    record Cancel() implements ClientPacket {
    }

    record Ping() implements ClientPacket {
    }

    /** TablesStatusRequest: (database, table) pairs. */
    record TablesStatus(List<String[]> tables) implements ClientPacket {
    }

    /** A packet the client may not send now (Hello again, Scalar, part UUIDs...): the connection ends. */
    record Unexpected(String what) implements ClientPacket {
    }

    /** The client closed the connection. */
    record Closed() implements ClientPacket {
    }

    /** The input could not be parsed: the reader has stopped; the connection ends with this error. */
    record Malformed(DbException error) implements ClientPacket {
    }
}
