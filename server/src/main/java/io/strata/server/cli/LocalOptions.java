package io.strata.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Options of {@code strata local}: {@code --path DIR} (else an in-memory engine), {@code --query SQL}
 * (else statements from stdin), {@code --format F}, {@code --multiquery} (accepted for
 * clickhouse-local compatibility; several statements are always allowed).
 */
public record LocalOptions(Path path, String query, String format, boolean multiquery) {

    public static LocalOptions parse(List<String> args) {
        Map<String, String> v = Arguments.parse(args, List.of("path", "query", "format"), List.of("multiquery"),
                Map.of("q", "query", "f", "format", "n", "multiquery"));
        return new LocalOptions(v.containsKey("path") ? Path.of(v.get("path")) : null, v.get("query"), v.get("format"),
                v.containsKey("multiquery"));
    }

    public static String usage() {
        return """
                Usage: strata local [--path DIR] [--query SQL] [--format F] [--multiquery]
                  Runs statements (separated by ';') from --query or stdin on an embedded engine and prints
                  the results (TabSeparated unless --format or a FORMAT clause says otherwise).
                  Without --path, everything lives in memory and is gone at exit.
                """;
    }
}
