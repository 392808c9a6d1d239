package io.strata.tests;

import io.strata.client.NativeStatementExecutor;
import io.strata.client.StatementException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.ServerVersion;
import io.strata.nativeproto.ClientPackets;
import io.strata.nativeproto.client.NativeClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The corpus over the native protocol through Strata's own client: statements are sent as
 * clickhouse-client sends them (INSERT data parsed by the client and sent as blocks, SET kept by
 * the client too), and results are formatted on the client side, TabSeparated unless the
 * statement names a FORMAT.
 */
final class NativeCorpusConnection implements CorpusConnection {
    private static final int TIMEOUT_MILLIS = 120_000;
    private final NativeStatementExecutor executor;

    NativeCorpusConnection(int port, String database) {
        String[] version = ServerVersion.STRATA.split("\\.");
        ClientPackets.Identity identity = new ClientPackets.Identity("Strata corpus", Integer.parseInt(version[0]),
                Integer.parseInt(version[1]), Integer.parseInt(version[2]), "corpus", "localhost");
        NativeClient.Options options = new NativeClient.Options("127.0.0.1", port, "default", "", database, true, identity,
                TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        this.executor = new NativeStatementExecutor(() -> NativeClient.connect(options), Map.of(), Map.of(),
                new PrintStream(java.io.OutputStream.nullOutputStream()), false);
    }

    @Override
    public void execute(String sql, Map<String, String> settings, ByteArrayOutputStream output) throws Failure {
        if (!settings.isEmpty()) throw new IllegalArgumentException("per-query settings are not sent over the native corpus run");
        try {
            executor.execute(sql, "TabSeparated", output, null);
        } catch (StatementException e) {
            ErrorCode c = ErrorCode.byCode(e.code());
            throw new Failure(c == null ? "CODE_" + e.code() : c.name(), e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        executor.close();
    }
}
