package io.strata.tests;

import io.strata.compression.Codec;
import io.strata.compression.CompressedBlocks;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.io.WriteBuffer;
import io.strata.nativeproto.CompressedFrameInput;
import io.strata.nativeproto.NativeBlockReader;
import io.strata.nativeproto.NativeBlockWriter;
import io.strata.nativeproto.NativeLimits;
import io.strata.nativeproto.PacketInput;
import io.strata.nativeproto.PacketOutput;
import io.strata.nativeproto.Protocol;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal native-protocol client for tests that need to control every packet: a chosen
 * revision, settings and parameters, Cancel at a chosen moment, and raw bytes for fuzzing. It
 * writes packets the way ClickHouse's Connection does and parses whatever the server sends.
 */
final class NativeTestClient implements AutoCloseable {
    /** A server packet, parsed. Fields that do not apply are null/0. */
    record Packet(int type, NativeBlockReader.Block block, ServerError error, long[] numbers, List<String> strings) {
        boolean is(int t) {
            return type == t;
        }
    }

    /** A server Exception packet. */
    record ServerError(int code, String name, String message, String stackTrace) {
    }

    final Socket socket;
    final PacketInput in;
    final PacketOutput out;
    final OutputStream raw;
    final int revision;
    final int serverRevision;
    final String serverName;
    final String timeZone;
    private boolean compression;
    /** The codec of the blocks this client sends when compression is on. */
    Codec sendCodec = io.strata.compression.Codecs.defaultCodec();

