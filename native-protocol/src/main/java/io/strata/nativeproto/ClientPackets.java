package io.strata.nativeproto;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.io.WriteBuffer;
import java.util.Map;

/**
 * Writes a client's packets, each by the negotiated revision: the counterpart of
 * {@link ServerPackets}, and the writer side of what {@link ClientHello}, {@link QueryPacket},
 * {@link ClientInfo} and {@link WireSettings} read on the server. Hello goes out before the
 * revision is known (it carries the client's own); {@link #negotiated} sets the revision of
 * everything after it.
 */
public final class ClientPackets {
    /** Who the client is, as Hello and the ClientInfo of every query tell the server. */
    public record Identity(String clientName, int versionMajor, int versionMinor, int versionPatch, String osUser, String hostname) {
    }

    /** ClickHouse's initial_address of a query that a client starts itself. */
    private static final String NO_INITIAL_ADDRESS = "0.0.0.0:0";

    private final PacketOutput out;
    private final Identity identity;
    private int revision = Protocol.SERVER_REVISION;
    private NativeBlockWriter blocks = new NativeBlockWriter(Protocol.SERVER_REVISION, true);
    private WriteBuffer block = new WriteBuffer();

    public ClientPackets(PacketOutput out, Identity identity) {
        this.out = out;
        this.identity = identity;
    }

    public int revision() {
        return revision;
    }

    /** Hello: client name, version, the revision we speak, default database and credentials. */
    public void hello(String database, String user, String password) {
        out.writeVarUInt(Protocol.CLIENT_HELLO).writeString(identity.clientName()).writeVarUInt(identity.versionMajor())
                .writeVarUInt(identity.versionMinor()).writeVarUInt(Protocol.SERVER_REVISION)
                .writeString(database).writeString(user).writeString(password);
        out.flush();
    }

    /** The revision both sides use from now on (the smaller of ours and the server's). */
    public void negotiated(int negotiatedRevision) {
        this.revision = negotiatedRevision;
        this.blocks = new NativeBlockWriter(negotiatedRevision, true);
    }

    /** The Hello addendum (revision 54458 and later): the quota key. Nothing below that revision. */
    public void addendum(String quotaKey) {
        if (revision < Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_ADDENDUM) return;
        out.writeString(quotaKey);
        out.flush();
    }

    /**
     * A Query packet (see {@link QueryPacket} for its layout) for a query this client starts,
     * followed by the empty block that ends its (absent) external tables. Query parameters are
     * sent only from revision 54459; below it the caller substitutes them into the text.
     */
    public void query(String queryId, Map<String, String> settings, boolean compression, String sql, Map<String, String> parameters,
                      CompressedFrameOutput frames) {
        out.writeVarUInt(Protocol.CLIENT_QUERY).writeString(queryId);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_CLIENT_INFO) clientInfo();
        WireSettings.write(out, revision, settings);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_INTERSERVER_SECRET) out.writeString("");
        out.writeVarUInt(Protocol.STAGE_COMPLETE).writeVarUInt(compression ? Protocol.COMPRESSION_ENABLE : Protocol.COMPRESSION_DISABLE)
                .writeString(sql);
        if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_PARAMETERS) WireSettings.writeParameters(out, parameters);
        data(Header.EMPTY, null, compression ? frames : null);
    }

    private void clientInfo() {
        out.writeUInt8(Protocol.QUERY_KIND_INITIAL).writeString("").writeString("").writeString(NO_INITIAL_ADDRESS);
        if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_INITIAL_QUERY_START_TIME) out.writeInt64(0);
        out.writeUInt8(Protocol.INTERFACE_TCP).writeString(identity.osUser()).writeString(identity.hostname())
                .writeString(identity.clientName()).writeVarUInt(identity.versionMajor()).writeVarUInt(identity.versionMinor())
                .writeVarUInt(Protocol.SERVER_REVISION);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_QUOTA_KEY_IN_CLIENT_INFO) out.writeString("");
        if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_DISTRIBUTED_DEPTH) out.writeVarUInt(0);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_VERSION_PATCH) out.writeVarUInt(identity.versionPatch());
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_OPENTELEMETRY) out.writeUInt8(0);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_PARALLEL_REPLICAS) out.writeVarUInt(0).writeVarUInt(0).writeVarUInt(0);
    }

    /**
     * A Data packet: {@code chunk} under {@code header} (null chunk: no rows; an empty header ends
     * the INSERT's data or the external tables), in compressed frames when {@code frames} is given.
     */
    public void data(Header header, Chunk chunk, CompressedFrameOutput frames) {
        out.writeVarUInt(Protocol.CLIENT_DATA).writeString("");
        if (frames == null) {
            blocks.write(header, chunk, false, out.buffer());
        } else {
            block.truncate(0);
            blocks.write(header, chunk, false, block);
            frames.write(block.reserve(0), block.size(), out);
            if (block.size() > 4 << 20) block = new WriteBuffer();
        }
        out.flush();
    }

    public void cancel() {
        out.writeVarUInt(Protocol.CLIENT_CANCEL);
        out.flush();
    }

    public void ping() {
        out.writeVarUInt(Protocol.CLIENT_PING);
        out.flush();
    }
}
