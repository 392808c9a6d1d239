package io.strata.perf.hits;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a deterministic hits-like TabSeparated file for the insert benchmark (issue 3), or
 * prints the table's CREATE TABLE.
 *
 * <pre>
 * java HitsGenerator.java --rows N [--seed S] --out FILE   writes FILE (via FILE.partial, renamed
 *                                                          when complete) and FILE.keys (shell
 *                                                          assignments of keys for point queries)
 * java HitsGenerator.java --ddl [--table T] [--codec C]    prints CREATE TABLE T (every column
 *                                                          with CODEC(C) when given)
 * </pre>
 * It uses only the JDK, so it runs as a source-file program without a build (JEP 458).
 */
public final class HitsGenerator {
    private HitsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        long rows = 10_000_000L;
        long seed = 1;
        Path out = null;
        boolean ddl = false;
        String table = "hits";
        String codec = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--ddl" -> ddl = true;
                case "--table" -> table = args[++i];
                case "--codec" -> codec = args[++i];
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (ddl) {
            System.out.println(HitsSchema.createTable(table, codec));
            return;
        }
        if (out == null) usage("--out FILE is required");
        if (rows <= 0) usage("--rows must be positive");
        generate(rows, seed, out);
    }

    private static void generate(long rows, long seed, Path file) throws IOException {
        long start = System.nanoTime();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        HitsRows source = new HitsRows(seed, rows);
        long bytes;
        try (OutputStream stream = Files.newOutputStream(partial)) {
            TsvLineBuffer buffer = new TsvLineBuffer(stream);
            int expectedTabs = HitsSchema.COLUMNS.size() - 1;
            while (source.hasNext()) {
                int rowStart = buffer.position();
                source.writeNext(buffer);
                // The schema and the row writer must agree on the column count; checking one row in
                // a million catches a mismatch at no cost.
                if (rowStart == 0 && buffer.countSince(rowStart, (byte) '\t') != expectedTabs) {
                    throw new IllegalStateException("row has " + buffer.countSince(rowStart, (byte) '\t')
                            + " tabs, schema has " + HitsSchema.COLUMNS.size() + " columns");
                }
                buffer.newline();
            }
            buffer.drain();
            bytes = buffer.written();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(file.resolveSibling(file.getFileName() + ".keys"),
                "ROWS=" + rows + "\nSEED=" + seed + "\nBYTES=" + bytes + "\n" + source.keyAssignments(), StandardCharsets.UTF_8);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("wrote %s: %d rows, %d bytes in %.1f s (%.0f rows/s)%n", file, rows, bytes, seconds, rows / seconds);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: HitsGenerator --rows N [--seed S] --out FILE | --ddl [--table T] [--codec C]");
        System.exit(2);
    }
}
