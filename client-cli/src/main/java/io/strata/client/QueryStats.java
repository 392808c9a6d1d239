package io.strata.client;

/**
 * What a statement has done so far, summed over the server's Progress packets: rows and bytes
 * read, the rows it expects to read in all (0 when unknown), rows and bytes written, and the
 * server's own elapsed time (0 when the server does not report it, before revision 54460).
 */
public record QueryStats(long readRows, long readBytes, long totalRowsToRead, long writtenRows, long writtenBytes,
                         long serverElapsedNanos) {
    public static final QueryStats NONE = new QueryStats(0, 0, 0, 0, 0, 0);

    /** These statistics plus one Progress packet's increments. */
    public QueryStats plus(long readRows, long readBytes, long totalRowsToRead, long writtenRows, long writtenBytes, long elapsedNanos) {
        return new QueryStats(this.readRows + readRows, this.readBytes + readBytes, this.totalRowsToRead + totalRowsToRead,
                this.writtenRows + writtenRows, this.writtenBytes + writtenBytes, this.serverElapsedNanos + elapsedNanos);
    }

    /** Rows read and written: clickhouse-client's "processed rows". */
    public long processedRows() {
        return readRows + writtenRows;
    }

    public long processedBytes() {
        return readBytes + writtenBytes;
    }

    /**
     * clickhouse-client's final progress text: {@code Processed 1.00 million rows, 8.00 MB
     * (83.33 million rows/s., 666.67 MB/s.)}, empty below a thousand rows read, as there.
     *
     * @param elapsedNanos the time the rates are per: the server's when it reported it
     */
    public String processedText(long elapsedNanos) {
        if (readRows < 1000) return "";
        StringBuilder sb = new StringBuilder("Processed ").append(ReadableNumbers.quantity(processedRows())).append(" rows, ")
                .append(ReadableNumbers.size(processedBytes()));
        if (elapsedNanos > 0) {
            sb.append(" (").append(ReadableNumbers.quantity(processedRows() * 1e9 / elapsedNanos)).append(" rows/s., ")
                    .append(ReadableNumbers.size(processedBytes() * 1e9 / elapsedNanos)).append("/s.)");
        } else {
            sb.append(". ");
        }
        return sb.toString();
    }
}
