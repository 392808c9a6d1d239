package io.strata.formats.text;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Parallel parsing of a text format whose rows end at every newline that no backslash escapes
 * ({@link InputFormat#rowsEndAtUnescapedNewlines}: TabSeparated; ClickHouse's {@code input_format_parallel_parsing}): the calling thread cuts the
 * input into pieces of about {@link #PIECE_BYTES} that end after such a newline, other threads
 * parse the pieces with the format's ordinary reader, and the chunks come back in input order. A
 * single reader's parsing held an insert to one core while the part writer's work left the other
 * half idle.
 *
 * <p>A piece that fails to parse is parsed again on the calling thread once all pieces before it
 * are done, with the row count before it, so the error names the same row as a single reader's.
 * Only inputs without tolerated errors take this path (input_format_allow_errors_* count rows
 * across the whole input).
 */
public final class ParallelLinesInput implements InputReader {
    /** Bytes a piece holds at least (a whole row more): big enough to amortise a task, small enough to start at once. */
    static final int PIECE_BYTES = 4 << 20;

    private final InputStream in;
    private final InputFormat format;
    private final Header header;
    private final FormatSettings settings;
    private final Settings querySettings;
    private final int maxRows;
    private final int inFlight;
    private final ArrayDeque<Future<Piece>> pending = new ArrayDeque<>();
    private final ArrayDeque<Chunk> ready = new ArrayDeque<>();
    /** Bytes read from the input after the last piece's final newline. */
    private byte[] carry = new byte[0];
    private boolean inputDone;
    private long rowsBefore;
    private boolean closed;

    /** Whether {@code format} over these settings may be parsed in pieces. */
    public static boolean applies(InputFormat format, Settings querySettings) {
        return format.rowsEndAtUnescapedNewlines()
                && querySettings.getBool("input_format_parallel_parsing")
                && querySettings.getLong("input_format_allow_errors_num") == 0
                && querySettings.getDouble("input_format_allow_errors_ratio") == 0
                && querySettings.maxThreads() > 1;
    }

    public ParallelLinesInput(InputStream in, InputFormat format, Header header, FormatSettings settings, Settings querySettings,
                              int maxRows) {
        this.in = in;
        this.format = format;
        this.header = header;
        this.settings = settings;
        this.querySettings = querySettings;
        this.maxRows = maxRows;
        this.inFlight = Math.min(querySettings.maxThreads(), POOL.getMaximumPoolSize()) + 1;
    }

    /**
     * Parsing threads shared by all inserts, one a core, platform threads (a piece is a long
     * stretch of CPU work that would hold a virtual thread's carrier); idle ones end.
     */
    private static final ThreadPoolExecutor POOL = pool();

    private static ThreadPoolExecutor pool() {
        int cores = Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor p = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name("strata-parse-", 0).factory());
        p.allowCoreThreadTimeOut(true);
        return p;
    }

    /** A parsed piece: its chunks, or the bytes to parse again for the error. */
    private record Piece(List<Chunk> chunks, long rows, byte[] failed) {
    }

    @Override
    public Chunk read(int atMost) {
        try {
            while (ready.isEmpty()) {
                fill();
                if (pending.isEmpty()) {
                    close();
                    return null;
                }
                Piece p = take(pending.removeFirst());
                if (p.failed != null) {
                    close();
                    throw reparse(p.failed);
                }
                rowsBefore += p.rows;
                ready.addAll(p.chunks);
            }
            fill();
            Chunk c = ready.removeFirst();
            if (atMost > 0 && c.rowCount() > atMost) {
                // pieces were read in chunks of maxRows; a caller asking for fewer gets them in turn
                ready.addFirst(c.slice(atMost, c.rowCount() - atMost));
                c = c.slice(0, atMost);
            }
            return c;
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /** Submits pieces until enough are in flight or the input is over. */
    private void fill() {
        while (!inputDone && pending.size() < inFlight) {
            byte[] piece = nextPiece();
            if (piece == null) break;
            if (inputDone && pending.isEmpty()) {
                // the whole (rest of the) input is one piece: no other thread to wait for
                pending.addLast(CompletableFuture.completedFuture(parse(piece)));
                break;
            }
            pending.addLast(POOL.submit(() -> parse(piece)));
        }
    }

    private Piece parse(byte[] bytes) {
        InputReader r = format.create(new ByteArrayInputStream(bytes), header, settings, querySettings);
        List<Chunk> chunks = new ArrayList<>();
        long rows = 0;
        try {
            Chunk c;
            while ((c = r.read(maxRows)) != null) {
                chunks.add(c);
                rows += c.rowCount();
            }
        } catch (DbException e) {
            return new Piece(null, 0, bytes);
        }
        return new Piece(chunks, rows, null);
    }

    /** The failed piece parsed again with the rows before it counted: the single reader's error. */
    private RuntimeException reparse(byte[] bytes) {
        InputReader r = format.create(new ByteArrayInputStream(bytes), header, settings, querySettings);
        if (r instanceof RowInputReader rows) rows.continueAfterRows(rowsBefore);
        try {
            while (r.read(maxRows) != null) {
                // the error comes on the same row as before
            }
        } catch (DbException e) {
            return e;
        }
        return new DbException(ErrorCode.LOGICAL_ERROR, "A piece of the input failed to parse once and not the second time");
    }

    private static Piece take(Future<Piece> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    /**
     * The next piece: at least {@link #PIECE_BYTES} of input (less at its end) up to and including
     * the last newline no backslash escapes; null once the input is over.
     */
    private byte[] nextPiece() {
        byte[] buf = Arrays.copyOf(carry, Math.max(carry.length + PIECE_BYTES, PIECE_BYTES + (PIECE_BYTES >> 2)));
        int len = carry.length;
        try {
            while (true) {
                while (len < buf.length) {
                    int n = in.read(buf, len, buf.length - len);
                    if (n < 0) {
                        inputDone = true;
                        break;
                    }
                    len += n;
                }
                if (inputDone) {
                    carry = new byte[0];
                    return len == 0 ? null : Arrays.copyOf(buf, len);
                }
                int end = rowEnd(buf, carry.length > 0 ? Math.max(0, len - PIECE_BYTES) : 0, len);
                if (end > 0) {
                    carry = Arrays.copyOfRange(buf, end, len);
                    return end == len ? buf : Arrays.copyOf(buf, end);
                }
                // one row longer than the buffer: read on
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Just past the last newline in {@code b[from, len)} that an even run of backslashes precedes; 0 if none. */
    static int rowEnd(byte[] b, int from, int len) {
        for (int i = len - 1; i >= from; i--) {
            if (b[i] != '\n') continue;
            int slashes = 0;
            for (int j = i - 1; j >= 0 && b[j] == '\\'; j--) slashes++;
            if ((slashes & 1) == 0) return i + 1;
        }
        return 0;
    }

    private void close() {
        if (closed) return;
        closed = true;
        for (Future<Piece> f : pending) f.cancel(true);
        pending.clear();
    }
}
