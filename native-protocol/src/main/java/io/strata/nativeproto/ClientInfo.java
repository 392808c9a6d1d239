package io.strata.nativeproto;

/**
 * The ClientInfo part of a Query packet: who started the query and from where. Its fields depend
 * on the negotiated revision (see {@link #read}); Strata keeps the few it reports and skips the
 * rest (OpenTelemetry context, parallel-replica numbers).
 */
public record ClientInfo(int queryKind, String initialUser, String initialQueryId, String initialAddress, int interfaceKind,
                         String osUser, String clientHostname, String clientName, long clientRevision, String quotaKey) {

    public static final ClientInfo EMPTY = new ClientInfo(Protocol.QUERY_KIND_NO_QUERY, "", "", "", Protocol.INTERFACE_TCP,
            "", "", "", 0, "");

    /** Reads ClientInfo as a client at {@code revision} (the negotiated one) writes it. */
    public static ClientInfo read(PacketInput in, int revision, NativeLimits limits) {
        int max = limits.maxStringBytes();
        int kind = in.readUInt8();
        if (kind == Protocol.QUERY_KIND_NO_QUERY) return EMPTY;
        String initialUser = in.readString(max);
        String initialQueryId = in.readString(max);
        String initialAddress = in.readString(max);
        if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_INITIAL_QUERY_START_TIME) in.readInt64();
        int iface = in.readUInt8();
        String osUser = "", hostname = "", clientName = "", quotaKey = "";
        long clientRevision = 0;
        if (iface == Protocol.INTERFACE_TCP) {
            osUser = in.readString(max);
            hostname = in.readString(max);
            clientName = in.readString(max);
            in.readVarUInt(); // version major
            in.readVarUInt(); // version minor
            clientRevision = in.readVarUInt();
        } else if (iface == Protocol.INTERFACE_HTTP) {
            in.readUInt8(); // HTTP method
            in.readString(max); // user agent
            if (revision >= Protocol.DBMS_MIN_REVISION_WITH_X_FORWARDED_FOR_IN_CLIENT_INFO) in.readString(max);
            if (revision >= Protocol.DBMS_MIN_REVISION_WITH_REFERER_IN_CLIENT_INFO) in.readString(max);
        }
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_QUOTA_KEY_IN_CLIENT_INFO) quotaKey = in.readString(max);
        if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_DISTRIBUTED_DEPTH) in.readVarUInt();
        if (iface == Protocol.INTERFACE_TCP && revision >= Protocol.DBMS_MIN_REVISION_WITH_VERSION_PATCH) in.readVarUInt();
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_OPENTELEMETRY && in.readUInt8() != 0) {
            in.readFully(new byte[16 + 8], 0, 16 + 8); // trace id, span id
            in.readString(max); // tracestate
            in.readUInt8(); // trace flags
        }
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_PARALLEL_REPLICAS) {
            in.readVarUInt(); // collaborate_with_initiator
            in.readVarUInt(); // count_participating_replicas
            in.readVarUInt(); // number_of_current_replica
        }
        return new ClientInfo(kind, initialUser, initialQueryId, initialAddress, iface, osUser, hostname, clientName,
                clientRevision, quotaKey);
    }
}
