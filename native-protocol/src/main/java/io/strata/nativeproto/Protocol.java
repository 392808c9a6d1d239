package io.strata.nativeproto;

/**
 * Numbers of ClickHouse's native TCP protocol: packet types, the revisions at which packet fields
 * appeared (ClickHouse's Core/ProtocolDefines.h names them), and the other wire constants. These
 * are persisted-on-the-wire values: never derive them from enum ordinals.
 *
 * <p>Revision negotiation: the server advertises {@link #SERVER_REVISION}; each side then writes
 * and reads every packet by the smaller of the two revisions (see {@link #negotiate}). A field
 * gated by a constant below is present exactly when the negotiated revision is at least that
 * constant.
 */
public final class Protocol {
    private Protocol() {
    }

    /**
     * The revision Strata speaks. 54460 is the first revision with everything the clients we
     * serve use: query parameters ({@code {name:Type}}, 54459), the Hello addendum (54458),
     * ProfileEvents (54451), custom-serialization flags in blocks (54454) and elapsed time in
     * Progress (54460). Every revision above it adds something Strata has no meaning for or that
     * changes framing: password-complexity rules and an interserver nonce in Hello (54461/54462),
     * total bytes in Progress (54463), TimezoneUpdate packets (54464), sparse columns (54465), SSH
     * keys (54466), chunked packets (54470), server settings in Hello (54474), and from 54492
     * String columns with a separate size stream. A client above 54460 negotiates down to it, as
     * it does with any older ClickHouse server.
     */
    public static final int SERVER_REVISION = io.strata.core.query.ServerVersion.REVISION;
    /** The oldest client revision served: the Java driver com.github.housepower speaks 54380. */
    public static final int MIN_CLIENT_REVISION = 54380;

    /** The negotiated revision: the smaller of the client's (an unsigned VarUInt) and ours. */
    public static int negotiate(long clientRevision) {
        return Long.compareUnsigned(clientRevision, SERVER_REVISION) < 0 ? (int) clientRevision : SERVER_REVISION;
    }

    // ---- revisions at which fields appeared (ClickHouse's names) -------------------------------
    public static final int DBMS_MIN_REVISION_WITH_CLIENT_INFO = 54032;
    public static final int DBMS_MIN_REVISION_WITH_SERVER_TIMEZONE = 54058;
    public static final int DBMS_MIN_REVISION_WITH_QUOTA_KEY_IN_CLIENT_INFO = 54060;
    public static final int DBMS_MIN_REVISION_WITH_TIME_ZONE_PARAMETER_IN_DATETIME_DATA_TYPE = 54337;
    public static final int DBMS_MIN_REVISION_WITH_SERVER_DISPLAY_NAME = 54372;
    public static final int DBMS_MIN_REVISION_WITH_VERSION_PATCH = 54401;
    public static final int DBMS_MIN_REVISION_WITH_LOW_CARDINALITY_TYPE = 54405;
    public static final int DBMS_MIN_REVISION_WITH_SERVER_LOGS = 54406;
    public static final int DBMS_MIN_REVISION_WITH_COLUMN_DEFAULTS_METADATA = 54410;
    public static final int DBMS_MIN_REVISION_WITH_CLIENT_WRITE_INFO = 54420;
    public static final int DBMS_MIN_REVISION_WITH_SETTINGS_SERIALIZED_AS_STRINGS = 54429;
    public static final int DBMS_MIN_REVISION_WITH_INTERSERVER_SECRET = 54441;
    public static final int DBMS_MIN_REVISION_WITH_OPENTELEMETRY = 54442;
    public static final int DBMS_MIN_REVISION_WITH_X_FORWARDED_FOR_IN_CLIENT_INFO = 54443;
    public static final int DBMS_MIN_REVISION_WITH_REFERER_IN_CLIENT_INFO = 54447;
    public static final int DBMS_MIN_PROTOCOL_VERSION_WITH_DISTRIBUTED_DEPTH = 54448;
    public static final int DBMS_MIN_PROTOCOL_VERSION_WITH_INITIAL_QUERY_START_TIME = 54449;
    public static final int DBMS_MIN_PROTOCOL_VERSION_WITH_INCREMENTAL_PROFILE_EVENTS = 54451;
    public static final int DBMS_MIN_REVISION_WITH_PARALLEL_REPLICAS = 54453;
    public static final int DBMS_MIN_REVISION_WITH_CUSTOM_SERIALIZATION = 54454;
    public static final int DBMS_MIN_PROTOCOL_VERSION_WITH_PROFILE_EVENTS_IN_INSERT = 54456;
    public static final int DBMS_MIN_PROTOCOL_VERSION_WITH_ADDENDUM = 54458;
    public static final int DBMS_MIN_PROTOCOL_VERSION_WITH_QUOTA_KEY = 54458;
    public static final int DBMS_MIN_PROTOCOL_VERSION_WITH_PARAMETERS = 54459;
    public static final int DBMS_MIN_PROTOCOL_VERSION_WITH_SERVER_QUERY_TIME_IN_PROGRESS = 54460;
    /**
     * The Log block's thread column: {@code thread_number UInt32} in the clients of 2018-2019
     * (18.x, revisions up to 54413), {@code thread_id UInt64} since. The switch is not gated by a
     * revision in ClickHouse itself; 54429 (settings as strings, the 20.x clients) is the first
     * revision whose clients all read {@code thread_id}.
     */
    public static final int STRATA_MIN_REVISION_WITH_LOG_THREAD_ID = 54429;

