package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official ClickHouse Node.js client (@clickhouse/client, pinned in tests/node-client) against a
 * real server process: tests/node-client/scenario.mjs creates a table, inserts JSONEachRow, reads
 * JSON, JSONEachRow, TabSeparated and JSONCompactEachRowWithNamesAndTypes (whole and streamed),
 * runs query_params and settings, and checks an error, once without and once with HTTP
 * compression of requests and responses. Its output must equal expected-output.txt, which holds
 * what ClickHouse answers. .ci/run installs node and the package (npm ci) when they are missing.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class NodeClientTest {
    private static final Path CLIENT_DIR = ServerProcess.ROOT.resolve("tests/node-client");

    @TempDir
    Path data;

    @Test
    void officialNodeClientGetsWhatClickHouseAnswers() throws Exception {
        assertTrue(Files.isDirectory(CLIENT_DIR.resolve("node_modules/@clickhouse/client")),
                "the Node.js client is not installed: run `npm ci` in tests/node-client (.ci/run does)");
        try (ServerProcess server = ServerProcess.start(data)) {
            Path out = data.resolve("node-output.txt");
            Path err = data.resolve("node-errors.txt");
            Process node = new ProcessBuilder("node", "scenario.mjs", "http://127.0.0.1:" + server.httpPort(), "t")
                    .directory(CLIENT_DIR.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertTrue(node.waitFor(240, TimeUnit.SECONDS), "node did not finish");
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, node.exitValue(), "node failed:\n" + stderr + "\nserver:\n" + server.output());
            List<String> expected = Files.readAllLines(CLIENT_DIR.resolve("expected-output.txt"), StandardCharsets.UTF_8);
            List<String> actual = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals(String.join("\n", expected), String.join("\n", actual), "client output differs; its log:\n" + stderr);
        }
    }
}
