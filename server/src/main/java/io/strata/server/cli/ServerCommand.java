package io.strata.server.cli;

import io.strata.core.error.DbException;
import io.strata.http.HttpServer;
import io.strata.http.HttpServerConfig;
import io.strata.nativeproto.NativeLimits;
import io.strata.nativeproto.server.NativeServer;
import io.strata.mergetree.ReadCaches;
import io.strata.server.Engine;
import io.strata.server.HeapGovernor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code strata server}: opens the engine on the data directory, starts the HTTP interface and the
 * native TCP protocol, and serves until SIGTERM/SIGINT, when a shutdown hook stops accepting, lets
 * both servers close and closes the engine so that everything acknowledged is on disk.
 */
public final class ServerCommand {
    private ServerCommand() {
    }

    /** The name a native client shows for this server (ClickHouse's display_name: the host name). */
    private static String displayName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "strata";
        }
    }

    /**
     * Runs {@link ServerWarmup} against an HTTP interface of its own on a free loopback port, before
     * the server's interfaces listen: clients see the server once it is warm. Null when that
     * interface could not start (the server starts anyway).
     */
    private static ServerWarmup.Result warmUp(Engine engine, ServerOptions options) {
        HttpServer warm = null;
        try {
            warm = new HttpServer(engine.runner(), "127.0.0.1", 0, engine.timeZone(), HttpServerConfig.defaults("warm-up"));
            warm.start();
            return ServerWarmup.run(warm.port(), options.warmupRows(), ServerWarmup.ROUNDS);
        } catch (Throwable t) {
            return null;
        } finally {
            if (warm != null) {
                try {
                    warm.close();
                } catch (Throwable t) {
                    // the warm-up's own interface; nothing of the server's depends on it
                }
            }
        }
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
        engine.processes().configure(options.limits());
        HeapGovernor.start(Long.getLong("strata.oldGenSoftLimit", HeapGovernor.defaultFloor()));
        String warmedUp = "";
        if (options.warmupRows() > 0) {
            ServerWarmup.Result warm = warmUp(engine, options);
            if (warm != null) {
                warmedUp = String.format(java.util.Locale.ROOT, ", warmed up in %.1f s", warm.seconds())
                        + (warm.failed() > 0 ? " (" + warm.failed() + " of " + warm.statements() + " warm-up statements failed)" : "");
            }
        }
        HttpServer http;
        try {
            HttpServerConfig config = HttpServerConfig.defaults(version)
                    .withSessionTimeouts(options.defaultSessionTimeout(), options.maxSessionTimeout());
            if (options.displayName() != null) config = config.withDisplayName(options.displayName());
            http = new HttpServer(engine.runner(), options.listen(), options.httpPort(), engine.timeZone(), config);
        } catch (IllegalArgumentException e) {
            err.println("Bad HTTP options: " + e.getMessage());
            engine.close();
            return 1;
        }
        try {
            http.start();
        } catch (Throwable t) {
            Throwable cause = t.getCause() != null ? t.getCause() : t;
            err.println("Cannot start the HTTP interface on " + options.listen() + ":" + options.httpPort() + ": "
                    + cause.getMessage() + " (is another server running? choose another port with --http-port)");
            engine.close();
            return 1;
        }
        NativeServer nativeServer = new NativeServer(engine.runner(), new NativeServer.Config(options.listen(), options.tcpPort(),
                engine.timeZone(), displayName(), http.port(), NativeLimits.DEFAULT));
        try {
            nativeServer.start();
        } catch (Throwable t) {
            err.println("Cannot start the native protocol on " + options.listen() + ":" + options.tcpPort() + ": "
                    + t.getMessage() + " (is another server running? choose another port with --tcp-port)");
            http.close();
            engine.close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("strata-shutdown").unstarted(() -> {
            try {
                nativeServer.close();
            } catch (Throwable t) {
                err.println("Error while stopping the native protocol: " + t);
            }
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
        out.println("Strata " + version + " ready: HTTP " + options.listen() + ":" + http.port() + ", native TCP "
                + options.listen() + ":" + nativeServer.port() + ", data " + dataPath + warmedUp);
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