    // ---- client packets ----------------------------------------------------------------------
    public static final int CLIENT_HELLO = 0;
    public static final int CLIENT_QUERY = 1;
    public static final int CLIENT_DATA = 2;
    public static final int CLIENT_CANCEL = 3;
    public static final int CLIENT_PING = 4;
    public static final int CLIENT_TABLES_STATUS_REQUEST = 5;
    public static final int CLIENT_KEEP_ALIVE = 6;
    public static final int CLIENT_SCALAR = 7;
    public static final int CLIENT_IGNORED_PART_UUIDS = 8;

    // ---- server packets ----------------------------------------------------------------------
    public static final int SERVER_HELLO = 0;
    public static final int SERVER_DATA = 1;
    public static final int SERVER_EXCEPTION = 2;
    public static final int SERVER_PROGRESS = 3;
    public static final int SERVER_PONG = 4;
    public static final int SERVER_END_OF_STREAM = 5;
    public static final int SERVER_PROFILE_INFO = 6;
    public static final int SERVER_TOTALS = 7;
    public static final int SERVER_EXTREMES = 8;
    public static final int SERVER_TABLES_STATUS_RESPONSE = 9;
    public static final int SERVER_LOG = 10;
    public static final int SERVER_TABLE_COLUMNS = 11;
    public static final int SERVER_PROFILE_EVENTS = 14;

    // ---- Query packet fields -----------------------------------------------------------------
    /** QueryProcessingStage::Complete: the only stage a client asks for. */
    public static final int STAGE_COMPLETE = 2;
    public static final int COMPRESSION_DISABLE = 0;
    public static final int COMPRESSION_ENABLE = 1;
    public static final int QUERY_KIND_NO_QUERY = 0;
    public static final int QUERY_KIND_INITIAL = 1;
    public static final int QUERY_KIND_SECONDARY = 2;
    public static final int INTERFACE_TCP = 1;
    public static final int INTERFACE_HTTP = 2;

    /** Settings flags (STRINGS_WITH_FLAGS format). */
    public static final int SETTING_FLAG_IMPORTANT = 0x01;
    public static final int SETTING_FLAG_CUSTOM = 0x02;

    // ---- BlockInfo ---------------------------------------------------------------------------
    /** BlockInfo field numbers: is_overflows (UInt8), bucket_num (Int32); 0 ends the list. */
    public static final int BLOCK_INFO_IS_OVERFLOWS = 1;
    public static final int BLOCK_INFO_BUCKET_NUM = 2;
    public static final int BLOCK_INFO_END = 0;

    /** The name ClickHouse servers send in Hello; clients print "Connected to <name> server". */
    public static final String SERVER_NAME = "Strata";
}
