package io.strata.server;

import io.strata.client.ClientMain;
import io.strata.server.cli.LocalCommand;
import io.strata.server.cli.LocalOptions;
import io.strata.server.cli.ServerCommand;
import io.strata.server.cli.ServerOptions;
import java.util.Arrays;
import java.util.List;

/**
 * The single entry point of the {@code strata} binary: {@code server}, {@code local},
 * {@code client}, {@code version}/{@code --version}, {@code help}/{@code --help}.
 */
public final class Main {
    private static final String FALLBACK_VERSION = io.strata.core.query.ServerVersion.STRATA;

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args);
        System.out.flush();
        System.exit(status);
    }

    /** Dispatches to a subcommand; returns the process exit status. */
    public static int run(String[] args) {
        if (args.length == 0) {
            System.err.print(usage());
            return 1;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "server" -> {
                    if (rest.contains("--help")) {
                        System.out.print(ServerOptions.usage());
                        yield 0;
                    }
                    yield ServerCommand.run(ServerOptions.parse(rest), version(), System.out, System.err);
                }
                case "local" -> {
                    if (rest.contains("--help")) {
                        System.out.print(LocalOptions.usage());
                        yield 0;
                    }
                    var console = System.console();
                    boolean terminal = console != null && console.isTerminal();
                    yield LocalCommand.run(LocalOptions.parse(rest), System.in, System.out, System.err, terminal);
                }
                case "client" -> ClientMain.run(rest);
                case "version", "--version", "-V" -> {
                    System.out.println("Strata " + version() + " (compatible with ClickHouse "
                            + io.strata.core.query.ServerVersion.COMPATIBLE + ")");
                    yield 0;
                }
                case "help", "--help", "-h" -> {
                    System.out.print(usage());
                    yield 0;
                }
                default -> {
                    System.err.println("Unknown command '" + args[0] + "'.");
                    System.err.print(usage());
                    yield 1;
                }
            };
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** The release version: the jar manifest's Implementation-Version, else the source default. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK_VERSION : v;
    }

    static String usage() {
        return """
                Strata %s - a ClickHouse-compatible columnar OLAP database.

                Usage: strata <command> [options]
                  server    run the server (HTTP on 8123)           strata server --help
                  local     run SQL on an embedded engine            strata local --query 'SELECT 1'
                  client    interactive client for a running server  strata client
                  version   print the version
                """.formatted(version());
    }
}
