package io.strata.nativeproto.server;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.nativeproto.CompressedFrameInput;
import io.strata.nativeproto.NativeBlockReader;
import io.strata.nativeproto.NativeLimits;
import io.strata.nativeproto.PacketInput;
import io.strata.nativeproto.Protocol;
import io.strata.nativeproto.QueryPacket;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the client's packets after the handshake on its own (virtual) thread and hands them to
 * the connection one at a time. Reading apart from the query is what lets a Cancel
 * packet, or the client hanging up, stop a query at once even while the query is busy in the
 * engine: {@link Listener#cancelRequested()} is called the moment the packet arrives, before it
 * is queued. Data packets are decoded here, so a large INSERT decodes one block while the engine
 * writes the previous one; no decoded block waits besides the one being handed over.
 *
 * <p>A Data packet's compression depends on the Query packet before it, which this reader has
 * parsed itself, so it needs no help from the connection to frame packets. The first error ends
 * the reader: the byte stream cannot be trusted past a malformed packet.
 */
final class ClientPacketReader implements Runnable {

    interface Listener {
        /** A Cancel packet arrived, or the client went away: stop the running query now. */
        void cancelRequested();
    }

    private final PacketInput in;
    private final int revision;
    private final NativeLimits limits;
    private final Listener listener;
    /**
     * Packets handed to the connection directly, none queued: the reader decodes the next block
     * while the connection hands one to the table, which writes the one before, and that is
     * overlap enough. Every block more in flight is another max_insert_block_size rows in memory
     * (clickhouse-client sends 1,048,576 rows a block: some 400 MB of a hits-like table).
     */
    private final BlockingQueue<ClientPacket> queue = new SynchronousQueue<>();
    private final NativeBlockReader blocks;
    private volatile boolean stopped;
    private boolean compression;

    ClientPacketReader(PacketInput in, int revision, NativeLimits limits, Listener listener) {
        this.in = in;
        this.revision = revision;
        this.limits = limits;
        this.listener = listener;
        this.blocks = new NativeBlockReader(revision, limits.maxBlockBytes());
    }

    /** The next packet; blocks until one arrives. */
    ClientPacket take() throws InterruptedException {
        return queue.take();
    }

    /** Stops handing packets over (the connection is closing; the socket's close ends the read). */
    void stop() {
        stopped = true;
        queue.clear();
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                ClientPacket p = readPacket();
                if (p instanceof ClientPacket.Cancel || p instanceof ClientPacket.Closed) listener.cancelRequested();
                put(p);
                if (p instanceof ClientPacket.Closed || p instanceof ClientPacket.Unexpected) return;
            }
        } catch (DbException e) {
            // the stream ended inside a packet: still worth telling a client that only half-closed
            listener.cancelRequested();
            put(new ClientPacket.Malformed(e));
        } catch (UncheckedIOException e) {
            listener.cancelRequested();
            put(new ClientPacket.Closed());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a block too large for the memory left ends the connection with that error, as a
            // malformed one does: the reader cannot tell where the rest of the packet is
            listener.cancelRequested();
            put(new ClientPacket.Malformed(DbException.wrap(e)));
        }
    }

    private void put(ClientPacket p) {
        try {
            while (!stopped && !queue.offer(p, 100, TimeUnit.MILLISECONDS)) {
                // the connection is busy with a query; it takes the packet when it gets to it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ClientPacket readPacket() {
        int first = in.readPacketStart();
        if (first < 0) return new ClientPacket.Closed();
        long type = first;
        if ((first & 0x80) != 0) {
            // packet types are VarUInts; every known one fits in the first byte
            long rest = 0;
            for (int shift = 7, b = first; (b & 0x80) != 0; shift += 7) {
                if (shift > 63) throw new DbException(ErrorCode.INCORRECT_DATA, "Malformed VarUInt packet type");
                b = in.readUInt8();
                rest |= (long) (b & 0x7F) << shift;
            }
            type = (first & 0x7F) | rest;
        }
        return switch ((int) Math.min(type, Integer.MAX_VALUE)) {
            case Protocol.CLIENT_QUERY -> {
                QueryPacket q = QueryPacket.read(in, revision, limits);
                compression = q.compression();
                yield new ClientPacket.Query(q);
            }
            case Protocol.CLIENT_DATA -> {
                String table = in.readString(limits.maxStringBytes());
                NativeBlockReader.Block block;
                if (compression) {
                    CompressedFrameInput frames = new CompressedFrameInput(in, limits.maxFrameBytes());
                    block = blocks.read(frames);
                    if (frames.hasBufferedBytes()) {
                        throw new DbException(ErrorCode.INCORRECT_DATA, "A compressed frame goes on past the end of its block");
                    }
                } else {
                    block = blocks.read(in);
                }
                yield new ClientPacket.Data(table, block);
            }
            case Protocol.CLIENT_CANCEL -> new ClientPacket.Cancel();
            case Protocol.CLIENT_PING -> new ClientPacket.Ping();
            case Protocol.CLIENT_TABLES_STATUS_REQUEST -> {
                int n = in.readSize(limits.maxSettings(), "number of tables");
                List<String[]> tables = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    tables.add(new String[] {in.readString(limits.maxStringBytes()), in.readString(limits.maxStringBytes())});
                }
                yield new ClientPacket.TablesStatus(tables);
            }
            case Protocol.CLIENT_HELLO -> new ClientPacket.Unexpected("Hello");
            case Protocol.CLIENT_SCALAR, Protocol.CLIENT_IGNORED_PART_UUIDS, Protocol.CLIENT_KEEP_ALIVE ->
                    new ClientPacket.Unexpected("packet " + type);
            default -> throw new DbException(ErrorCode.UNKNOWN_PACKET_FROM_CLIENT, "Unknown packet " + Long.toUnsignedString(type) + " from client");
        };
    }
}
