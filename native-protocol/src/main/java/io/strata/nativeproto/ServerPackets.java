package io.strata.nativeproto;

import io.strata.compression.Codec;
import io.strata.compression.CompressedBlocks;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.io.WriteBuffer;
import java.nio.ByteBuffer;

/**
 * Writes the server's packets for one connection, each by the negotiated revision. Blocks of
 * Data, Totals and Extremes are compressed when the query asked for it (ClickHouse's frames of at
 * most 1 MiB, each ending with the block); Log and ProfileEvents blocks never are, as in
 * ClickHouse.
 */
public final class ServerPackets {
    /** How a query's result blocks are written; set per query. */
    public record BlockMode(Codec codec, boolean allowLowCardinality) {
        public static final BlockMode PLAIN = new BlockMode(null, true);
    }

    /**
     * Encoding buffers are kept for the next block unless they grew past this: a result of wide
     * string blocks (65,505 URLs are ~8 MB) would otherwise regrow them from nothing, a dozen
     * doublings and copies per block.
     */
    private static final int KEPT_BUFFER_BYTES = 64 << 20;

    /** Spare buffers kept for encoding result blocks: those in flight at once, about. */
    private static final int MAX_SPARES = 8;

    private final java.util.concurrent.ConcurrentLinkedDeque<WriteBuffer> spares = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final PacketOutput out;
    private final int revision;
    private BlockMode mode = BlockMode.PLAIN;
    private CompressedFrameOutput frames;
    private NativeBlockWriter resultWriter;
    private final NativeBlockWriter plainWriter;

    public ServerPackets(PacketOutput out, int revision) {
        this.out = out;
        this.revision = revision;
        this.plainWriter = new NativeBlockWriter(revision, true);
        this.resultWriter = plainWriter;
    }

    public int revision() {
        return revision;
    }

    public void setBlockMode(BlockMode mode) {
        this.mode = mode;
        this.resultWriter = new NativeBlockWriter(revision, mode.allowLowCardinality());
        if (mode.codec() != null && (frames == null || frames.codec() != mode.codec())) frames = new CompressedFrameOutput(mode.codec());
    }

