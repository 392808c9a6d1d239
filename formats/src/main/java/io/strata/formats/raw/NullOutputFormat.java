package io.strata.formats.raw;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import java.io.OutputStream;

/** Null: the query runs to completion and nothing is written (for benchmarks). */
public final class NullOutputFormat implements OutputFormat {
    @Override public String name() { return "Null"; }
    @Override public String contentType() { return "text/plain; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new OutputWriter() {
            @Override public void writeChunk(Chunk chunk) { }
            @Override public void finish(OutputStatistics stats) { }
            @Override public void flush() { }
        };
    }
}
