package io.strata.server.system;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.formats.Formats;

/**
 * system.formats: every format name the registry knows, aliases included (ClickHouse lists
 * {@code TSV} beside {@code TabSeparated}), with ClickHouse's columns. Strata parses and formats
 * on one thread per stream and infers no schemas, so those flags are 0; a format is "TTY
 * friendly" unless it writes binary data.
 */
final class FormatsTable {
    private FormatsTable() {
    }

    static Chunk rows(Header h) {
        RowsBuilder r = new RowsBuilder(h);
        for (String name : Formats.allNames()) {
            boolean input = Formats.hasInput(name);
            boolean output = Formats.hasOutput(name);
            String contentType = output ? Formats.output(name).contentType() : "";
            boolean binary = contentType.startsWith("application/octet-stream");
            r.add(name, flag(input), flag(output), 0, 0, flag(!binary), contentType, 0, 0, 0, 0,
                    flag(output && appends(name)), flag(input && subsetsOfColumns(name)));
        }
        return r.build();
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    // Output with a header, prefix or suffix (names rows, JSON documents, tables) breaks when appended to.
    private static final java.util.Set<String> NO_APPEND = java.util.Set.of("JSON", "JSONCompact", "JSONStrings",
            "JSONCompactStrings", "JSONObjectEachRow", "Vertical", "Markdown", "Values", "Null");

    /** Whether output appended to an existing file of this format stays valid. */
    private static boolean appends(String name) {
        String canonical = Formats.output(name).name();
        return !canonical.contains("WithNames") && !canonical.startsWith("Pretty") && !NO_APPEND.contains(canonical);
    }

    /** Whether the input format matches columns by name, so some may be missing from the data. */
    private static boolean subsetsOfColumns(String name) {
        String canonical = Formats.input(name).name();
        return canonical.contains("WithNames") || canonical.equals("TSKV") || canonical.equals("JSONEachRow")
                || canonical.equals("JSONStringsEachRow") || canonical.equals("JSONObjectEachRow") || canonical.equals("JSON")
                || canonical.equals("JSONStrings") || canonical.equals("JSONCompact") || canonical.equals("JSONCompactStrings");
    }
}