    /** Hello: name, version, our revision, then time zone, display name and patch by the client's revision. */
    public void hello(String name, int major, int minor, int patch, String timeZone, String displayName) {
        out.writeVarUInt(Protocol.SERVER_HELLO).writeString(name).writeVarUInt(major).writeVarUInt(minor)
                .writeVarUInt(Protocol.SERVER_REVISION);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_SERVER_TIMEZONE) out.writeString(timeZone);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_SERVER_DISPLAY_NAME) out.writeString(displayName);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_VERSION_PATCH) out.writeVarUInt(patch);
        out.flush();
    }

    public void pong() {
        out.writeVarUInt(Protocol.SERVER_PONG);
        out.flush();
    }

    public void data(Header header, Chunk chunk) {
        writeHeap(encode(Protocol.SERVER_DATA, header, chunk));
    }

    /**
     * Serializes (and compresses, as the query asked) a Data packet for {@code chunk} into a
     * native buffer of its own, for {@link #writeEncoded}. Safe to call from any thread once the
     * query's {@link #setBlockMode block mode} is set: result blocks are encoded on worker threads,
     * in parallel, so that the connection's thread, through which the whole result passes, does
     * nothing but the system calls.
     */
    public ByteBuffer encodeData(Header header, Chunk chunk) {
        if (mode.codec() == null) {
            NativeBlockSink sink = NATIVE_SINK.get();
            WriteBuffer b = sink.begin(NativeBufferPool.SHARED.take(estimate(header, chunk)));
            b.writeVarUInt(Protocol.SERVER_DATA).writeVarUInt(0); // the packet type and an empty table name
            resultWriter.write(header, chunk, false, b);
            return sink.finish();
        }
        WriteBuffer packet = encode(Protocol.SERVER_DATA, header, chunk);
        int size = packet.size();
        ByteBuffer direct = NativeBufferPool.SHARED.take(size);
        direct.put(packet.reserve(0), 0, size).flip();
        recycle(packet);
        return direct;
    }

    /** Bytes an uncompressed block takes, about: its columns' bytes and a little for the framing. */
    private static int estimate(Header header, Chunk chunk) {
        long bytes = chunk == null ? 0 : chunk.byteSize();
        return (int) Math.min(Integer.MAX_VALUE - 1024, bytes + 64L * header.size() + 1024);
    }

    /** Each encoder thread's sink for serializing blocks into native memory. */
    private static final ThreadLocal<NativeBlockSink> NATIVE_SINK = ThreadLocal.withInitial(NativeBlockSink::new);

    /** Writes a packet {@link #encodeData} prepared; its buffer goes back to the pool. */
    public void writeEncoded(ByteBuffer packet) {
        out.writeDirect(packet);
        NativeBufferPool.SHARED.give(packet);
    }

    /** Packet {@code packet} (Data, Totals, Extremes) for {@code chunk} (null: the header only), ready to write. */
    private WriteBuffer encode(int packet, Header header, Chunk chunk) {
        NativeBlockWriter writer = resultWriter;
        CompressedFrameOutput compress = mode.codec() == null ? null : frames;
        WriteBuffer block = spareBuffer(estimate(header, chunk));
        if (compress == null) {
            block.writeVarUInt(packet).writeVarUInt(0); // the packet type and an empty table name
            writer.write(header, chunk, false, block);
            return block;
        }
        writer.write(header, chunk, false, block);
        // compressed frames are usually smaller than the block; the buffer grows if not
        WriteBuffer framed = spareBuffer(block.size() / 2 + CompressedBlocks.maxBlockSize(compress.codec(), 0) + 64);
        framed.writeVarUInt(packet).writeVarUInt(0);
        compress.write(block.reserve(0), block.size(), framed);
        recycle(block);
        return framed;
    }

    /** Writes a packet built on the heap (a header block, Totals, Extremes); its buffer goes back to the spares. */
    private void writeHeap(WriteBuffer packet) {
        out.writeRaw(packet.reserve(0), 0, packet.size());
        out.flush();
        recycle(packet);
    }

    /** Lets go of the spare encoding buffers (a query's result is over). */
    public void releaseSpareBuffers() {
        spares.clear();
    }

    /**
     * A buffer for an encoded block: a spare one (blocks of a result are alike in size, and a
     * fresh multi-megabyte array per block costs its zeroing and the garbage collector's time),
     * or a new one of about {@code estimate} bytes.
     */
    private WriteBuffer spareBuffer(int estimate) {
        WriteBuffer b = spares.pollFirst();
        return b != null ? b : new WriteBuffer(estimate);
    }

    private void recycle(WriteBuffer b) {
        if (b.reserve(0).length > KEPT_BUFFER_BYTES || spares.size() >= MAX_SPARES) return;
        b.truncate(0);
        spares.offerFirst(b);
    }

    public void totals(Header header, Chunk chunk) {
        writeHeap(encode(Protocol.SERVER_TOTALS, header, chunk));
    }

    public void extremes(Header header, Chunk chunk) {
        writeHeap(encode(Protocol.SERVER_EXTREMES, header, chunk));
    }

    /** Log and ProfileEvents: uncompressed blocks whatever the query's compression. */
    private void plainBlock(int packet, Header header, Chunk chunk) {
        out.writeVarUInt(packet).writeString("");
        plainWriter.write(header, chunk, false, out.buffer());
        out.flush();
    }

    public void log(Header header, Chunk chunk) {
        plainBlock(Protocol.SERVER_LOG, header, chunk);
    }

    public void profileEvents(Header header, Chunk chunk) {
        plainBlock(Protocol.SERVER_PROFILE_EVENTS, header, chunk);
    }

    /**
     * Exception: Int32 code, String name, String message, String stack trace, UInt8 has_nested.
     * The message is what ClickHouse's displayText() is, "DB::Exception: " and the text; clients
     * add the code and, modern ones, the code's name.
     */
    public void exception(DbException e, boolean withStackTrace) {
        out.writeVarUInt(Protocol.SERVER_EXCEPTION);
        out.writeInt32(e.code().code());
        out.writeString("DB::Exception");
        out.writeString("DB::Exception: " + e.getMessage());
        out.writeString(withStackTrace ? stackTrace(e) : "");
        out.writeBool(false);
        out.flush();
    }

    private static String stackTrace(Throwable e) {
        Throwable root = e.getCause() != null ? e.getCause() : e;
        StackTraceElement[] frames = root.getStackTrace();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(frames.length, 40); i++) {
            sb.append(i).append(". ").append(frames[i]).append('\n');
        }
        return sb.toString();
    }

    /** Progress: the increments since the last Progress packet of the query. */
    public void progress(long readRows, long readBytes, long totalRowsToRead, long writtenRows, long writtenBytes, long elapsedNanos) {
        out.writeVarUInt(Protocol.SERVER_PROGRESS).writeVarUInt(readRows).writeVarUInt(readBytes).writeVarUInt(totalRowsToRead);
        if (revision >= Protocol.DBMS_MIN_REVISION_WITH_CLIENT_WRITE_INFO) out.writeVarUInt(writtenRows).writeVarUInt(writtenBytes);
        if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_SERVER_QUERY_TIME_IN_PROGRESS) out.writeVarUInt(elapsedNanos);
        out.flush();
    }

    /** ProfileInfo: rows, blocks, bytes, applied_limit, rows_before_limit, calculated_rows_before_limit. */
    public void profileInfo(long rows, long blocks, long bytes, boolean appliedLimit, long rowsBeforeLimit, boolean calculatedRowsBeforeLimit) {
        out.writeVarUInt(Protocol.SERVER_PROFILE_INFO).writeVarUInt(rows).writeVarUInt(blocks).writeVarUInt(bytes)
                .writeBool(appliedLimit).writeVarUInt(rowsBeforeLimit).writeBool(calculatedRowsBeforeLimit);
        out.flush();
    }

    /** TableColumns: external table name (empty: the main table) and the ColumnsDescription text. */
    public void tableColumns(String description) {
        out.writeVarUInt(Protocol.SERVER_TABLE_COLUMNS).writeString("").writeString(description);
        out.flush();
    }

    /** TablesStatusResponse: for each table that exists, its name and "not replicated". */
    public void tablesStatus(java.util.List<String[]> tables) {
        out.writeVarUInt(Protocol.SERVER_TABLES_STATUS_RESPONSE).writeVarUInt(tables.size());
        for (String[] t : tables) {
            out.writeString(t[0]).writeString(t[1]).writeBool(false);
        }
        out.flush();
    }

    public void endOfStream() {
        out.writeVarUInt(Protocol.SERVER_END_OF_STREAM);
        out.flush();
    }

    public void flush() {
        out.flush();
    }
}