    private NativeTestClient(Socket socket, int clientRevision) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(120_000);
        this.in = new PacketInput(new BufferedInputStream(socket.getInputStream()));
        this.raw = socket.getOutputStream();
        this.out = new PacketOutput(raw);
        out.writeVarUInt(Protocol.CLIENT_HELLO).writeString("strata-test").writeVarUInt(24).writeVarUInt(1)
                .writeVarUInt(clientRevision).writeString("").writeString("default").writeString("");
        out.flush();
        int type = (int) in.readVarUInt();
        if (type == Protocol.SERVER_EXCEPTION) throw new IllegalStateException("handshake failed: " + readError());
        if (type != Protocol.SERVER_HELLO) throw new IllegalStateException("expected Hello, got " + type);
        serverName = in.readString(1 << 20);
        in.readVarUInt();
        in.readVarUInt();
        serverRevision = (int) in.readVarUInt();
        revision = (int) Math.min(clientRevision, serverRevision);
        timeZone = revision >= Protocol.DBMS_MIN_REVISION_WITH_SERVER_TIMEZONE ? in.readString(1 << 20) : "";
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_SERVER_DISPLAY_NAME) in.readString(1 << 20);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_VERSION_PATCH) in.readVarUInt();
        if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_ADDENDUM) {
            out.writeString(""); // quota key
            out.flush();
        }
    }

    static NativeTestClient connect(int port, int revision) throws IOException {
        return new NativeTestClient(new Socket("127.0.0.1", port), revision);
    }

    static NativeTestClient connect(int port) throws IOException {
        return connect(port, Protocol.SERVER_REVISION);
    }

    /** Sends a Query packet and the empty block that ends the external tables. */
    void query(String sql, Map<String, String> settings, Map<String, String> parameters, boolean compress) {
        compression = compress;
        out.writeVarUInt(Protocol.CLIENT_QUERY).writeString("");
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_CLIENT_INFO) {
            out.writeUInt8(Protocol.QUERY_KIND_INITIAL).writeString("").writeString("").writeString("0.0.0.0:0");
            if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_INITIAL_QUERY_START_TIME) out.writeInt64(0);
            out.writeUInt8(Protocol.INTERFACE_TCP).writeString("os").writeString("host").writeString("strata-test")
                    .writeVarUInt(24).writeVarUInt(1).writeVarUInt(revision);
            if (revision >= Protocol.DBMS_MIN_REVISION_WITH_QUOTA_KEY_IN_CLIENT_INFO) out.writeString("");
            if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_DISTRIBUTED_DEPTH) out.writeVarUInt(0);
            if (revision >= Protocol.DBMS_MIN_REVISION_WITH_VERSION_PATCH) out.writeVarUInt(0);
            if (revision >= Protocol.DBMS_MIN_REVISION_WITH_OPENTELEMETRY) out.writeUInt8(0);
            if (revision >= Protocol.DBMS_MIN_REVISION_WITH_PARALLEL_REPLICAS) out.writeVarUInt(0).writeVarUInt(0).writeVarUInt(0);
        }
        writeSettings(settings, false);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_INTERSERVER_SECRET) out.writeString("");
        out.writeVarUInt(Protocol.STAGE_COMPLETE).writeVarUInt(compress ? 1 : 0).writeString(sql);
        if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_PARAMETERS) {
            Map<String, String> quoted = new LinkedHashMap<>();
            parameters.forEach((k, v) -> quoted.put(k, "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"));
            writeSettings(quoted, true);
        }
        sendEmptyBlock();
    }

    void query(String sql) {
        query(sql, Map.of(), Map.of(), false);
    }

    /** Settings as the revision encodes them; below 54429 only integer values (VarUInt) are supported here. */
    private void writeSettings(Map<String, String> settings, boolean custom) {
        for (Map.Entry<String, String> e : settings.entrySet()) {
            out.writeString(e.getKey());
            if (revision >= Protocol.DBMS_MIN_REVISION_WITH_SETTINGS_SERIALIZED_AS_STRINGS || custom) {
                out.writeVarUInt(custom ? Protocol.SETTING_FLAG_CUSTOM : 0).writeString(e.getValue());
            } else {
                try {
                    out.writeVarUInt(Long.parseLong(e.getValue()));
                } catch (NumberFormatException notNumber) {
                    out.writeString(e.getValue());
                }
            }
        }
        out.writeString("");
    }

    void sendEmptyBlock() {
        sendBlock(Header.EMPTY, null);
    }

    /** A Data packet with {@code chunk} (null: no rows), compressed with LZ4 when the query asked for compression. */
    void sendBlock(Header header, Chunk chunk) {
        out.writeVarUInt(Protocol.CLIENT_DATA).writeString("");
        WriteBuffer block = new WriteBuffer();
        new NativeBlockWriter(revision, true).write(header, chunk, false, block);
        byte[] bytes = block.toByteArray();
        if (compression) {
            Codec codec = sendCodec;
            byte[] frame = new byte[CompressedBlocks.maxBlockSize(codec, bytes.length)];
            int n = CompressedBlocks.write(codec, bytes, 0, bytes.length, frame, 0, io.strata.compression.BlockChecksum.cityHash128());
            out.writeRaw(frame, 0, n);
        } else {
            out.writeRaw(bytes, 0, bytes.length);
        }
        out.flush();
    }

    void cancel() {
        out.writeVarUInt(Protocol.CLIENT_CANCEL);
        out.flush();
    }

    void ping() {
        out.writeVarUInt(Protocol.CLIENT_PING);
        out.flush();
    }

    /** Reads the next server packet. */
    Packet read() {
        int type = (int) in.readVarUInt();
        return switch (type) {
            case Protocol.SERVER_DATA, Protocol.SERVER_TOTALS, Protocol.SERVER_EXTREMES -> {
                in.readString(1 << 20);
                NativeBlockReader reader = new NativeBlockReader(revision, NativeLimits.DEFAULT.maxBlockBytes());
                yield new Packet(type, compression ? reader.read(new CompressedFrameInput(in, 1 << 28)) : reader.read(in), null, null, null);
            }
            case Protocol.SERVER_LOG, Protocol.SERVER_PROFILE_EVENTS -> {
                in.readString(1 << 20);
                yield new Packet(type, new NativeBlockReader(revision, 1 << 28).read(in), null, null, null);
            }
            case Protocol.SERVER_EXCEPTION -> new Packet(type, null, readError(), null, null);
            case Protocol.SERVER_PROGRESS -> {
                List<Long> v = new ArrayList<>(List.of(in.readVarUInt(), in.readVarUInt(), in.readVarUInt()));
                if (revision >= Protocol.DBMS_MIN_REVISION_WITH_CLIENT_WRITE_INFO) {
                    v.add(in.readVarUInt());
                    v.add(in.readVarUInt());
                }
                if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_SERVER_QUERY_TIME_IN_PROGRESS) v.add(in.readVarUInt());
                yield new Packet(type, null, null, v.stream().mapToLong(Long::longValue).toArray(), null);
            }
            case Protocol.SERVER_PROFILE_INFO -> {
                long[] v = {in.readVarUInt(), in.readVarUInt(), in.readVarUInt(), in.readUInt8(), in.readVarUInt(), in.readUInt8()};
                yield new Packet(type, null, null, v, null);
            }
            case Protocol.SERVER_TABLE_COLUMNS -> new Packet(type, null, null, null, List.of(in.readString(1 << 20), in.readString(1 << 20)));
            case Protocol.SERVER_TABLES_STATUS_RESPONSE -> {
                int n = (int) in.readVarUInt();
                List<String> names = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    names.add(in.readString(1 << 20) + "." + in.readString(1 << 20));
                    if (in.readUInt8() != 0) in.readInt32();
                }
                yield new Packet(type, null, null, null, names);
            }
            case Protocol.SERVER_PONG, Protocol.SERVER_END_OF_STREAM -> new Packet(type, null, null, null, null);
            default -> throw new IllegalStateException("unknown server packet " + type);
        };
    }

    private ServerError readError() {
        int code = in.readInt32();
        String name = in.readString(1 << 20);
        String message = in.readString(1 << 20);
        String stack = in.readString(1 << 20);
        if (in.readUInt8() != 0) readError();
        return new ServerError(code, name, message, stack);
    }

    /** Packets up to and including EndOfStream or Exception. */
    List<Packet> readToEnd() {
        List<Packet> packets = new ArrayList<>();
        while (true) {
            Packet p = read();
            packets.add(p);
            if (p.is(Protocol.SERVER_END_OF_STREAM) || p.is(Protocol.SERVER_EXCEPTION)) return packets;
        }
    }

    /** Runs a query and returns the rows of its Data blocks as TabSeparated-like text (values via getObject). */
    String select(String sql) {
        query(sql);
        StringBuilder sb = new StringBuilder();
        for (Packet p : readToEnd()) {
            if (p.is(Protocol.SERVER_EXCEPTION)) throw new AssertionError("server error: " + p.error());
            if (p.is(Protocol.SERVER_DATA)) sb.append(text(p.block()));
        }
        return sb.toString();
    }

    static String text(NativeBlockReader.Block block) {
        StringBuilder sb = new StringBuilder();
        Chunk c = block.chunk();
        for (int r = 0; r < c.rowCount(); r++) {
            for (int i = 0; i < c.width(); i++) {
                if (i > 0) sb.append('\t');
                Object o = c.column(i).getObject(r);
                sb.append(o instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(o));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
