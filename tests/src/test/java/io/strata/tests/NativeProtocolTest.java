package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.compression.Codecs;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.type.DataTypes;
import io.strata.nativeproto.Protocol;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native protocol packet by packet against a real server process, with a client that
 * controls every field: revisions from 54380 up, settings in both encodings, query parameters,
 * compression both ways, INSERT with TableColumns, Cancel, Log and ProfileEvents packets.
 */
class NativeProtocolTest {
    private static ServerProcess server;
    private static Path data;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("strata-native-protocol");
        server = ServerProcess.start(data);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    private static NativeTestClient connect(int revision) throws Exception {
        return NativeTestClient.connect(server.tcpPort(), revision);
    }

    private static List<NativeTestClient.Packet> run(NativeTestClient c, String sql, Map<String, String> settings) {
        c.query(sql, settings, Map.of(), false);
        return c.readToEnd();
    }

    private static List<Integer> types(List<NativeTestClient.Packet> packets) {
        return packets.stream().map(NativeTestClient.Packet::type).toList();
    }

    @Test
    void everyRevisionFrom54380NegotiatesDownToOurs() throws Exception {
        for (int revision : new int[] {54380, 54405, 54412, 54429, 54453, 54460, 54492}) {
            try (NativeTestClient c = connect(revision)) {
                assertEquals(Protocol.SERVER_REVISION, c.serverRevision);
                assertEquals(Math.min(revision, Protocol.SERVER_REVISION), c.revision);
                assertEquals("1\ta\n", c.select("SELECT 1, 'a'"), "revision " + revision);
                // the connection serves the next query too
                assertEquals("2\n", c.select("SELECT 2"), "revision " + revision);
            }
        }
    }

    @Test
    void lowCardinalityIsPlainForClientsBefore54405() throws Exception {
        try (NativeTestClient old = connect(54380); NativeTestClient modern = connect(54412)) {
            old.query("SELECT toLowCardinality('x') AS v");
            NativeTestClient.Packet header = old.read();
            assertEquals("String", header.block().header().type(0).name());
            old.readToEnd();
            modern.query("SELECT toLowCardinality('x') AS v");
            assertEquals("LowCardinality(String)", modern.read().block().header().type(0).name());
            modern.readToEnd();
            // and the setting turns it off for a modern client too
            modern.query("SELECT toLowCardinality('x') AS v", Map.of("low_cardinality_allow_in_native_format", "0"), Map.of(), false);
            assertEquals("String", modern.read().block().header().type(0).name());
            modern.readToEnd();
        }
    }

    @Test
    void queryParametersFromRevision54459() throws Exception {
        try (NativeTestClient c = connect(Protocol.SERVER_REVISION)) {
            c.query("SELECT {x:UInt32} + 1, {s:String}", Map.of(), Map.of("x", "41", "s", "it's"), false);
            StringBuilder rows = new StringBuilder();
            for (NativeTestClient.Packet p : c.readToEnd()) {
                assertFalse(p.is(Protocol.SERVER_EXCEPTION), () -> String.valueOf(p.error()));
                if (p.is(Protocol.SERVER_DATA)) rows.append(NativeTestClient.text(p.block()));
            }
            assertEquals("42\tit's\n", rows.toString());
        }
    }

    @Test
    void settingsInBothEncodings() throws Exception {
        for (int revision : new int[] {54412, 54460}) {
            try (NativeTestClient c = connect(revision)) {
                List<NativeTestClient.Packet> packets = run(c, "SELECT number FROM numbers(5)", Map.of("max_block_size", "2"));
                long blocks = packets.stream().filter(p -> p.is(Protocol.SERVER_DATA) && p.block().rows() > 0).count();
                assertTrue(blocks >= 3, "max_block_size=2 should cut 5 rows into 3 blocks, got " + blocks + " at " + revision);
            }
        }
        // an unknown setting: skipped in the string encoding, fatal in the binary one (its value cannot be stepped over)
        try (NativeTestClient c = connect(54460)) {
            assertEquals(Protocol.SERVER_END_OF_STREAM, types(run(c, "SELECT 1", Map.of("no_such_setting_at_all", "1"))).getLast());
        }
        try (NativeTestClient c = connect(54412)) {
            List<NativeTestClient.Packet> packets = run(c, "SELECT 1", Map.of("no_such_setting_at_all", "1"));
            assertEquals(115, packets.getLast().error().code());
        }
    }

