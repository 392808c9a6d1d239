package io.strata.formats.binary;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RowBinary output: the values of each row one after another, in the binary layout described at
 * {@link RowBinaryEncoder}, with no delimiters. RowBinaryWithNames starts with a header of the
 * column count (VarUInt) and the names (VarUInt length + bytes each); RowBinaryWithNamesAndTypes
 * adds the type names the same way. The header is written even when there are no rows. Totals are
 * not written (as in ClickHouse).
 */
public class RowBinaryOutputFormat implements OutputFormat {
    private final String name;
    private final boolean withNames;
    private final boolean withTypes;

    public RowBinaryOutputFormat() {
        this("RowBinary", false, false);
    }

    protected RowBinaryOutputFormat(String name, boolean withNames, boolean withTypes) {
        this.name = name;
        this.withNames = withNames;
        this.withTypes = withTypes;
    }

    public static final class WithNames extends RowBinaryOutputFormat {
        public WithNames() { super("RowBinaryWithNames", true, false); }
    }

    public static final class WithNamesAndTypes extends RowBinaryOutputFormat {
        public WithNamesAndTypes() { super("RowBinaryWithNamesAndTypes", true, true); }
    }

    @Override public String name() { return name; }
    @Override public List<String> aliases() { return List.of(); }
    @Override public String contentType() { return "application/octet-stream"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, withNames, withTypes);
    }

    /** Writes the header row of names or type names: VarUInt length + UTF-8 bytes each. */
    static void writeStrings(WriteBuffer out, List<String> values) {
        for (String v : values) {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            out.writeVarUInt(b.length);
            out.write(b);
        }
    }

    private static final class Writer implements OutputWriter {
        /** Bytes the buffer collects before it drains into the stream. */
        private static final int FLUSH_THRESHOLD = 1 << 18;
        /** Rows encoded per batch: enough to amortise the per-column calls, few enough for small scratch arrays. */
        private static final int BATCH_ROWS = 1024;
        /** Bytes per batch: batches stay within the buffer, which then never grows for them. */
        private static final int BATCH_BYTES = 1 << 17;

        private final WriteBuffer out;
        private final Header header;
        private final boolean withNames;
        private final boolean withTypes;
        private boolean prefixWritten;
        private final int[] sizes = new int[BATCH_ROWS];
        private final int[] cursor = new int[BATCH_ROWS];
        private final RowSelection batch = new RowSelection();

        Writer(OutputStream stream, Header header, boolean withNames, boolean withTypes) {
            this.out = new WriteBuffer(stream, FLUSH_THRESHOLD);
            this.header = header;
            this.withNames = withNames;
            this.withTypes = withTypes;
        }

        private void ensurePrefix() {
            if (prefixWritten) return;
            prefixWritten = true;
            if (withNames) {
                out.writeVarUInt(header.size());
                writeStrings(out, header.names());
            }
            if (withTypes) {
                writeStrings(out, header.types().stream().map(t -> t.name()).toList());
            }
        }

        @Override
        public void writeChunk(Chunk chunk) {
            ensurePrefix();
            int rows = chunk.rowCount();
            if (rows == 0 || chunk.width() == 0) return;
            int width = chunk.width();
            RowBinaryEncoder[] encoders = new RowBinaryEncoder[width];
            int fixed = 0;
            int variable = 0;
            for (int i = 0; i < width; i++) {
                encoders[i] = RowBinaryEncoder.of(header.type(i), chunk.column(i));
                if (encoders[i].fixedSize() >= 0) fixed += encoders[i].fixedSize();
                else variable++;
            }
            RowBinaryEncoder[] varying = new RowBinaryEncoder[variable];
            for (int i = 0, j = 0; i < width; i++) if (encoders[i].fixedSize() < 0) varying[j++] = encoders[i];

            for (int from = 0; from < rows; ) {
                int n = Math.min(BATCH_ROWS, rows - from);
                batch.setRange(from, n);
                java.util.Arrays.fill(sizes, 0, n, fixed);
                for (RowBinaryEncoder e : varying) e.addSizes(batch, sizes);
                // cut the batch where it would pass BATCH_BYTES (one row at least, however large)
                long total = 0;
                int m = 0;
                while (m < n) {
                    int s = sizes[m];
                    if (s < 0) throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "A row is too large for RowBinary output");
                    if (m > 0 && total + s > BATCH_BYTES) break;
                    total += s;
                    m++;
                }
                if (total > Integer.MAX_VALUE - 64) throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "A row is too large for RowBinary output");
                batch.setRange(from, m);
                byte[] buf = out.reserve((int) total);
                int base = out.size();
                int p = base;
                for (int k = 0; k < m; k++) {
                    cursor[k] = p;
                    p += sizes[k];
                }
                for (RowBinaryEncoder e : encoders) e.write(batch, buf, cursor);
                if (cursor[m - 1] != p) {
                    throw new DbException(ErrorCode.LOGICAL_ERROR, "RowBinary encoders wrote " + (cursor[m - 1] - base)
                            + " bytes where " + total + " were measured");
                }
                out.advance((int) total);
                if (out.shouldFlush()) out.drain();
                from += m;
            }
        }

        @Override
        public void finish(OutputStatistics stats) {
            ensurePrefix();
            out.flush();
        }

        @Override
        public void flush() {
            out.flush();
        }
    }
}
