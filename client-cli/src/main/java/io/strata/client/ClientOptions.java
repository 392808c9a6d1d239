package io.strata.client;

import java.util.List;

/**
 * Command-line options of {@code strata client}, named like clickhouse-client's.
 *
 * @param format null: PrettyCompact on a terminal, TabSeparated when piped
 */
public record ClientOptions(String host, int port, String query, String format, String user, String password,
                            String database, boolean multiquery, boolean help) {

    public static final int DEFAULT_HTTP_PORT = 8123;

    /** Parses {@code args}; throws IllegalArgumentException with a message for the user. */
    public static ClientOptions parse(List<String> args) {
        String host = "localhost";
        int port = DEFAULT_HTTP_PORT;
        String query = null;
        String format = null;
        String user = "default";
        String password = "";
        String database = null;
        boolean multiquery = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--host", "-h" -> host = value != null ? value : next(args, ++i, name);
                case "--port" -> port = parsePort(value != null ? value : next(args, ++i, name));
                case "--query", "-q" -> query = value != null ? value : next(args, ++i, name);
                case "--format", "-f" -> format = value != null ? value : next(args, ++i, name);
                case "--user", "-u" -> user = value != null ? value : next(args, ++i, name);
                case "--password" -> password = value != null ? value : next(args, ++i, name);
                case "--database", "-d" -> database = value != null ? value : next(args, ++i, name);
                case "--multiquery", "-n" -> multiquery = true;
                case "--help" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option " + arg + " (see strata client --help)");
            }
        }
        return new ClientOptions(host, port, query, format, user, password, database, multiquery, help);
    }

    static String next(List<String> args, int i, String option) {
        if (i >= args.size()) throw new IllegalArgumentException("Option " + option + " needs a value");
        return args.get(i);
    }

    static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid port '" + s + "'");
        }
    }

    public static String usage() {
        return """
                Usage: strata client [--host H] [--port N] [--user U] [--password P] [--database D]
                                     [--query SQL] [--format F] [--multiquery]
                  Connects to a Strata server over HTTP (port 8123 by default; the native protocol comes later).
                  Without --query: statements from stdin when piped, else an interactive prompt
                  (statements end with ';', history in ~/.strata-client-history).
                """;
    }
}
