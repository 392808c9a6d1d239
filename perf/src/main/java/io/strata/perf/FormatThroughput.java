package io.strata.perf;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataTypes;
import io.strata.formats.Formats;
import io.strata.formats.InputReader;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.perf.hits.HitsSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The formats alone, without a server: reads the first rows of a hits-like TSV file (see
 * perf/stream-bench.sh) into memory, then writes them in each output format into a counting sink
 * and parses each format's bytes back, several times, and prints MB/s and rows/s of thread CPU
 * time (so that other work on a shared machine moves the figures little).
 *
 * <pre>
 * java -cp ... io.strata.perf.FormatThroughput FILE [ROWS] [RUNS] [FORMATS...]
 * </pre>
 */
public final class FormatThroughput {
    private FormatThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> formats = args.length > 3 ? List.of(args).subList(3, args.length)
                : List.of("RowBinary", "Native", "TabSeparated", "JSONEachRow");
        Header header = hitsHeader();
        FormatSettings fs = Formats.formatSettings(Settings.DEFAULTS, ZoneId.of("UTC"));
        List<Chunk> chunks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            InputReader r = Formats.input("TabSeparated").create(in, header, fs, Settings.DEFAULTS);
            int read = 0;
            for (Chunk c; read < rows && (c = r.read(Math.min(65536, rows - read))) != null; read += c.rowCount()) chunks.add(c);
            rows = read;
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf("%d rows of %s; best of %d runs, thread CPU time%n", rows, file, runs);
        System.out.printf("%-14s %10s %12s %12s %12s %12s%n", "format", "MB", "write MB/s", "write rows/s", "read MB/s", "read rows/s");
        for (String format : formats) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(format, header, fs, chunks, bytes);
            byte[] data = bytes.toByteArray();
            long bestWrite = Long.MAX_VALUE;
            long bestRead = Long.MAX_VALUE;
            for (int run = 0; run < runs; run++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                write(format, header, fs, chunks, OutputStream.nullOutputStream());
                long t1 = cpu.getCurrentThreadCpuTime();
                bestWrite = Math.min(bestWrite, t1 - t0);
                long t2 = cpu.getCurrentThreadCpuTime();
                long back = read(format, header, fs, data);
                long t3 = cpu.getCurrentThreadCpuTime();
                if (back != rows) throw new IllegalStateException(format + " read back " + back + " rows of " + rows);
                bestRead = Math.min(bestRead, t3 - t2);
            }
            double mb = data.length / 1e6;
            System.out.printf("%-14s %10.1f %12.1f %12.0f %12.1f %12.0f%n", format, mb, mb / (bestWrite / 1e9),
                    rows / (bestWrite / 1e9), mb / (bestRead / 1e9), rows / (bestRead / 1e9));
        }
    }

    private static Header hitsHeader() {
        List<String> names = new ArrayList<>();
        List<io.strata.core.type.DataType> types = new ArrayList<>();
        for (HitsSchema.Column c : HitsSchema.COLUMNS) {
            names.add(c.name());
            types.add(DataTypes.parse(c.type()));
        }
        return new Header(names, types);
    }

    private static void write(String format, Header header, FormatSettings fs, List<Chunk> chunks, OutputStream out) {
        OutputWriter w = Formats.output(format).create(out, header, fs, Settings.DEFAULTS);
        long n = 0;
        for (Chunk c : chunks) {
            w.writeChunk(c);
            n += c.rowCount();
        }
        w.finish(OutputStatistics.ofRows(n));
    }

    private static long read(String format, Header header, FormatSettings fs, byte[] data) {
        InputReader r = Formats.input(format).create(new ByteArrayInputStream(data), header, fs, Settings.DEFAULTS);
        long n = 0;
        for (Chunk c; (c = r.read(65536)) != null; ) n += c.rowCount();
        return n;
    }
}
