package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.column.LongColumn;
import io.strata.core.type.DataTypes;
import io.strata.nativeproto.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An INSERT block larger than the server's heap can decode (a real server with a 160 MB heap, a
 * 100 MB native block) ends that INSERT with MEMORY_LIMIT_EXCEEDED or a closed connection, at
 * once: the packet reader used to die of the OutOfMemoryError and leave the connection waiting
 * for packets forever. Nothing of the INSERT is visible, and the server keeps serving.
 */
class NativeInsertOutOfMemoryTest {
    @Test
    void aBlockTooLargeForTheHeapFailsTheInsertAndTheServerKeepsServing() throws Exception {
        Path data = Files.createTempDirectory("strata-native-oom");
        try (ServerProcess server = ServerProcess.start(data, "-Xmx160m")) {
            try (NativeTestClient c = NativeTestClient.connect(server.tcpPort(), Protocol.SERVER_REVISION)) {
                assertEquals("", c.select("CREATE TABLE t (v UInt64) ENGINE = MergeTree ORDER BY v"));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                try (NativeTestClient c = NativeTestClient.connect(server.tcpPort(), Protocol.SERVER_REVISION)) {
                    c.query("INSERT INTO t VALUES", Map.of(), Map.of(), false);
                    NativeTestClient.Packet header = c.read();
                    while (!header.is(Protocol.SERVER_DATA)) header = c.read();
                    long[] values = new long[12_500_000];
                    for (int i = 0; i < values.length; i++) values[i] = i;
                    boolean failed;
                    try {
                        c.sendBlock(header.block().header(), Chunk.of(new LongColumn(DataTypes.UINT64, values, values.length)));
                        c.sendEmptyBlock();
                        List<NativeTestClient.Packet> rest = c.readToEnd();
                        NativeTestClient.Packet last = rest.getLast();
                        failed = last.is(Protocol.SERVER_EXCEPTION);
                        if (failed) assertEquals(241, last.error().code(), String.valueOf(last.error()));
                    } catch (RuntimeException closed) {
                        failed = true; // the server closed the connection after the error
                    }
                    assertTrue(failed, "the INSERT cannot have succeeded in a 160 MB heap");
                }
            });
            try (NativeTestClient c = NativeTestClient.connect(server.tcpPort(), Protocol.SERVER_REVISION)) {
                assertEquals("0\n", c.select("SELECT count() FROM t"));
                assertEquals("1\n", c.select("SELECT 1"));
            }
        }
    }
}
