package io.strata.nativeproto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataTypes;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The server's native-memory output path: blocks serialized through {@link NativeBlockSink} are
 * byte for byte those of the heap path, whatever buffer they start in; {@link ChannelOutput}
 * delivers buffered, heap and native writes in order through a real pipe; the buffer pool reuses
 * and bounds what it keeps.
 */
class NativeOutputTest {
    /** Int64, String (lengths 0 to over a staging piece), Float64 and Date columns of {@code rows} rows. */
    private static Chunk chunk(int rows, long seed) {
        Random r = new Random(seed);
        long[] ints = new long[rows];
        double[] doubles = new double[rows];
        long[] days = new long[rows];
        int[] offsets = new int[rows + 1];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < rows; i++) {
            ints[i] = r.nextLong();
            doubles[i] = r.nextGaussian();
            days[i] = r.nextInt(65536);
            int len = switch (i % 50) {
                case 0 -> 0;
                case 1 -> 17 + r.nextInt(200); // past the two-long copy and the one-byte length
                case 2 -> i % 1000 == 2 ? 40_000 : 3; // longer than a 16 KiB piece
                default -> r.nextInt(17);
            };
            for (int k = 0; k < len; k++) bytes.write('a' + r.nextInt(26));
            offsets[i + 1] = bytes.size();
        }
        Column[] columns = {
                new LongColumn(DataTypes.INT64, ints, rows),
                new StringColumn(DataTypes.STRING, bytes.toByteArray(), offsets, rows),
                new DoubleColumn(DataTypes.FLOAT64, doubles, rows),
                new LongColumn(DataTypes.DATE, days, rows)};
        return new Chunk(columns, rows);
    }

    private static final Header HEADER = new Header(List.of("i", "s", "f", "d"),
            List.of(DataTypes.INT64, DataTypes.STRING, DataTypes.FLOAT64, DataTypes.DATE));

    private static byte[] bytes(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.duplicate().get(a);
        return a;
    }

    @Test
    void blocksSerializedIntoNativeMemoryEqualTheHeapPath() {
        NativeBlockWriter writer = new NativeBlockWriter(Protocol.SERVER_REVISION, true);
        NativeBlockSink sink = new NativeBlockSink();
        for (int rows : new int[] {0, 1, 7, 511, 512, 5_000, 65_536}) {
            Chunk chunk = chunk(rows, rows);
            WriteBuffer heap = new WriteBuffer();
            writer.write(HEADER, chunk, false, heap);
            // a native buffer far too small, one about right, and one reused with old bytes in it
            for (int start : new int[] {16, heap.size(), heap.size() + 4096}) {
                ByteBuffer into = ByteBuffer.allocateDirect(start);
                while (into.hasRemaining()) into.put((byte) 0x5A);
                writer.write(HEADER, chunk, false, sink.begin(into));
                ByteBuffer done = sink.finish();
                assertEquals(0, done.position());
                assertArrayEquals(heap.toByteArray(), bytes(done), rows + " rows, starting in " + start + " bytes");
                if (start >= heap.size()) assertSame(into, done, "a buffer that fits is filled, not replaced");
                else assertNotSame(into, done);
            }
        }
    }

    @Test
    void channelOutputWritesEverythingInOrderThroughAPipe() throws Exception {
        Pipe pipe = Pipe.open();
        byte[] big = new byte[3 << 20];
        new Random(7).nextBytes(big);
        ByteBuffer direct = ByteBuffer.allocateDirect(1 << 20);
        for (int i = 0; direct.hasRemaining(); i++) direct.put((byte) i);
        direct.flip();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Channels.newInputStream(pipe.source())) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (ChannelOutput out = new ChannelOutput(pipe.sink())) {
            PacketOutput packets = new PacketOutput(out);
            packets.writeVarUInt(300).writeString("hello");
            expected.write(new byte[] {(byte) 0xAC, 0x02, 5});
            expected.write("hello".getBytes());
            packets.writeDirect(direct.duplicate()); // after what is buffered
            expected.write(bytes(direct));
            out.write(big, 1, big.length - 2); // larger than the staging buffer
            expected.write(big, 1, big.length - 2);
            out.write(42);
            expected.write(42);
        }
        assertArrayEquals(expected.toByteArray(), received.get());
    }

    @Test
    void aStreamThatIsNotAChannelGetsNativePacketsCopied() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PacketOutput packets = new PacketOutput(sink);
        packets.writeUInt8(1);
        ByteBuffer direct = ByteBuffer.allocateDirect(3).put(new byte[] {2, 3, 4}).flip();
        packets.writeDirect(direct);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, sink.toByteArray());
    }

    @Test
    void thePoolReusesTheSmallestFitAndBoundsWhatItKeeps() {
        NativeBufferPool pool = new NativeBufferPool(20 << 20);
        ByteBuffer large = pool.take(3 << 20);
        ByteBuffer small = pool.take(1 << 20);
        assertTrue(large.isDirect() && large.capacity() >= 3 << 20);
        small.put((byte) 1);
        pool.give(large);
        pool.give(small);
        ByteBuffer again = pool.take(1000);
        assertSame(small, again, "the smallest idle buffer that fits");
        assertEquals(0, again.position(), "given out empty");
        assertSame(large, pool.take(2 << 20));
        ByteBuffer fresh = pool.take(1 << 20);
        assertTrue(fresh != small && fresh != large, "nothing idle: a new buffer");
        // 20 MiB kept: two of three 8 MiB buffers, the third is left to the collector
        ByteBuffer[] many = {pool.take(8 << 20), pool.take(8 << 20), pool.take(8 << 20)};
        for (ByteBuffer b : many) pool.give(b);
        assertSame(many[0], pool.take(8 << 20));
        assertSame(many[1], pool.take(8 << 20));
        ByteBuffer third = pool.take(8 << 20);
        assertTrue(third != many[2], "a buffer past the bound was not kept");
    }
}
