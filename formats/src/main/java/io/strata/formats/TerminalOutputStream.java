package io.strata.formats;

import java.io.FilterOutputStream;
import java.io.OutputStream;

/**
 * Marks an output stream that goes to a terminal. ClickHouse's {@code auto} value of
 * output_format_pretty_color means "colour when writing to a terminal": a client that prints to an
 * interactive terminal wraps its stream in this class, and the Pretty and Vertical formats colour
 * their output only then. Everything else (HTTP responses, files, pipes) is not a terminal.
 */
public final class TerminalOutputStream extends FilterOutputStream {
    public TerminalOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
        out.write(b, off, len);
    }
}
