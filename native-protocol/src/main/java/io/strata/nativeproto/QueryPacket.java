package io.strata.nativeproto;

import java.util.List;

/**
 * The client's Query packet (type 1), by negotiated revision:
 * <pre>
 * String query_id
 * ClientInfo                                   (revision >= 54032)
 * settings                                     (see WireSettings)
 * String interserver secret hash               (revision >= 54441; empty from clients)
 * VarUInt stage, VarUInt compression (0/1)
 * String query
 * parameters                                   (revision >= 54459)
 * </pre>
 */
public record QueryPacket(String queryId, ClientInfo clientInfo, List<WireSettings.Change> settings, int stage,
                          boolean compression, String query, List<WireSettings.Change> parameters) {

    public static QueryPacket read(PacketInput in, int revision, NativeLimits limits) {
        String queryId = in.readString(limits.maxStringBytes());
        ClientInfo info = revision >= Protocol.DBMS_MIN_REVISION_WITH_CLIENT_INFO
                ? ClientInfo.read(in, revision, limits) : ClientInfo.EMPTY;
        List<WireSettings.Change> settings = WireSettings.read(in, revision, limits);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_INTERSERVER_SECRET) in.readString(limits.maxStringBytes());
        long stage = in.readVarUInt();
        long compression = in.readVarUInt();
        String query = in.readString(limits.maxQueryBytes());
        List<WireSettings.Change> parameters = revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_PARAMETERS
                ? WireSettings.read(in, Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_PARAMETERS, limits) : List.of();
        return new QueryPacket(queryId, info, settings, (int) Math.min(stage, Integer.MAX_VALUE),
                compression == Protocol.COMPRESSION_ENABLE, query, parameters);
    }
}
