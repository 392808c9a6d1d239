package io.strata.perf.clickbench;

import io.strata.perf.hits.TsvLineBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes ClickBench's {@code hits} as a deterministic TabSeparated file of any row count, or
 * prints the table's DDL for one engine.
 *
 * <pre>
 * java ClickBenchGenerator.java --create create.sql --rows N [--seed S] --out FILE
 *         writes FILE (through FILE.partial, renamed when complete), streaming
 * java ClickBenchGenerator.java --create create.sql --ddl strata|clickhouse18|duckdb
 *         prints CREATE TABLE hits for that engine (strata: create.sql as it is)
 * </pre>
 * It uses only the JDK, so it runs as a source-file program without a build (JEP 458).
 */
public final class ClickBenchGenerator {
    private ClickBenchGenerator() {
    }

    public static void main(String[] args) throws IOException {
        long rows = 1_000_000L;
        long seed = 1;
        Path out = null;
        Path create = null;
        String ddl = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--create" -> create = Path.of(args[++i]);
                case "--ddl" -> ddl = args[++i];
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (create == null) usage("--create create.sql is required");
        ClickBenchSchema schema = ClickBenchSchema.read(create);
        if (ddl != null) {
            System.out.println(switch (ddl) {
                case "strata" -> Files.readString(create).strip();
                case "clickhouse18" -> schema.clickHouse18Ddl();
                case "duckdb" -> schema.duckDbDdl();
                default -> throw new IllegalArgumentException("unknown engine " + ddl);
            });
            return;
        }
        if (out == null) usage("--out FILE is required");
        if (rows <= 0) usage("--rows must be positive");
        generate(rows, seed, out, schema.columns().size());
    }

    private static void generate(long rows, long seed, Path file, int columns) throws IOException {
        long start = System.nanoTime();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        ClickBenchRows source = new ClickBenchRows(seed, rows);
        long bytes;
        try (OutputStream stream = Files.newOutputStream(partial)) {
            TsvLineBuffer buffer = new TsvLineBuffer(stream);
            while (source.hasNext()) {
                int rowStart = buffer.position();
                source.writeNext(buffer);
                // The row writer must agree with create.sql on the column count; the first row of
                // every buffer is checked.
                if (rowStart == 0 && buffer.countSince(rowStart, (byte) '\t') != columns - 1) {
                    throw new IllegalStateException("row has " + (buffer.countSince(rowStart, (byte) '\t') + 1)
                            + " fields, create.sql has " + columns + " columns");
                }
                buffer.newline();
            }
            buffer.drain();
            bytes = buffer.written();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("wrote %s: %d rows, %d bytes in %.1f s (%.0f rows/s)%n", file, rows, bytes, seconds, rows / seconds);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: ClickBenchGenerator --create create.sql (--rows N [--seed S] --out FILE | --ddl strata|clickhouse18|duckdb)");
        System.exit(2);
    }
}
