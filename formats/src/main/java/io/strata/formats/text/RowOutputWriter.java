package io.strata.formats.text;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import java.io.OutputStream;

/**
 * The skeleton of row-oriented text formats, in the order ClickHouse's row formats write their
 * pieces: a prefix before the first row (written even when there are no rows), rows with a
 * separator between them, a suffix once the rows are done (written before any totals or extremes,
 * as ClickHouse finishes the main stream first), an optional totals section, an optional extremes
 * section (minimum row, separator, maximum row) and a last suffix (JSON's rows and statistics).
 * Subclasses fill in the pieces; this class owns buffering and streaming, draining the buffer to
 * the output stream at row boundaries once it holds {@link #FLUSH_THRESHOLD} bytes.
 */
public abstract class RowOutputWriter implements OutputWriter {
    public static final int FLUSH_THRESHOLD = 1 << 16;

    protected final WriteBuffer out;
    protected final Header header;
    protected final FormatSettings settings;
    private boolean prefixWritten;
    private boolean suffixWritten;
    /** Rows written so far (totals and extremes not counted). */
    protected long rowsWritten;
    /** Whether a totals section was written (Vertical spaces its extremes differently after one). */
    protected boolean totalsWritten;

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
        ensureSuffix();
        if (!supportsTotals() || totals.rowCount() == 0) return;
        writeBeforeTotals();
        writeTotalsRow(CellColumn.of(totals), 0);
        writeAfterTotals();
        totalsWritten = true;
    }

    @Override
    public final void writeExtremes(Chunk extremes) {
        ensurePrefix();
        ensureSuffix();
        if (!supportsExtremes() || extremes.rowCount() != 2) return;
        CellColumn[] columns = CellColumn.of(extremes);
        writeBeforeExtremes();
        writeMinExtreme(columns, 0);
        writeRowBetween();
        writeMaxExtreme(columns, 1);
        writeAfterExtremes();
    }

    @Override
    public final void finish(OutputStatistics stats) {
        ensurePrefix();
        ensureSuffix();
        writeLastSuffix(stats);
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

    private void ensureSuffix() {
        if (!suffixWritten) {
            suffixWritten = true;
            writeSuffix();
        }
    }

    /** Written once before the first row (names row, JSON meta...). */
    protected void writePrefix() {
    }

    /** One data row, with whatever starts and ends it. */
    protected abstract void writeRow(CellColumn[] columns, int row);

    /** Between two rows, also between the two extremes rows (Values: a comma; JSON: ",\n"). */
    protected void writeRowBetween() {
    }

    /** After the last row, before totals and extremes (JSON closes its data array). */
    protected void writeSuffix() {
    }

    /** Whether the format prints WITH TOTALS; those that do not skip the totals row. */
    protected boolean supportsTotals() {
        return false;
    }

    /** Whether the format prints extremes; by default the formats with totals do. */
    protected boolean supportsExtremes() {
        return supportsTotals();
    }

    protected void writeBeforeTotals() {
    }

    /** The totals row; by default written like a data row. */
    protected void writeTotalsRow(CellColumn[] columns, int row) {
        writeRow(columns, row);
    }

    protected void writeAfterTotals() {
    }

    protected void writeBeforeExtremes() {
    }

    protected void writeMinExtreme(CellColumn[] columns, int row) {
        writeRow(columns, row);
    }

    protected void writeMaxExtreme(CellColumn[] columns, int row) {
        writeRow(columns, row);
    }

    protected void writeAfterExtremes() {
    }

    /** The very end, after totals and extremes (JSON: rows, rows_before_limit_at_least, statistics). */
    protected void writeLastSuffix(OutputStatistics stats) {
    }
}
