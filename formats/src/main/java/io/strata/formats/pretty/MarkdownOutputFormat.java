package io.strata.formats.pretty;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import io.strata.formats.text.TextEscaping;
import java.io.OutputStream;
import java.util.List;

/**
 * Markdown table: {@code | x | s |}, an alignment row ({@code -:} for right-aligned numbers,
 * {@code :-} otherwise), then one line per row with TabSeparated-escaped values.
 */
public final class MarkdownOutputFormat implements OutputFormat {
    @Override public String name() { return "Markdown"; }
    @Override public List<String> aliases() { return List.of("MD"); }
    @Override public String contentType() { return "text/markdown; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings);
    }

    private static final class Writer extends RowOutputWriter {
        Writer(OutputStream stream, Header header, FormatSettings settings) {
            super(stream, header, settings);
        }

        @Override
        protected void writePrefix() {
            out.write("| ");
            for (int i = 0; i < header.size(); i++) {
                TextEscaping.writeEscaped(out, header.name(i));
                out.write(i + 1 == header.size() ? " |" : " | ");
            }
            out.write("\n|");
            for (int i = 0; i < header.size(); i++) {
                out.write(PrettyTable.alignsRight(header.type(i)) ? "-:|" : ":-|");
            }
            out.write('\n');
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            out.write("| ");
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) out.write(" | ");
                CellColumn c = columns[i];
                if (c.isNull(row)) out.write('\\').write('N');
                else c.text.writeEscaped(c.values, row, out, settings);
            }
            out.write(" |\n");
        }
    }
}
