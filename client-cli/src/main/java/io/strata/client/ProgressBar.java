package io.strata.client;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The live progress line of a running statement at the prompt, redrawn on every Progress packet,
 * as clickhouse-client's: a turning arrow, rows and bytes processed, their rates, the time
 * elapsed, and when the server knows how many rows it will read, a bar and a percentage:
 * <pre>↗ Progress: 1.20 million rows, 9.60 MB (1.20 million rows/s., 9.60 MB/s.) 1.0 s ███▌      12%</pre>
 * The line is cleared before any result is written and when the statement ends. Drawing happens
 * under the screen lock that result output and the Ctrl-C message share.
 */
final class ProgressBar implements ProgressListener {
    private static final String[] INDICATORS = {
            "\033[1;30m→\033[0m", "\033[1;31m↘\033[0m", "\033[1;32m↓\033[0m", "\033[1;33m↙\033[0m",
            "\033[1;34m←\033[0m", "\033[1;35m↖\033[0m", "\033[1;36m↑\033[0m", "\033[1m↗\033[0m"};
    private static final String CLEAR_TO_END_OF_LINE = "\033[K";
    private static final char FULL_BLOCK = '█';
    /** Partial blocks by eighths: ▏ is 1/8, ▉ is 7/8. */
    private static final String EIGHTHS = " ▏▎▍▌▋▊▉";
    /** The bar appears after this long, so that quick statements do not flicker. */
    private static final long BAR_DELAY_NANOS = 500_000_000L;

    private final PrintStream out;
    private final IntSupplier width;
    private final Object screen;
    private long startNanos;
    private boolean drawn;
    private int ticks;

    ProgressBar(PrintStream out, IntSupplier width, Object screen) {
        this.out = out;
        this.width = width;
        this.screen = screen;
    }

    /** A new statement starts: its elapsed time counts from now. */
    void start() {
        synchronized (screen) {
            startNanos = System.nanoTime();
            drawn = false;
            ticks = 0;
        }
    }

    @Override
    public void progress(QueryStats stats) {
        synchronized (screen) {
            long elapsed = stats.serverElapsedNanos() > 0 ? stats.serverElapsedNanos() : System.nanoTime() - startNanos;
            out.print("\r" + render(stats, elapsed, System.nanoTime() - startNanos, width.getAsInt(), ticks++) + CLEAR_TO_END_OF_LINE);
            out.flush();
            drawn = true;
        }
    }

    /** Removes the line, if drawn (before results are written, at the end of the statement). */
    void clear() {
        synchronized (screen) {
            if (!drawn) return;
            out.print("\r" + CLEAR_TO_END_OF_LINE);
            out.flush();
            drawn = false;
        }
    }

    /**
     * The progress line for a terminal {@code columns} wide; escape sequences (colours) take no
     * columns. The bar shows once {@code shownNanos} passed {@link #BAR_DELAY_NANOS}.
     */
    static String render(QueryStats stats, long elapsedNanos, long shownNanos, int columns, int tick) {
        long rows = stats.processedRows();
        long bytes = stats.processedBytes();
        StringBuilder text = new StringBuilder(" Progress: ").append(ReadableNumbers.quantity(rows)).append(" rows, ")
                .append(ReadableNumbers.size(bytes));
        if (elapsedNanos > 0) {
            text.append(" (").append(ReadableNumbers.quantity(rows * 1e9 / elapsedNanos)).append(" rows/s., ")
                    .append(ReadableNumbers.size(bytes * 1e9 / elapsedNanos)).append("/s.)");
        }
        text.append(String.format(Locale.ROOT, " %.1f s ", Math.max(elapsedNanos, shownNanos) / 1e9));
        int available = Math.max(columns, 20) - 1 - 1; // the indicator, and one column left free so the line never wraps
        String line = text.length() > available ? text.substring(0, available) : text.toString();
        StringBuilder sb = new StringBuilder(INDICATORS[Math.floorMod(tick, INDICATORS.length)]).append(line);
        if (stats.totalRowsToRead() > 0) {
            long current = stats.readRows();
            long max = Math.max(current, stats.totalRowsToRead());
            String percent = " " + (99 * current / max) + "%";
            int barWidth = available - line.length() - percent.length();
            if (barWidth > 1 && shownNanos >= BAR_DELAY_NANOS) {
                sb.append("\033[0;32m").append(bar((double) current / max, barWidth)).append("\033[0m");
            }
            if (available - line.length() >= percent.length()) sb.append(percent);
        }
        return sb.toString();
    }

    /** A bar {@code width} columns wide filled to {@code fraction}, in eighths of a column. */
    static String bar(double fraction, int width) {
        int eighths = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
        StringBuilder sb = new StringBuilder(width);
        for (int i = 0; i < eighths / 8; i++) sb.append(FULL_BLOCK);
        if (eighths % 8 != 0) sb.append(EIGHTHS.charAt(eighths % 8));
        while (sb.length() < width) sb.append(' ');
        return sb.toString();
    }
}