    @Test
    void insertAnnouncesColumnsAndDefaults() throws Exception {
        try (NativeTestClient c = connect(Protocol.SERVER_REVISION)) {
            assertEquals(Protocol.SERVER_END_OF_STREAM, types(run(c, "CREATE TABLE ins (a UInt32, s String DEFAULT 'x') ENGINE = Memory", Map.of())).getLast());
            c.query("INSERT INTO ins (a) VALUES");
            NativeTestClient.Packet columns = c.read();
            assertEquals(Protocol.SERVER_TABLE_COLUMNS, columns.type());
            assertEquals("columns format version: 1\n2 columns:\n`a` UInt32\n`s` String\tDEFAULT\t'x'\n", columns.strings().get(1));
            NativeTestClient.Packet header = c.read();
            assertEquals(Protocol.SERVER_DATA, header.type());
            assertEquals(List.of("a"), header.block().header().names());
            Header h = header.block().header();
            c.sendBlock(h, Chunk.of(new LongColumn(DataTypes.UINT32, new long[] {1, 2, 3}, 3)));
            c.sendBlock(h, Chunk.of(new LongColumn(DataTypes.UINT32, new long[] {4}, 1)));
            c.sendEmptyBlock();
            assertEquals(Protocol.SERVER_END_OF_STREAM, types(c.readToEnd()).getLast());
            assertEquals("10\t4\tx\n", c.select("SELECT sum(a), count(), any(s) FROM ins"));
        }
    }

    @Test
    void compressedBlocksBothWaysWithLz4AndZstd() throws Exception {
        try (NativeTestClient c = connect(Protocol.SERVER_REVISION)) {
            run(c, "CREATE TABLE comp (a UInt64) ENGINE = Memory", Map.of());
            for (String method : List.of("LZ4", "ZSTD")) {
                c.sendCodec = method.equals("LZ4") ? Codecs.defaultCodec() : Codecs.create("ZSTD", List.of("3"), 0);
                c.query("INSERT INTO comp VALUES", Map.of(), Map.of(), true);
                NativeTestClient.Packet header = c.read();
                while (!header.is(Protocol.SERVER_DATA)) header = c.read();
                long[] values = new long[100_000];
                for (int i = 0; i < values.length; i++) values[i] = i;
                c.sendBlock(header.block().header(), Chunk.of(new LongColumn(DataTypes.UINT64, values, values.length)));
                c.sendEmptyBlock();
                assertEquals(Protocol.SERVER_END_OF_STREAM, types(c.readToEnd()).getLast());
                c.query("SELECT sum(a), count() FROM comp", Map.of("network_compression_method", method), Map.of(), true);
                StringBuilder rows = new StringBuilder();
                for (NativeTestClient.Packet p : c.readToEnd()) {
                    assertFalse(p.is(Protocol.SERVER_EXCEPTION), () -> String.valueOf(p.error()));
                    if (p.is(Protocol.SERVER_DATA)) rows.append(NativeTestClient.text(p.block()));
                }
                long n = method.equals("LZ4") ? 1 : 2;
                assertEquals((4999950000L * n) + "\t" + (100_000 * n) + "\n", rows.toString());
            }
        }
    }

