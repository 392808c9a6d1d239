package io.strata.formats.text;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import java.io.OutputStream;

/**
 * The skeleton of row-oriented text formats: a prefix before the first row (written even when there
 * are no rows), rows with a separator between them, an optional totals section and a suffix.
 * Subclasses fill in the pieces; this class owns buffering and streaming, draining the buffer to
 * the output stream at row boundaries once it holds {@link #FLUSH_THRESHOLD} bytes.
 */
public abstract class RowOutputWriter implements OutputWriter {
    public static final int FLUSH_THRESHOLD = 1 << 16;

    protected final WriteBuffer out;
    protected final Header header;
    protected final FormatSettings settings;
    private boolean prefixWritten;
    /** Rows written so far (totals not counted). */
    protected long rowsWritten;

    protected RowOutputWriter(OutputStream stream, Header header, FormatSettings settings) {
        this.out = new WriteBuffer(stream, FLUSH_THRESHOLD);
        this.header = header;
        this.settings = settings;
    }

    @Override
    public final void writeChunk(Chunk chunk) {
        ensurePrefix();
        int rows = chunk.rowCount();
        if (rows == 0) return;
        CellColumn[] columns = CellColumn.of(chunk);
        for (int row = 0; row < rows; row++) {
            if (rowsWritten > 0) writeRowBetween();
            writeRow(columns, row);
            rowsWritten++;
            if (out.shouldFlush()) out.drain();
        }
    }

    @Override
    public final void writeTotals(Chunk totals) {
        ensurePrefix();
        if (totals.rowCount() == 0) return;
        writeTotalsRow(CellColumn.of(totals), 0);
    }

    @Override
    public final void finish(OutputStatistics stats) {
        ensurePrefix();
        writeSuffix(stats);
        out.flush();
    }

    @Override
    public void flush() {
        out.flush();
    }

    private void ensurePrefix() {
        if (!prefixWritten) {
            prefixWritten = true;
            writePrefix();
        }
    }

    /** Written once before the first row (names row, JSON meta...). */
    protected void writePrefix() {
    }

    /** One data row. */
    protected abstract void writeRow(CellColumn[] columns, int row);

    /** Between two data rows (Values: a comma; JSON: ",\n"). */
    protected void writeRowBetween() {
    }

    /** The totals section; the default ignores totals (formats without one). */
    protected void writeTotalsRow(CellColumn[] columns, int row) {
    }

    /** After all rows and totals. */
    protected void writeSuffix(OutputStatistics stats) {
    }
}
