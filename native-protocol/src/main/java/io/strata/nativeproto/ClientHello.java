package io.strata.nativeproto;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

/**
 * The client's Hello packet (type 0): who it is, which revision it speaks, and the
 * credentials and default database of the connection.
 */
public record ClientHello(String clientName, long versionMajor, long versionMinor, long revision, String database,
                          String user, String password) {

    /** Reads the fields after the packet type. */
    public static ClientHello read(PacketInput in, NativeLimits limits) {
        int max = limits.maxStringBytes();
        String name = in.readString(max);
        long major = in.readVarUInt();
        long minor = in.readVarUInt();
        long revision = in.readVarUInt();
        String database = in.readString(max);
        String user = in.readString(max);
        String password = in.readString(max);
        if (user.isEmpty()) {
            throw new DbException(ErrorCode.UNEXPECTED_PACKET_FROM_CLIENT, "Unexpected packet from client (no user in Hello package)");
        }
        return new ClientHello(name, major, minor, revision, database, user, password);
    }
}