    /**
     * Result blocks are encoded on several threads at once and must still go out in the query's
     * order, whole, with ProfileInfo counting them: hundreds of small blocks of an ORDER BY
     * result, plain and compressed.
     */
    @Test
    void manyResultBlocksArriveInOrderWithAndWithoutCompression() throws Exception {
        try (NativeTestClient c = connect(Protocol.SERVER_REVISION)) {
            for (boolean compressed : List.of(false, true)) {
                c.query("SELECT number, toString(number * 7) AS s FROM numbers(200000) ORDER BY number DESC",
                        Map.of("max_block_size", "997", "network_compression_method", "LZ4"), Map.of(), compressed);
                long expected = 199_999;
                int blocks = 0;
                long[] profile = null;
                for (NativeTestClient.Packet p : c.readToEnd()) {
                    assertFalse(p.is(Protocol.SERVER_EXCEPTION), () -> String.valueOf(p.error()));
                    if (p.is(Protocol.SERVER_PROFILE_INFO)) profile = p.numbers();
                    if (!p.is(Protocol.SERVER_DATA) || p.block().rows() == 0) continue;
                    blocks++;
                    for (String line : NativeTestClient.text(p.block()).split("\n")) {
                        assertEquals(expected + "\t" + (expected * 7), line, "compressed=" + compressed);
                        expected--;
                    }
                }
                assertEquals(-1, expected, "every row once, compressed=" + compressed);
                assertTrue(blocks > 100, "blocks: " + blocks);
                assertNotNull(profile);
                assertEquals(200_000, profile[0], "ProfileInfo rows");
                assertEquals(blocks, profile[1], "ProfileInfo blocks");
            }
        }
    }

    @Test
    void cancelStopsALongQueryAndKeepsTheConnection() throws Exception {
        try (NativeTestClient c = connect(Protocol.SERVER_REVISION)) {
            // hours of work if it were not stopped
            c.query("SELECT sum(number) FROM numbers(100000000000000)");
            NativeTestClient.Packet header = c.read();
            assertEquals(Protocol.SERVER_DATA, header.type());
            c.cancel();
            List<NativeTestClient.Packet> rest = c.readToEnd();
            assertEquals(Protocol.SERVER_END_OF_STREAM, rest.getLast().type());
            assertTrue(rest.stream().noneMatch(p -> p.is(Protocol.SERVER_DATA) && p.block().rows() > 0), "no result after Cancel");
            assertEquals("1\n", c.select("SELECT 1"));
        }
    }

    @Test
    void totalsProfileInfoAndProgressComeInClickHouseOrder() throws Exception {
        try (NativeTestClient c = connect(Protocol.SERVER_REVISION)) {
            List<Integer> t = types(run(c, "SELECT number % 2 AS k, count() FROM numbers(10) GROUP BY k WITH TOTALS ORDER BY k", Map.of()));
            int totals = t.indexOf(Protocol.SERVER_TOTALS);
            assertTrue(totals > 0, t.toString());
            assertTrue(t.indexOf(Protocol.SERVER_PROFILE_INFO) > totals, t.toString());
            assertTrue(t.lastIndexOf(Protocol.SERVER_PROGRESS) > t.indexOf(Protocol.SERVER_PROFILE_INFO), t.toString());
            assertEquals(Protocol.SERVER_END_OF_STREAM, t.getLast());
        }
    }

    @Test
    void extremesWhenAskedFor() throws Exception {
        try (NativeTestClient c = connect(Protocol.SERVER_REVISION)) {
            List<NativeTestClient.Packet> packets = run(c, "SELECT number, toString(number) AS s, if(number = 3, NULL, number) AS n "
                    + "FROM numbers(12)", Map.of("extremes", "1", "max_block_size", "5"));
            NativeTestClient.Packet ex = packets.stream().filter(p -> p.is(Protocol.SERVER_EXTREMES)).findFirst().orElseThrow();
            assertEquals("0\t0\t0\n11\t9\t11\n", NativeTestClient.text(ex.block()));
            assertTrue(run(c, "SELECT 1", Map.of()).stream().noneMatch(p -> p.is(Protocol.SERVER_EXTREMES)));
        }
    }

    @Test
    void logPacketsFollowSendLogsLevel() throws Exception {
        for (int revision : new int[] {54412, 54460}) {
            try (NativeTestClient c = connect(revision)) {
                List<NativeTestClient.Packet> packets = run(c, "SELECT 42", Map.of("send_logs_level", "debug"));
                NativeTestClient.Packet log = packets.stream().filter(p -> p.is(Protocol.SERVER_LOG)).findFirst().orElseThrow();
                Header h = log.block().header();
                assertEquals(revision < 54429 ? "thread_number" : "thread_id", h.name(4));
                assertTrue(NativeTestClient.text(log.block()).contains("SELECT 42"));
                assertTrue(run(c, "SELECT 42", Map.of()).stream().noneMatch(p -> p.is(Protocol.SERVER_LOG)));
            }
        }
    }

