package io.strata.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's ClickHouse 18.16 server in a child process, on its own directories and free loopback
 * ports, as an oracle for what ClickHouse itself answers.
 */
final class ClickHouseServer implements AutoCloseable {
    static final String BINARY = "/usr/sbin/clickhouse-server";

    private final Process process;
    final int tcpPort;
    final int httpPort;
    final Path dir;

    private ClickHouseServer(Process process, int tcpPort, int httpPort, Path dir) {
        this.process = process;
        this.tcpPort = tcpPort;
        this.httpPort = httpPort;
        this.dir = dir;
    }

    static ClickHouseServer start() throws Exception {
        Path dir = Files.createTempDirectory("clickhouse-18");
        int tcp = ServerProcess.freePort();
        int http = ServerProcess.freePort();
        for (String d : List.of("data", "tmp", "log")) Files.createDirectories(dir.resolve(d));
        Files.writeString(dir.resolve("users.xml"), """
                <yandex>
                  <profiles><default></default></profiles>
                  <users><default><password></password><networks><ip>::/0</ip></networks><profile>default</profile><quota>default</quota></default></users>
                  <quotas><default></default></quotas>
                </yandex>
                """);
        Files.writeString(dir.resolve("config.xml"), """
                <yandex>
                  <logger><level>warning</level><log>%1$s/log/server.log</log><errorlog>%1$s/log/err.log</errorlog><console>0</console></logger>
                  <http_port>%2$d</http_port>
                  <tcp_port>%3$d</tcp_port>
                  <listen_host>127.0.0.1</listen_host>
                  <path>%1$s/data/</path>
                  <tmp_path>%1$s/tmp/</tmp_path>
                  <users_config>%1$s/users.xml</users_config>
                  <default_profile>default</default_profile>
                  <default_database>default</default_database>
                  <mark_cache_size>5368709</mark_cache_size>
                  <timezone>UTC</timezone>
                </yandex>
                """.formatted(dir, http, tcp));
        Process p = new ProcessBuilder(BINARY, "--config-file=" + dir.resolve("config.xml"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log/stdout").toFile()).start();
        ClickHouseServer server = new ClickHouseServer(p, tcp, http, dir);
        // ready when clickhouse-client gets an answer
        for (int i = 0; i < 600; i++) {
            if (!p.isAlive()) throw new IOException("clickhouse-server exited " + p.exitValue() + ": " + Files.readString(dir.resolve("log/stdout")));
            ClickHouseClientRunner.Result r = ClickHouseClientRunner.exec(List.of(ClickHouseClientRunner.BINARY, "--host", "127.0.0.1",
                    "--port", String.valueOf(tcp), "--query", "SELECT 1"), null);
            if (r.exit() == 0) return server;
            Thread.sleep(100);
        }
        server.close();
        throw new IOException("clickhouse-server did not start on port " + tcp);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
