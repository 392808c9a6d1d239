package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.compression.BlockChecksum;
import io.strata.compression.Codec;
import io.strata.compression.Codecs;
import io.strata.compression.CompressedBlocks;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataTypes;
import io.strata.nativeproto.NativeBlockWriter;
import io.strata.nativeproto.PacketOutput;
import io.strata.nativeproto.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed native-protocol sessions against a server with a small heap: garbage
 * before Hello, impossible revisions, truncated packets, oversized string and VarUInt claims,
 * unknown packet types, corrupt compressed frames, blocks that claim more than they hold, and
 * random mutations of a valid INSERT session. Each must end with the server closing that
 * connection (with an Exception packet where the client got far enough to be told), while a
 * well-behaved client on another connection keeps getting right answers and the stored data
 * stays as it was. The seed is printed; rerun one with {@code -Dfuzz.seed=N}.
 */
class NativeFuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.cases", 3000);
    private static final int FUZZ_THREADS = 4;
    private static final long ROWS = 1000;
    private static final long EXPECTED_SUM = ROWS * (ROWS - 1) / 2;

    @Test
    void malformedPacketsCloseOnlyTheirConnection() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("NativeFuzzTest seed=" + seed + " (reproduce: mvn -o -pl tests test -Dtest=NativeFuzzTest -Dfuzz.seed=" + seed + ")");
        // a small heap: a server that sized anything by a claim instead of by data received would run out
        try (ServerProcess server = ServerProcess.start(Files.createTempDirectory("strata-native-fuzz"), "-Xmx256m")) {
            server.query("CREATE TABLE fuzz_t (a UInt64, s String) ENGINE = MergeTree ORDER BY a");
            server.query("INSERT INTO fuzz_t SELECT number, toString(number) FROM numbers(" + ROWS + ")");
            server.query("CREATE TABLE fuzz_scratch (a UInt64) ENGINE = Memory");
            int port = server.tcpPort();

            AtomicBoolean fuzzing = new AtomicBoolean(true);
            AtomicLong goodQueries = new AtomicLong();
            AtomicLong answeredWithException = new AtomicLong();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            Thread good = Thread.ofPlatform().start(() -> {
                try (NativeTestClient c = NativeTestClient.connect(port)) {
                    while (fuzzing.get()) {
                        String got = c.select("SELECT count(), sum(a) FROM fuzz_t");
                        if (!got.equals(ROWS + "\t" + EXPECTED_SUM + "\n")) failures.add("well-behaved client got " + got);
                        goodQueries.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failures.add("well-behaved client failed: " + t);
                }
            });

            ExecutorService pool = Executors.newFixedThreadPool(FUZZ_THREADS);
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < FUZZ_THREADS; t++) {
                long threadSeed = seed + t;
                int cases = CASES / FUZZ_THREADS;
                results.add(pool.submit(() -> {
                    Random random = new Random(threadSeed);
                    for (int i = 0; i < cases; i++) {
                        int kind = random.nextInt(Case.values().length);
                        Case c = Case.values()[kind];
                        byte[] session = c.build(random);
                        String outcome = play(port, session, c.expectsException, answeredWithException);
                        if (outcome != null) failures.add("seed " + threadSeed + " case " + i + " " + c + ": " + outcome);
                    }
                    return null;
                }));
            }
            for (Future<?> f : results) f.get(20, TimeUnit.MINUTES);
            pool.shutdown();
            fuzzing.set(false);
            good.join();

            assertTrue(failures.isEmpty(), "seed " + seed + ":\n" + String.join("\n", failures.stream().limit(20).toList()));
            assertTrue(goodQueries.get() > 0, "the well-behaved client ran no query");
            System.out.println("NativeFuzzTest: " + CASES + " malformed sessions, " + answeredWithException.get()
                    + " answered with an Exception packet; the well-behaved client ran " + goodQueries.get() + " queries meanwhile");
            // the server is still whole: a new connection works and the stored data is untouched
            try (NativeTestClient c = NativeTestClient.connect(port)) {
                assertEquals(ROWS + "\t" + EXPECTED_SUM + "\n", c.select("SELECT count(), sum(a) FROM fuzz_t"));
            }
            assertEquals(ROWS + "\n", server.query("SELECT count() FROM fuzz_t"));
        }
    }

    /**
     * Sends a session, half-closes, and reads the server's answer to the end. Returns null when
     * the server closed the connection as it should, else what went wrong.
     */
    private static String play(int port, byte[] session, boolean expectsException, AtomicLong answeredWithException) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            try {
                s.getOutputStream().write(session);
                s.shutdownOutput();
            } catch (IOException e) {
                // the server closed first (it gave up on an early byte): fine
            }
            byte[] answer;
            try (InputStream in = s.getInputStream()) {
                answer = in.readAllBytes();
            } catch (java.net.SocketTimeoutException e) {
                return "the server neither answered nor closed the connection";
            } catch (IOException e) {
                return null; // reset by the server: closed
            }
            boolean exception = containsException(answer);
            if (exception) answeredWithException.incrementAndGet();
            if (expectsException && !exception) {
                return "no Exception packet in the answer (" + answer.length + " bytes)";
            }
            return null;
        } catch (IOException e) {
            return "cannot connect: " + e;
        }
    }

    /** Whether the answer, after the server's Hello, holds an Exception packet (a 0x02 type byte followed by an Int32 code). */
    private static boolean containsException(byte[] answer) {
        for (int i = 0; i + 5 < answer.length; i++) {
            if (answer[i] == Protocol.SERVER_EXCEPTION && answer[i + 5] == 13 && answer[i + 6] == 'D') return true;
        }
        return false;
    }

    /** The kinds of malformed session; those with expectsException get far enough to be told why they are closed. */
    private enum Case {
        GARBAGE(false) {
            byte[] build(Random r) {
                byte[] b = new byte[1 + r.nextInt(200)];
                r.nextBytes(b);
                if (b[0] == Protocol.CLIENT_HELLO) b[0] = 9;
                return b;
            }
        },
        WRONG_REVISION(false) {
            byte[] build(Random r) {
                long[] revisions = {0, 1, 54000, 54379, Long.MAX_VALUE, -1, r.nextLong(), 54460, 999_999};
                Session s = new Session(revisions[r.nextInt(revisions.length)]);
                s.query("SELECT number FROM numbers(" + r.nextInt(100) + ")", r.nextBoolean());
                return s.bytes();
            }
        },
        TRUNCATED(false) {
            byte[] build(Random r) {
                byte[] full = validInsert(r);
                return java.util.Arrays.copyOf(full, 1 + r.nextInt(full.length - 1));
            }
        },
        OVERSIZED_STRING(true) {
            byte[] build(Random r) {
                Session s = new Session(54460);
                s.out.writeVarUInt(Protocol.CLIENT_QUERY).writeVarUInt((1L << 40) + r.nextInt(1000)); // query_id of a terabyte
                s.out.writeRaw(new byte[64], 0, 64);
                return s.bytes();
            }
        },
        OVERSIZED_VARUINT(true) {
            byte[] build(Random r) {
                Session s = new Session(54460);
                byte[] tooLong = new byte[11 + r.nextInt(20)];
                java.util.Arrays.fill(tooLong, (byte) 0xFF);
                s.out.writeRaw(tooLong, 0, tooLong.length);
                return s.bytes();
            }
        },
        UNKNOWN_PACKET(true) {
            byte[] build(Random r) {
                Session s = new Session(54460);
                s.out.writeVarUInt(20 + r.nextInt(1_000_000));
                return s.bytes();
            }
        },
        CORRUPT_FRAME(true) {
            byte[] build(Random r) {
                Session s = new Session(54460);
                s.query("INSERT INTO fuzz_scratch VALUES", true);
                byte[] frame = frame(block(1 + r.nextInt(5000)));
                int at = r.nextInt(frame.length);
                frame[at] ^= (byte) (1 + r.nextInt(255));
                s.out.writeVarUInt(Protocol.CLIENT_DATA).writeString("").writeRaw(frame, 0, frame.length);
                s.out.writeRaw(frame(emptyBlock()), 0, frame(emptyBlock()).length);
                return s.bytes();
            }
        },
        HUGE_CLAIMS(true) {
            byte[] build(Random r) {
                Session s = new Session(54460);
                s.query("INSERT INTO fuzz_scratch VALUES", false);
                PacketOutput o = s.out;
                o.writeVarUInt(Protocol.CLIENT_DATA).writeString("");
                o.writeVarUInt(1).writeUInt8(0).writeVarUInt(2).writeInt32(-1).writeVarUInt(0);
                switch (r.nextInt(4)) {
                    case 0 -> o.writeVarUInt(1).writeVarUInt(Integer.MAX_VALUE - 1).writeString("a").writeString("UInt64");
                    case 1 -> o.writeVarUInt(1L << 40).writeVarUInt(1);
                    case 2 -> o.writeVarUInt(1).writeVarUInt(1).writeString("a").writeString("String").writeVarUInt(1L << 33);
                    default -> o.writeVarUInt(1).writeVarUInt(2).writeString("a").writeString("Array(UInt64)")
                            .writeInt64(1L << 31).writeInt64(1L << 32);
                }
                o.writeRaw(new byte[100], 0, 100);
                return s.bytes();
            }
        },
        MUTATED(false) {
            byte[] build(Random r) {
                byte[] b = validInsert(r);
                int edits = 1 + r.nextInt(8);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, b.length);
                byte[] m = out.toByteArray();
                for (int e = 0; e < edits; e++) {
                    // keep the Hello intact half the time, so mutations reach the later packets
                    int from = r.nextBoolean() ? Math.min(40, m.length - 1) : 0;
                    int at = from + r.nextInt(m.length - from);
                    switch (r.nextInt(3)) {
                        case 0 -> m[at] = (byte) r.nextInt(256);
                        case 1 -> m = java.util.Arrays.copyOf(m, Math.max(1, at));
                        default -> {
                            byte[] grown = new byte[m.length + 1];
                            System.arraycopy(m, 0, grown, 0, at);
                            grown[at] = (byte) r.nextInt(256);
                            System.arraycopy(m, at, grown, at + 1, m.length - at);
                            m = grown;
                        }
                    }
                }
                return m;
            }
        };

        final boolean expectsException;

        Case(boolean expectsException) {
            this.expectsException = expectsException;
        }

        abstract byte[] build(Random r);
    }

    /** A valid INSERT session: Hello, Query, the external-tables end, a block and the closing empty block. */
    private static byte[] validInsert(Random r) {
        int[] revisions = {54380, 54412, 54453, 54460};
        Session s = new Session(revisions[r.nextInt(revisions.length)]);
        boolean compress = r.nextBoolean();
        s.query("INSERT INTO fuzz_scratch VALUES", compress);
        byte[] block = block(1 + r.nextInt(300));
        s.out.writeVarUInt(Protocol.CLIENT_DATA).writeString("");
        byte[] payload = compress ? frame(block) : block;
        s.out.writeRaw(payload, 0, payload.length);
        s.out.writeVarUInt(Protocol.CLIENT_DATA).writeString("");
        byte[] end = compress ? frame(emptyBlock()) : emptyBlock();
        s.out.writeRaw(end, 0, end.length);
        return s.bytes();
    }

    private static byte[] block(int rows) {
        long[] v = new long[rows];
        for (int i = 0; i < rows; i++) v[i] = i;
        WriteBuffer b = new WriteBuffer();
        new NativeBlockWriter(54460, true).write(new Header(List.of("a"), List.of(DataTypes.UINT64)),
                new Chunk(new Column[] {new LongColumn(DataTypes.UINT64, v, rows)}, rows), false, b);
        return b.toByteArray();
    }

    private static byte[] emptyBlock() {
        WriteBuffer b = new WriteBuffer();
        new NativeBlockWriter(54460, true).write(Header.EMPTY, null, false, b);
        return b.toByteArray();
    }

    private static byte[] frame(byte[] data) {
        Codec codec = Codecs.defaultCodec();
        byte[] out = new byte[CompressedBlocks.maxBlockSize(codec, data.length)];
        int n = CompressedBlocks.write(codec, data, 0, data.length, out, 0, BlockChecksum.cityHash128());
        return java.util.Arrays.copyOf(out, n);
    }

    /** Client packets written into memory, for sending in one go. */
    private static final class Session {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PacketOutput out = new PacketOutput(bytes);
        final long revision;

        Session(long revision) {
            this.revision = revision;
            out.writeVarUInt(Protocol.CLIENT_HELLO).writeString("fuzz").writeVarUInt(1).writeVarUInt(0).writeVarUInt(revision)
                    .writeString("").writeString("default").writeString("");
            if (Protocol.negotiate(revision) >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_ADDENDUM) {
                out.writeString("");
            }
        }

        void query(String sql, boolean compress) {
            int rev = Protocol.negotiate(revision);
            out.writeVarUInt(Protocol.CLIENT_QUERY).writeString("");
            if (rev >= Protocol.DBMS_MIN_REVISION_WITH_CLIENT_INFO) {
                out.writeUInt8(Protocol.QUERY_KIND_INITIAL).writeString("").writeString("").writeString("0.0.0.0:0");
                if (rev >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_INITIAL_QUERY_START_TIME) out.writeInt64(0);
                out.writeUInt8(Protocol.INTERFACE_TCP).writeString("").writeString("").writeString("fuzz").writeVarUInt(1).writeVarUInt(0).writeVarUInt(rev);
                if (rev >= Protocol.DBMS_MIN_REVISION_WITH_QUOTA_KEY_IN_CLIENT_INFO) out.writeString("");
                if (rev >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_DISTRIBUTED_DEPTH) out.writeVarUInt(0);
                if (rev >= Protocol.DBMS_MIN_REVISION_WITH_VERSION_PATCH) out.writeVarUInt(0);
                if (rev >= Protocol.DBMS_MIN_REVISION_WITH_OPENTELEMETRY) out.writeUInt8(0);
                if (rev >= Protocol.DBMS_MIN_REVISION_WITH_PARALLEL_REPLICAS) out.writeVarUInt(0).writeVarUInt(0).writeVarUInt(0);
            }
            out.writeString("");
            if (rev >= Protocol.DBMS_MIN_REVISION_WITH_INTERSERVER_SECRET) out.writeString("");
            out.writeVarUInt(Protocol.STAGE_COMPLETE).writeVarUInt(compress ? 1 : 0).writeString(sql);
            if (rev >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_PARAMETERS) out.writeString("");
            out.writeVarUInt(Protocol.CLIENT_DATA).writeString("");
            byte[] end = compress ? frame(emptyBlock()) : emptyBlock();
            out.writeRaw(end, 0, end.length);
        }

        byte[] bytes() {
            out.flush();
            return bytes.toByteArray();
        }
    }
}