    @Test
    void profileEventsOnlyForRevisionsThatAskForThem() throws Exception {
        try (NativeTestClient modern = connect(54460); NativeTestClient old = connect(54450)) {
            assertTrue(run(modern, "SELECT count() FROM numbers(1000)", Map.of()).stream().anyMatch(p -> p.is(Protocol.SERVER_PROFILE_EVENTS)));
            assertTrue(run(old, "SELECT count() FROM numbers(1000)", Map.of()).stream().noneMatch(p -> p.is(Protocol.SERVER_PROFILE_EVENTS)));
        }
    }

    @Test
    void errorsKeepTheConnectionAndInsertBlocksAreSkipped() throws Exception {
        try (NativeTestClient c = connect(Protocol.SERVER_REVISION)) {
            NativeTestClient.Packet error = run(c, "SELECT * FROM no_such_table", Map.of()).getLast();
            assertEquals(60, error.error().code());
            assertTrue(error.error().message().startsWith("DB::Exception: "), error.error().message());
            assertEquals("1\n", c.select("SELECT 1"));
            run(c, "CREATE TABLE skip (a UInt32) ENGINE = Memory", Map.of());
            c.query("INSERT INTO skip VALUES");
            NativeTestClient.Packet header = c.read();
            while (!header.is(Protocol.SERVER_DATA)) header = c.read();
            // a block with a column the INSERT did not ask for: the server answers with an
            // exception, reads the blocks still coming up to the empty one, and goes on
            Header wrong = new Header(List.of("a", "b"), List.of(DataTypes.UINT32, DataTypes.UINT32));
            Column col = new LongColumn(DataTypes.UINT32, new long[] {1}, 1);
            c.sendBlock(wrong, new Chunk(new Column[] {col, col}, 1));
            c.sendBlock(wrong, new Chunk(new Column[] {col, col}, 1));
            c.sendEmptyBlock();
            assertEquals(Protocol.SERVER_EXCEPTION, c.readToEnd().getLast().type());
            assertEquals("0\n", c.select("SELECT count() FROM skip"));
        }
    }

    @Test
    void pingTablesStatusAndHttpOnTheNativePort() throws Exception {
        try (NativeTestClient c = connect(Protocol.SERVER_REVISION)) {
            c.ping();
            assertEquals(Protocol.SERVER_PONG, c.read().type());
            run(c, "CREATE TABLE status_t (a UInt8) ENGINE = Memory", Map.of());
            c.out.writeVarUInt(Protocol.CLIENT_TABLES_STATUS_REQUEST).writeVarUInt(2)
                    .writeString("default").writeString("status_t").writeString("default").writeString("nope");
            c.out.flush();
            assertEquals(List.of("default.status_t"), c.read().strings());
        }
        try (Socket s = new Socket("127.0.0.1", server.tcpPort())) {
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.0 400 Bad Request"), answer);
            assertTrue(answer.contains("You must use port " + server.httpPort() + " for HTTP"), answer);
        }
    }

    @Test
    void manyConnectionsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    try (NativeTestClient c = connect(n % 2 == 0 ? 54460 : 54412)) {
                        StringBuilder sb = new StringBuilder();
                        for (int q = 0; q < 10; q++) sb.append(c.select("SELECT sum(number) FROM numbers(" + (n * 10 + q) + ")"));
                        return sb.toString();
                    }
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                StringBuilder expected = new StringBuilder();
                for (int q = 0; q < 10; q++) {
                    long m = i * 10L + q;
                    expected.append(m * (m - 1) / 2).append('\n');
                }
                String got = results.get(i).get();
                assertNotNull(got);
                assertEquals(expected.toString(), got, "connection " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
