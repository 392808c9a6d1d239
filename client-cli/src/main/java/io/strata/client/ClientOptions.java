package io.strata.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of {@code strata client}, named like clickhouse-client's. Any other
 * {@code --name value} or {@code --name=value} is a setting sent with every query
 * ({@code --max_threads 4}, {@code --output_format_pretty_color=0}), and {@code --param_x v} a
 * query parameter for {@code {x:Type}}, as there.
 *
 * @param format      null: PrettyCompact on a terminal, TabSeparated when piped
 * @param compression null: on (LZ4 blocks both ways)
 * @param historyFile null: $STRATA_CLIENT_HISTORY_FILE, else ~/.strata-client-history
 */
public record ClientOptions(String host, int port, String user, String password, String database, String query,
                            List<Path> queriesFiles, boolean multiquery, String format, boolean vertical, boolean time,
                            boolean echo, boolean ignoreError, boolean stacktrace, Boolean compression, Path historyFile,
                            boolean highlight, String queryId, Map<String, String> parameters, Map<String, String> settings,
                            boolean help, boolean version) {

    public static final int DEFAULT_NATIVE_PORT = 9000;

    /** Parses {@code args}; throws IllegalArgumentException with a message for the user. */
    public static ClientOptions parse(List<String> args) {
        String host = "localhost";
        int port = DEFAULT_NATIVE_PORT;
        String user = "default";
        String password = "";
        String database = null;
        String query = null;
        List<Path> files = new ArrayList<>();
        boolean multiquery = false, vertical = false, time = false, echo = false, ignoreError = false, stacktrace = false;
        boolean help = false, version = false, highlight = true;
        Boolean compression = null;
        Path history = null;
        String format = null;
        String queryId = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
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
                case "--user", "-u" -> user = value != null ? value : next(args, ++i, name);
                case "--password" -> password = value != null ? value : next(args, ++i, name);
                case "--database", "-d" -> database = value != null ? value : next(args, ++i, name);
                case "--query", "-q" -> query = value != null ? value : next(args, ++i, name);
                case "--queries-file" -> files.add(Path.of(value != null ? value : next(args, ++i, name)));
                case "--format", "-f" -> format = value != null ? value : next(args, ++i, name);
                case "--query_id" -> queryId = value != null ? value : next(args, ++i, name);
                case "--history_file", "--history-file" -> history = Path.of(value != null ? value : next(args, ++i, name));
                case "--compression" -> compression = flag(value, args, i) ? bool(value != null ? value : args.get(++i), name) : true;
                case "--highlight" -> highlight = flag(value, args, i) ? bool(value != null ? value : args.get(++i), name) : true;
                case "--multiquery", "-n" -> multiquery = true;
                case "--multiline", "-m" -> {
                    // the prompt always reads statements up to ';' over several lines
                }
                case "--vertical", "-E" -> vertical = true;
                case "--time", "-t" -> time = true;
                case "--echo" -> echo = true;
                case "--ignore-error" -> ignoreError = true;
                case "--stacktrace" -> stacktrace = true;
                case "--help" -> help = true;
                case "--version", "-V" -> version = true;
                default -> {
                    if (!name.startsWith("--") || name.length() < 3 || !isSettingName(name.substring(2))) {
                        throw new IllegalArgumentException("Unknown option " + arg + " (see strata client --help)");
                    }
                    String v = value != null ? value : next(args, ++i, name);
                    if (name.startsWith("--param_") && name.length() > "--param_".length()) {
                        parameters.put(name.substring("--param_".length()), v);
                    } else {
                        settings.put(name.substring(2), v);
                    }
                }
            }
        }
        return new ClientOptions(host, port, user, password, database, query, List.copyOf(files), multiquery, format, vertical,
                time, echo, ignoreError, stacktrace, compression, history, highlight, queryId, parameters, settings, help, version);
    }

    /** Whether the non-interactive input is given explicitly (--query or --queries-file). */
    public boolean hasQueries() {
        return query != null || !queriesFiles.isEmpty();
    }

    private static boolean isSettingName(String s) {
        if (s.isEmpty() || !SqlLexer.isWordStart(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) {
            if (!SqlLexer.isWordPart(s.charAt(i))) return false;
        }
        return true;
    }

    /** An option that may take 0/1 as its value ({@code --compression 0}); a following option is not its value. */
    private static boolean flag(String value, List<String> args, int i) {
        return value != null || i + 1 < args.size() && (args.get(i + 1).equals("0") || args.get(i + 1).equals("1")
                || args.get(i + 1).equalsIgnoreCase("true") || args.get(i + 1).equalsIgnoreCase("false"));
    }

    private static boolean bool(String v, String option) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new IllegalArgumentException("Option " + option + " takes 0 or 1, not '" + v + "'");
        };
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
                Usage: strata client [options]
                  Connects to a Strata (or ClickHouse) server over the native TCP protocol. Without --query or
                  --queries-file it reads statements from stdin when stdin is not a terminal, else opens the
                  interactive prompt (statements end with ';' or \\G, history in ~/.strata-client-history).

                  --host, -h H           server host (default localhost)
                  --port N               native protocol port (default 9000)
                  --user, -u U           user (default 'default')
                  --password P           password
                  --database, -d D       current database
                  --query, -q SQL        run SQL (several statements separated by ';') and exit
                  --queries-file F       run the statements of file F (may be repeated)
                  --multiquery, -n       accepted for compatibility: several statements always work
                  --format, -f F         output format (default PrettyCompact on a terminal, else TabSeparated)
                  --vertical, -E         Vertical output format
                  --time, -t             print each query's time to stderr (non-interactive)
                  --echo                 print each query before running it
                  --ignore-error         go on after an error (non-interactive)
                  --stacktrace           print the server's stack trace with errors
                  --compression 0|1      LZ4-compressed blocks (default 1)
                  --history_file F       history of the prompt (default ~/.strata-client-history,
                                         or $STRATA_CLIENT_HISTORY_FILE)
                  --highlight 0|1        syntax highlighting at the prompt (default 1)
                  --query_id ID          query id of the (first) query
                  --param_<name> V       query parameter {name:Type}
                  --<setting> V          any setting, sent with every query (e.g. --max_threads 4)
                  --help, --version
                """;
    }
}
