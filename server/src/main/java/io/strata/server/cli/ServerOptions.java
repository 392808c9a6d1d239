package io.strata.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of {@code strata server}: {@code --path DIR --http-port N --tcp-port N --listen HOST
 * --mark-cache-size BYTES --uncompressed-cache-size BYTES --config FILE} (cache sizes: -1 when not
 * given, for the engine's defaults). The config file holds the same keys, one {@code key: value} or {@code key = value}
 * a line ({@code #} comments; dashes and underscores alike); flags given on the command line win.
 */
public record ServerOptions(Path path, int httpPort, int tcpPort, String listen, Path config, long markCacheSize,
                            long uncompressedCacheSize) {
    public static final Path DEFAULT_PATH = Path.of("strata-data");
    public static final int DEFAULT_HTTP_PORT = 8123;
    public static final int DEFAULT_TCP_PORT = 9000;
    public static final String DEFAULT_LISTEN = "127.0.0.1";

    /** Parses {@code args}, reading {@code --config} if given; throws IllegalArgumentException for the user. */
    public static ServerOptions parse(List<String> args) {
        Map<String, String> flags = Arguments.parse(args, List.of("path", "http-port", "tcp-port", "listen", "config",
                "mark-cache-size", "uncompressed-cache-size"), List.of());
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
                bytes(values.get("mark-cache-size"), "mark-cache-size"),
                bytes(values.get("uncompressed-cache-size"), "uncompressed-cache-size"));
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
            if (!List.of("path", "http-port", "tcp-port", "listen", "mark-cache-size", "uncompressed-cache-size").contains(key)) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": unknown key '" + key
                        + "' (known: path, http_port, tcp_port, listen, mark_cache_size, uncompressed_cache_size)");
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
                  --mark-cache-size BYTES          MergeTree marks cache (default 5 GiB, at most a tenth of the heap)
                  --uncompressed-cache-size BYTES  decompressed blocks cache for queries with use_uncompressed_cache=1
                                                   (default 8 GiB, at most a tenth of the heap; 0 turns it off)
                  --config FILE    file with the same keys (path, http_port, tcp_port, listen, mark_cache_size,
                                   uncompressed_cache_size); flags win
                """;
    }
}
