package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataTypes;
import io.strata.nativeproto.ClientPackets;
import io.strata.nativeproto.NativeBlockReader;
import io.strata.nativeproto.Protocol;
import io.strata.nativeproto.client.NativeClient;
import io.strata.nativeproto.client.ServerException;
import io.strata.nativeproto.client.ServerPacket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The reusable native client ({@code io.strata.nativeproto.client.NativeClient}) against a real
 * Strata server and Debian's ClickHouse 18.16: revision negotiation, results with and without
 * compression, INSERT blocks under the announced header, settings and parameters, Cancel with the
 * connection still usable afterwards, Ping, and Progress packets while an aggregation computes.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class NativeClientConnectionTest {
    private static final ClientPackets.Identity IDENTITY = new ClientPackets.Identity("strata-test", 0, 1, 0, "test", "localhost");
    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(Files.createTempDirectory("strata-native-client"));
        server.query("CREATE TABLE slow (x UInt64) ENGINE = MergeTree ORDER BY x");
        server.query("INSERT INTO slow SELECT number FROM numbers(500000)");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    static NativeClient connect(int port, boolean compression) {
        return NativeClient.connect(new NativeClient.Options("127.0.0.1", port, "default", "", "", compression, IDENTITY, 10_000, 120_000));
    }

    private static List<Long> longs(List<NativeBlockReader.Block> blocks) {
        List<Long> out = new ArrayList<>();
        for (NativeBlockReader.Block b : blocks) {
            for (int r = 0; r < b.rows(); r++) out.add(((Number) b.chunk().column(0).getObject(r)).longValue());
        }
        return out;
    }

    private static void insertAndRead(NativeClient c, String table) {
        c.select("DROP TABLE IF EXISTS " + table, Map.of());
        c.select("CREATE TABLE " + table + " (a UInt64) ENGINE = Memory", Map.of());
        c.sendQuery("", "INSERT INTO " + table + " VALUES", Map.of(), Map.of());
        Header header = null;
        while (header == null) {
            if (c.receive() instanceof ServerPacket.Data d) header = d.block().header();
        }
        assertEquals(List.of("a"), header.names());
        Column values = new LongColumn(DataTypes.UINT64, new long[] {3, 1, 2}, 3);
        c.sendData(header, new Chunk(new Column[] {values}, 3));
        c.endData();
        ServerPacket p;
        do {
            p = c.receive();
        } while (!(p instanceof ServerPacket.EndOfStream || p instanceof ServerPacket.Failure));
        assertInstanceOf(ServerPacket.EndOfStream.class, p);
        assertEquals(List.of(1L, 2L, 3L), longs(c.select("SELECT a FROM " + table + " ORDER BY a", Map.of())));
    }

    @Test
    void queriesAndInsertsWithAndWithoutCompression() {
        for (boolean compression : List.of(false, true)) {
            try (NativeClient c = connect(server.tcpPort(), compression)) {
                assertEquals("Strata", c.server().name());
                assertEquals(Protocol.SERVER_REVISION, c.revision());
                assertEquals(List.of(0L, 1L, 2L, 3L, 4L), longs(c.select("SELECT number FROM numbers(5)", Map.of())));
                insertAndRead(c, "nc_insert_" + compression);
                assertEquals(List.of(7L), longs(c.select("SELECT toUInt64(getSetting('max_threads'))", Map.of("max_threads", "7"))));
                c.sendQuery("", "SELECT {p:UInt64} * 2", Map.of(), Map.of("p", "21"));
                List<NativeBlockReader.Block> blocks = new ArrayList<>();
                ServerPacket p;
                while (!((p = c.receive()) instanceof ServerPacket.EndOfStream)) {
                    if (p instanceof ServerPacket.Data d && d.block().rows() > 0) blocks.add(d.block());
                }
                assertEquals(List.of(42L), longs(blocks));
                ServerException e = assertThrows(ServerException.class, () -> c.select("SELECT * FROM no_such_table", Map.of()));
                assertEquals(60, e.code());
                assertEquals("UNKNOWN_TABLE", e.codeName());
                assertTrue(c.ping());
            }
        }
    }

    @Test
    void progressWhileAnAggregationComputesAndCancelKeepsTheConnection() {
        try (NativeClient c = connect(server.tcpPort(), true)) {
            c.sendQuery("", "SELECT count() FROM slow WHERE sleepEachRow(0.0001 + x * 0) = 0", Map.of(), Map.of());
            long read = 0;
            long total = 0;
            // the result is one row at the very end: progress must come before it
            while (read == 0) {
                ServerPacket p = c.receive();
                if (p instanceof ServerPacket.Data d) assertEquals(0, d.block().rows(), "a result before any progress");
                if (p instanceof ServerPacket.Progress pr) {
                    read += pr.readRows();
                    total += pr.totalRowsToRead();
                }
                assertTrue(!(p instanceof ServerPacket.EndOfStream) && !(p instanceof ServerPacket.Failure), String.valueOf(p));
            }
            assertEquals(500_000, total);
            assertTrue(c.cancel());
            ServerPacket p;
            do {
                p = c.receive();
                if (p instanceof ServerPacket.Data d) assertEquals(0, d.block().rows(), "no result after Cancel");
            } while (!(p instanceof ServerPacket.EndOfStream));
            assertTrue(c.cancelled());
            assertEquals(List.of(1L), longs(c.select("SELECT toUInt64(1)", Map.of())));
        }
    }

    @Test
    void negotiatesDownToClickHouse18() throws Exception {
        try (ClickHouseServer clickhouse = ClickHouseServer.start()) {
            for (boolean compression : List.of(false, true)) {
                try (NativeClient c = connect(clickhouse.tcpPort, compression)) {
                    assertEquals("ClickHouse", c.server().name());
                    assertEquals("18.16.1", c.server().version());
                    assertTrue(c.revision() < Protocol.DBMS_MIN_REVISION_WITH_SETTINGS_SERIALIZED_AS_STRINGS, "binary settings: " + c.revision());
                    assertEquals(List.of(2L), longs(c.select("SELECT toUInt64(value) FROM system.settings WHERE name = 'max_threads'", Map.of("max_threads", "2"))));
                    insertAndRead(c, "nc_insert_" + compression);
                    assertTrue(c.ping());
                }
            }
        }
    }

    @Test
    void unreachableServerIsANetworkError() throws Exception {
        DbException e = assertThrows(DbException.class, () -> connect(ServerProcess.freePort(), false));
        assertEquals(ErrorCode.NETWORK_ERROR, e.code());
    }
}
