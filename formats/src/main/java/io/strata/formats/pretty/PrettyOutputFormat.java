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
 * The Pretty family: Pretty, PrettyCompact and PrettySpace, each also as NoEscapes (never ANSI
 * colours), MonoBlock (all rows in one table instead of one table per block) and both. As in
 * ClickHouse 24.x:
 * <ul>
 * <li>at most output_format_pretty_max_rows rows are shown, then "Showed first N." (also when the
 * result has exactly N rows); empty results print nothing;</li>
 * <li>colours (bold names) only with output_format_pretty_color = 1, or auto on a terminal, so
 * never over HTTP;</li>
 * <li>values are printed as their plain text, newlines included (ClickHouse lays out multi-line
 * values as ↴/↳ continuation lines only since 25.1); tabs, wide and zero-width characters are
 * measured as a terminal shows them;</li>
 * <li>the rows are finished (the MonoBlock table and the note) before "Totals:" and "Extremes:"
 * tables follow, each with its own header.</li>
 * </ul>
 * Row numbers (ClickHouse's default since 24.3) are off unless output_format_pretty_row_numbers = 1.
 */
public class PrettyOutputFormat implements OutputFormat {
    private final String name;
    private final PrettyStyle style;
    private final boolean noEscapes;
    private final boolean monoBlock;

    protected PrettyOutputFormat(String name, PrettyStyle style, boolean noEscapes, boolean monoBlock) {
        this.name = name;
        this.style = style;
        this.noEscapes = noEscapes;
        this.monoBlock = monoBlock;
    }

    public PrettyOutputFormat() { this("Pretty", PrettyStyle.GRID, false, false); }

    public static final class NoEscapes extends PrettyOutputFormat {
        public NoEscapes() { super("PrettyNoEscapes", PrettyStyle.GRID, true, false); }
    }
    public static final class MonoBlock extends PrettyOutputFormat {
        public MonoBlock() { super("PrettyMonoBlock", PrettyStyle.GRID, false, true); }
    }
    public static final class NoEscapesMonoBlock extends PrettyOutputFormat {
        public NoEscapesMonoBlock() { super("PrettyNoEscapesMonoBlock", PrettyStyle.GRID, true, true); }
    }
    public static final class Compact extends PrettyOutputFormat {
        public Compact() { super("PrettyCompact", PrettyStyle.COMPACT, false, false); }
    }
    public static final class CompactNoEscapes extends PrettyOutputFormat {
        public CompactNoEscapes() { super("PrettyCompactNoEscapes", PrettyStyle.COMPACT, true, false); }
    }
    public static final class CompactMonoBlock extends PrettyOutputFormat {
        public CompactMonoBlock() { super("PrettyCompactMonoBlock", PrettyStyle.COMPACT, false, true); }
    }
    public static final class CompactNoEscapesMonoBlock extends PrettyOutputFormat {
        public CompactNoEscapesMonoBlock() { super("PrettyCompactNoEscapesMonoBlock", PrettyStyle.COMPACT, true, true); }
    }
    public static final class Space extends PrettyOutputFormat {
        public Space() { super("PrettySpace", PrettyStyle.SPACE, false, false); }
    }
    public static final class SpaceNoEscapes extends PrettyOutputFormat {
        public SpaceNoEscapes() { super("PrettySpaceNoEscapes", PrettyStyle.SPACE, true, false); }
    }
    public static final class SpaceMonoBlock extends PrettyOutputFormat {
        public SpaceMonoBlock() { super("PrettySpaceMonoBlock", PrettyStyle.SPACE, false, true); }
    }
    public static final class SpaceNoEscapesMonoBlock extends PrettyOutputFormat {
        public SpaceNoEscapesMonoBlock() { super("PrettySpaceNoEscapesMonoBlock", PrettyStyle.SPACE, true, true); }
    }

    @Override public String name() { return name; }
    @Override public String contentType() { return "text/plain; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings, style, monoBlock, PrettySettings.of(querySettings, out, noEscapes));
    }

    private static final class Writer implements OutputWriter {
        private final WriteBuffer out;
        private final Header header;
        private final FormatSettings settings;
        private final PrettyStyle style;
        private final PrettySettings pretty;
        private final ColumnBuilder[] mono; // MonoBlock: the first max_rows rows, gathered until the suffix
        private long monoRows;              // MonoBlock: all rows seen
        private long totalRows;             // rows of the tables drawn so far (ClickHouse's total_rows)
        private boolean suffixWritten;

        Writer(OutputStream stream, Header header, FormatSettings settings, PrettyStyle style, boolean monoBlock,
               PrettySettings pretty) {
            this.out = new WriteBuffer(stream, RowOutputWriter.FLUSH_THRESHOLD);
            this.header = header;
            this.settings = settings;
            this.style = style;
            this.pretty = pretty;
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
            if (totalRows >= pretty.maxRows()) {
                totalRows += rows;
                return;
            }
            if (mono != null) {
                // Only the first max_rows rows are ever measured or shown, so only they are kept.
                long keep = Math.max(0, Math.min(rows, pretty.maxRows() - monoRows));
                for (int i = 0; i < mono.length; i++) {
                    Column c = chunk.column(i);
                    for (int r = 0; r < keep; r++) mono[i].append(c, r);
                }
                monoRows += rows;
                return;
            }
            draw(chunk);
            if (out.shouldFlush()) out.drain();
        }

        /** One table of a block, as ClickHouse's writeChunk: rows up to the max_rows total, then the count moves on. */
        private void draw(Chunk chunk) {
            PrettyTable table = new PrettyTable(header, chunk, pretty, settings, style.prefix);
            // a single value (one row, one column, first block) is never cut, unless the setting says so
            boolean single = chunk.rowCount() == 1 && header.size() == 1 && totalRows == 0;
            int cutToWidth = single && !pretty.cutSingleValue() ? 0 : (int) Math.min(Integer.MAX_VALUE, pretty.maxValueWidth());
            int shown = (int) Math.max(0, Math.min(chunk.rowCount(), pretty.maxRows() - totalRows));
            style.draw(out, table, shown, totalRows + 1, cutToWidth, pretty);
            totalRows += chunk.rowCount();
        }

        private void writeSuffix() {
            if (suffixWritten) return;
            suffixWritten = true;
            if (mono != null && mono.length > 0 && mono[0].size() > 0) {
                Column[] columns = new Column[mono.length];
                for (int i = 0; i < mono.length; i++) columns[i] = mono[i].build();
                draw(new Chunk(columns, columns[0].size()));
                totalRows = monoRows;
            }
            if (totalRows >= pretty.maxRows() && totalRows > 0) {
                out.write(style.showedFirst).writeLong(pretty.maxRows()).write(".\n");
            }
        }

        @Override
        public void writeTotals(Chunk totals) {
            writeSpecial("\nTotals:\n", totals);
        }

        @Override
        public void writeExtremes(Chunk extremes) {
            writeSpecial("\nExtremes:\n", extremes);
        }

        private void writeSpecial(String title, Chunk chunk) {
            writeSuffix();
            if (chunk.rowCount() == 0) return;
            totalRows = 0;
            out.write(title);
            draw(chunk);
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
