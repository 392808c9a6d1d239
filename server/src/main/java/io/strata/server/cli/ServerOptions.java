package io.strata.server.cli;

import io.strata.server.query.ProcessList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of {@code strata server}: {@code --path DIR --http-port N --tcp-port N --listen HOST
 * --config FILE} and the query limits ({@code --max-concurrent-queries N} and the others of
 * {@link #LIMIT_KEYS}, named as ClickHouse's server settings). The config file holds the same
 * keys, one {@code key: value} or {@code key = value} a line ({@code #} comments; dashes and
 * underscores alike); flags given on the command line win.
 */
public record ServerOptions(Path path, int httpPort, int tcpPort, String listen, Path config, ProcessList.Limits limits) {
    public static final Path DEFAULT_PATH = Path.of("strata-data");
    public static final int DEFAULT_HTTP_PORT = 8123;
    public static final int DEFAULT_TCP_PORT = 9000;
    public static final String DEFAULT_LISTEN = "127.0.0.1";
    private static final List<String> BASIC_KEYS = List.of("path", "http-port", "tcp-port", "listen");
    /** ClickHouse's server settings for query concurrency (see {@link ProcessList.Limits}). */
    static final List<String> LIMIT_KEYS = List.of("max-concurrent-queries", "max-concurrent-select-queries",
            "max-concurrent-insert-queries", "concurrent-threads-soft-limit-num", "concurrent-threads-soft-limit-ratio-to-cores");

    /** Parses {@code args}, reading {@code --config} if given; throws IllegalArgumentException for the user. */
    public static ServerOptions parse(List<String> args) {
        List<String> withValue = new java.util.ArrayList<>(BASIC_KEYS);
        withValue.add("config");
        withValue.addAll(LIMIT_KEYS);
        Map<String, String> flags = Arguments.parse(args, withValue, List.of());
        Map<String, String> values = new LinkedHashMap<>();
        Path config = flags.containsKey("config") ? Path.of(flags.get("config")) : null;
        if (config != null) values.putAll(readConfig(config));
        values.putAll(flags);
        return new ServerOptions(
                Path.of(values.getOrDefault("path", DEFAULT_PATH.toString())),
                Arguments.port(values.getOrDefault("http-port", String.valueOf(DEFAULT_HTTP_PORT)), "http-port"),
                Arguments.port(values.getOrDefault("tcp-port", String.valueOf(DEFAULT_TCP_PORT)), "tcp-port"),
                values.getOrDefault("listen", DEFAULT_LISTEN),
                config,
                limits(values));
    }

    private static ProcessList.Limits limits(Map<String, String> values) {
        ProcessList.Limits d = ProcessList.Limits.DEFAULTS;
        return new ProcessList.Limits(
                count(values, "max-concurrent-queries", d.maxConcurrentQueries()),
                count(values, "max-concurrent-select-queries", d.maxConcurrentSelectQueries()),
                count(values, "max-concurrent-insert-queries", d.maxConcurrentInsertQueries()),
                count(values, "concurrent-threads-soft-limit-num", d.threadSlots()),
                ratio(values, "concurrent-threads-soft-limit-ratio-to-cores", d.threadSlotsRatioToCores()));
    }

    private static int count(Map<String, String> values, String key, int def) {
        String v = values.get(key);
        if (v == null) return def;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid --" + key + " '" + v + "': expected a number (0 = unlimited)");
        }
    }

    private static double ratio(Map<String, String> values, String key, double def) {
        String v = values.get(key);
        if (v == null) return def;
        try {
            double d = Double.parseDouble(v.strip());
            if (!(d > 0)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid --" + key + " '" + v + "': expected a positive number");
        }
    }

    /** Reads a config file into option names (dashed). */
    static Map<String, String> readConfig(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals("---")) continue;
            int colon = line.indexOf(':');
            int eq = line.indexOf('=');
            int sep = colon < 0 ? eq : eq < 0 ? colon : Math.min(colon, eq);
            if (sep <= 0) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected 'key: value', got '" + line + "'");
            }
            String key = line.substring(0, sep).strip().replace('_', '-');
            String value = stripComment(line.substring(sep + 1).strip());
            if (!BASIC_KEYS.contains(key) && !LIMIT_KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": unknown key '" + key
                        + "' (known: path, http_port, tcp_port, listen, " + String.join(", ",
                        LIMIT_KEYS.stream().map(k -> k.replace('-', '_')).toList()) + ")");
            }
            values.put(key, unquote(value));
        }
        return values;
    }

    private static String stripComment(String value) {
        if (value.startsWith("\"") || value.startsWith("'")) return value;
        int hash = value.indexOf(" #");
        return hash < 0 ? value : value.substring(0, hash).strip();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    public static String usage() {
        return """
                Usage: strata server [--path DIR] [--http-port N] [--tcp-port N] [--listen HOST] [--config FILE]
                  --path DIR       data directory (default ./strata-data)
                  --http-port N    HTTP interface port (default 8123)
                  --tcp-port N     native protocol port (default 9000; not served yet)
                  --listen HOST    address to listen on (default 127.0.0.1; 0.0.0.0 for all)
                  --config FILE    file with the same keys (path, http_port, tcp_port, listen, ...); flags win
                  --max-concurrent-queries N         queries running at once, beyond it
                                                     TOO_MANY_SIMULTANEOUS_QUERIES (default 100; 0 = no limit)
                  --max-concurrent-select-queries N  the same for SELECTs only (default 0 = no limit)
                  --max-concurrent-insert-queries N  the same for INSERTs only (default 0 = no limit)
                  --concurrent-threads-soft-limit-num N
                                                     worker threads all queries share (default 0: the cores
                                                     times --concurrent-threads-soft-limit-ratio-to-cores, 2)
                """;
    }
}
