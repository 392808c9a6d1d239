package io.strata.formats.binary;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.settings.Settings;
import io.strata.core.type.binary.NativeSerialization;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Native output: one block per chunk, as ClickHouse's NativeWriter writes it for client revision 0
 * (what the HTTP interface and clickhouse-local use): the column count and the row count as
 * VarUInt, then for each column its name and type name (VarUInt length + bytes) and its data in the
 * Native column layout ({@link NativeSerialization}). Revision 0 means no block info and no
 * per-column serialization-kind byte: those belong to the native TCP protocol. An empty result
 * writes nothing, as ClickHouse does.
 */
public final class NativeOutputFormat implements OutputFormat {

    @Override public String name() { return "Native"; }
    @Override public String contentType() { return "application/octet-stream"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header);
    }

    /** Writes one Native block of {@code chunk}'s rows [from, to) with {@code header}'s names and types. */
    public static void writeBlock(WriteBuffer out, Header header, Chunk chunk, int from, int to) {
        out.writeVarUInt(header.size());
        out.writeVarUInt(to - from);
        for (int i = 0; i < header.size(); i++) {
            writeString(out, header.name(i));
            writeString(out, header.type(i).name());
            if (to > from) NativeSerialization.write(header.type(i), chunk.column(i), from, to, out);
        }
    }

    private static void writeString(WriteBuffer out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeVarUInt(b.length);
        out.write(b);
    }

    private static final class Writer implements OutputWriter {
        private static final int FLUSH_THRESHOLD = 1 << 18;

        private final WriteBuffer out;
        private final Header header;

        Writer(OutputStream stream, Header header) {
            this.out = new WriteBuffer(stream, FLUSH_THRESHOLD);
            this.header = header;
        }

        @Override
        public void writeChunk(Chunk chunk) {
            if (chunk.rowCount() == 0) return;
            writeBlock(out, header, chunk, 0, chunk.rowCount());
            if (out.shouldFlush()) out.drain();
        }

        @Override
        public void finish(OutputStatistics stats) {
            out.flush();
        }

        @Override
        public void flush() {
            out.flush();
        }
    }
}
