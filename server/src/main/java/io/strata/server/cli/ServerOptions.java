package io.strata.server.cli;

import io.strata.server.query.ProcessList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of {@code strata server}: {@code --path DIR --http-port N --tcp-port N --listen HOST
 * --config FILE}; ClickHouse's HTTP session limits {@code --default-session-timeout S
 * --max-session-timeout S} and {@code --display-name NAME}; the read caches
 * {@code --mark-cache-size BYTES --uncompressed-cache-size BYTES} (-1 when not given, for the
 * engine's defaults); and the query limits ({@code --max-concurrent-queries N} and the others of
 * {@link #LIMIT_KEYS}), all named as ClickHouse's server settings. The config file holds the same
 * keys, one {@code key: value} or {@code key = value} a line ({@code #} comments; dashes and
 * underscores alike); flags given on the command line win.
 *
 * @param displayName the X-ClickHouse-Server-Display-Name (null: the host name)
 */
public record ServerOptions(Path path, int httpPort, int tcpPort, String listen, Path config,
                            long defaultSessionTimeout, long maxSessionTimeout, String displayName,
                            long markCacheSize, long uncompressedCacheSize, ProcessList.Limits limits, long warmupRows) {
    /** Rows of the start-up warm-up's table (see {@link ServerWarmup}); 0 turns the warm-up off. */
    public static final long DEFAULT_WARMUP_ROWS = 200_000;

    public static final Path DEFAULT_PATH = Path.of("strata-data");
    public static final int DEFAULT_HTTP_PORT = 8123;
    public static final int DEFAULT_TCP_PORT = 9000;
    public static final String DEFAULT_LISTEN = "127.0.0.1";
    private static final List<String> BASIC_KEYS = List.of("path", "http-port", "tcp-port", "listen", "default-session-timeout",
            "max-session-timeout", "display-name", "mark-cache-size", "uncompressed-cache-size", "warmup-rows");
    /** ClickHouse's server settings for query concurrency (see {@link ProcessList.Limits}). */
    static final List<String> LIMIT_KEYS = List.of("max-concurrent-queries", "max-concurrent-select-queries",
            "max-concurrent-insert-queries", "concurrent-threads-soft-limit-num", "concurrent-threads-soft-limit-ratio-to-cores");

    /** Parses {@code args}, reading {@code --config} if given; throws IllegalArgumentException for the user. */
    public static ServerOptions parse(List<String> args) {
        List<String> withValue = new ArrayList<>(BASIC_KEYS);
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
                seconds(values.getOrDefault("default-session-timeout", "60"), "default-session-timeout"),
                seconds(values.getOrDefault("max-session-timeout", "3600"), "max-session-timeout"),
                values.get("display-name"),
                bytes(values.get("mark-cache-size"), "mark-cache-size"),
                bytes(values.get("uncompressed-cache-size"), "uncompressed-cache-size"),
                limits(values),
                warmupRows(values.getOrDefault("warmup-rows", String.valueOf(DEFAULT_WARMUP_ROWS))));
    }

    private static long warmupRows(String value) {
        try {
            long v = Long.parseLong(value.strip());
            if (v >= 0 && v <= 100_000_000) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--warmup-rows must be a number of rows from 0 to 100000000, got '" + value + "'");
    }

    private static long seconds(String value, String name) {
        try {
            long v = Long.parseLong(value.strip());
            if (v >= 0) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a number of seconds, got '" + value + "'");
    }

    private static long bytes(String value, String name) {
        if (value == null) return -1;
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " takes a number of bytes, not '" + value + "'");
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
                List<String> known = new ArrayList<>(BASIC_KEYS);
                known.addAll(LIMIT_KEYS);
                throw new IllegalArgumentException(file + ":" + lineNo + ": unknown key '" + key + "' (known: "
                        + String.join(", ", known.stream().map(k -> k.replace('-', '_')).toList()) + ")");
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
                  --tcp-port N     native protocol port (default 9000)
                  --listen HOST    address to listen on (default 127.0.0.1; 0.0.0.0 for all)
                  --default-session-timeout S  idle life of an HTTP session_id session (default 60)
                  --max-session-timeout S      the largest session_timeout a client may ask (default 3600)
                  --display-name NAME          X-ClickHouse-Server-Display-Name (default: the host name)
                  --mark-cache-size BYTES          MergeTree marks cache (default 5 GiB, at most a tenth of the heap)
                  --uncompressed-cache-size BYTES  decompressed blocks cache for queries with use_uncompressed_cache=1
                                                   (default 8 GiB, at most a tenth of the heap; 0 turns it off)
                  --max-concurrent-queries N         queries running at once, beyond it
                                                     TOO_MANY_SIMULTANEOUS_QUERIES (default 100; 0 = no limit)
                  --max-concurrent-select-queries N  the same for SELECTs only (default 0 = no limit)
                  --max-concurrent-insert-queries N  the same for INSERTs only (default 0 = no limit)
                  --concurrent-threads-soft-limit-num N
                                                     worker threads all queries share (default 0: the cores
                                                     times --concurrent-threads-soft-limit-ratio-to-cores, 2)
                  --warmup-rows N  rows of the synthetic table the server runs a query workload over before
                                   it listens, so that first queries run compiled code (default 200000;
                                   0 = no warm-up, the server listens at once)
                  --config FILE    file with the same keys (path, http_port, tcp_port, listen, ...); flags win
                """;
    }
}
