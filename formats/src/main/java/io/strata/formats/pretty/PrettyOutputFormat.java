package io.strata.formats.pretty;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.RowOutputWriter;
import java.io.OutputStream;

/**
 * The Pretty family: Pretty, PrettyCompact and PrettySpace, each also as MonoBlock (all rows in one
 * table instead of one table per chunk) and NoEscapes (without ANSI colours; Strata never colours,
 * so these are the same bytes). At most output_format_pretty_max_rows rows are shown, then a
 * "Showed first N." note. Empty results print nothing.
 */
public class PrettyOutputFormat implements OutputFormat {
    private final String name;
    private final PrettyStyle style;
    private final boolean monoBlock;

    protected PrettyOutputFormat(String name, PrettyStyle style, boolean monoBlock) {
        this.name = name;
        this.style = style;
        this.monoBlock = monoBlock;
    }

    public PrettyOutputFormat() { this("Pretty", PrettyStyle.GRID, false); }

    public static final class NoEscapes extends PrettyOutputFormat {
        public NoEscapes() { super("PrettyNoEscapes", PrettyStyle.GRID, false); }
    }
    public static final class MonoBlock extends PrettyOutputFormat {
        public MonoBlock() { super("PrettyMonoBlock", PrettyStyle.GRID, true); }
    }
    public static final class NoEscapesMonoBlock extends PrettyOutputFormat {
        public NoEscapesMonoBlock() { super("PrettyNoEscapesMonoBlock", PrettyStyle.GRID, true); }
    }
    public static final class Compact extends PrettyOutputFormat {
        public Compact() { super("PrettyCompact", PrettyStyle.COMPACT, false); }
    }
    public static final class CompactNoEscapes extends PrettyOutputFormat {
        public CompactNoEscapes() { super("PrettyCompactNoEscapes", PrettyStyle.COMPACT, false); }
    }
    public static final class CompactMonoBlock extends PrettyOutputFormat {
        public CompactMonoBlock() { super("PrettyCompactMonoBlock", PrettyStyle.COMPACT, true); }
    }
    public static final class CompactNoEscapesMonoBlock extends PrettyOutputFormat {
        public CompactNoEscapesMonoBlock() { super("PrettyCompactNoEscapesMonoBlock", PrettyStyle.COMPACT, true); }
    }
    public static final class Space extends PrettyOutputFormat {
        public Space() { super("PrettySpace", PrettyStyle.SPACE, false); }
    }
    public static final class SpaceNoEscapes extends PrettyOutputFormat {
        public SpaceNoEscapes() { super("PrettySpaceNoEscapes", PrettyStyle.SPACE, false); }
    }
    public static final class SpaceMonoBlock extends PrettyOutputFormat {
        public SpaceMonoBlock() { super("PrettySpaceMonoBlock", PrettyStyle.SPACE, true); }
    }
    public static final class SpaceNoEscapesMonoBlock extends PrettyOutputFormat {
        public SpaceNoEscapesMonoBlock() { super("PrettySpaceNoEscapesMonoBlock", PrettyStyle.SPACE, true); }
    }

    @Override public String name() { return name; }
    @Override public String contentType() { return "text/plain; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        long maxRows = querySettings.getLong("output_format_pretty_max_rows");
        return new Writer(out, header, settings, style, monoBlock, maxRows);
    }

    private static final class Writer implements OutputWriter {
        private final WriteBuffer out;
        private final Header header;
        private final FormatSettings settings;
        private final PrettyStyle style;
        private final long maxRows;
        private final ColumnBuilder[] mono; // MonoBlock: the shown rows gathered until finish
        private long totalRows;
        private boolean suffixWritten;

        Writer(OutputStream stream, Header header, FormatSettings settings, PrettyStyle style, boolean monoBlock, long maxRows) {
            this.out = new WriteBuffer(stream, RowOutputWriter.FLUSH_THRESHOLD);
            this.header = header;
            this.settings = settings;
            this.style = style;
            this.maxRows = maxRows;
            if (monoBlock) {
                mono = new ColumnBuilder[header.size()];
                for (int i = 0; i < mono.length; i++) mono[i] = header.type(i).createBuilder(1024);
            } else {
                mono = null;
            }
        }

        @Override
        public void writeChunk(Chunk chunk) {
            int rows = chunk.rowCount();
            if (rows == 0) return;
            long shown = Math.max(0, Math.min(rows, maxRows - totalRows));
            totalRows += rows;
            if (shown == 0) return;
            if (mono != null) {
                for (int i = 0; i < mono.length; i++) {
                    Column c = chunk.column(i);
                    for (int r = 0; r < shown; r++) mono[i].append(c, r);
                }
                return;
            }
            style.writeTable(out, new PrettyCells(header, chunk, (int) shown, settings));
            if (out.shouldFlush()) out.drain();
        }

        private void writeMonoBlock() {
            if (mono == null || mono.length == 0 || mono[0].size() == 0) return;
            Column[] columns = new Column[mono.length];
            for (int i = 0; i < mono.length; i++) columns[i] = mono[i].build();
            Chunk chunk = new Chunk(columns, columns[0].size());
            style.writeTable(out, new PrettyCells(header, chunk, chunk.rowCount(), settings));
            for (int i = 0; i < mono.length; i++) mono[i] = header.type(i).createBuilder(1);
        }

        private void writeSuffix() {
            if (suffixWritten) return;
            suffixWritten = true;
            writeMonoBlock();
            if (totalRows >= maxRows && totalRows > 0) {
                out.write(style.showedFirstPrefix()).writeLong(maxRows).write(".\n");
            }
        }

        @Override
        public void writeTotals(Chunk totals) {
            if (totals.rowCount() == 0) return;
            writeSuffix();
            out.write("\nTotals:\n");
            style.writeTable(out, new PrettyCells(header, totals, totals.rowCount(), settings));
        }

        @Override
        public void finish(OutputStatistics stats) {
            writeSuffix();
            out.flush();
        }

        @Override
        public void flush() {
            out.flush();
        }
    }
}
