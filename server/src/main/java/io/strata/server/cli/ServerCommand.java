package io.strata.server.cli;

import io.strata.core.error.DbException;
import io.strata.http.HttpServer;
import io.strata.mergetree.ReadCaches;
import io.strata.server.Engine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code strata server}: opens the engine on the data directory, starts the HTTP interface and
 * serves until SIGTERM/SIGINT, when a shutdown hook stops accepting, lets the HTTP server close and
 * closes the engine so that everything acknowledged is on disk.
 */
public final class ServerCommand {
    private ServerCommand() {
    }

    /** Runs the server; returns only on a start-up failure (exit status 1) or after shutdown. */
    public static int run(ServerOptions options, String version, PrintStream out, PrintStream err) {
        Path dataPath = options.path().toAbsolutePath().normalize();
        if (options.markCacheSize() >= 0 || options.uncompressedCacheSize() >= 0) {
            ReadCaches.configure(options.markCacheSize() >= 0 ? options.markCacheSize() : ReadCaches.markCacheSize(),
                    options.uncompressedCacheSize() >= 0 ? options.uncompressedCacheSize() : ReadCaches.uncompressedCacheSize());
        }
        Engine engine;
        try {
            engine = Engine.open(dataPath);
        } catch (Throwable t) {
            err.println("Cannot open the data directory " + dataPath + ": " + DbException.wrap(t).toClickHouseString());
            return 1;
        }
        HttpServer http = new HttpServer(engine.runner(), options.listen(), options.httpPort(), engine.timeZone());
        try {
            http.start();
        } catch (Throwable t) {
            Throwable cause = t.getCause() != null ? t.getCause() : t;
            err.println("Cannot start the HTTP interface on " + options.listen() + ":" + options.httpPort() + ": "
                    + cause.getMessage() + " (is another server running? choose another port with --http-port)");
            engine.close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("strata-shutdown").unstarted(() -> {
            try {
                http.close();
            } catch (Throwable t) {
                err.println("Error while stopping the HTTP interface: " + t);
            }
            try {
                engine.close();
            } catch (Throwable t) {
                err.println("Error while closing the engine: " + t);
            }
            err.println("Strata stopped.");
            stopped.countDown();
        }));
        // The native protocol comes in a later issue; the port is reported so the line is stable.
        out.println("Strata " + version + " ready: HTTP " + options.listen() + ":" + http.port() + ", native TCP "
                + options.listen() + ":" + options.tcpPort() + " (not yet served), data " + dataPath);
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
