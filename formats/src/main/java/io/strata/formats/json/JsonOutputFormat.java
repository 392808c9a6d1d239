package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.core.type.text.FloatTextSerialization;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import io.strata.formats.text.TextEscaping;
import java.io.OutputStream;

/**
 * JSON, JSONCompact, JSONStrings and JSONCompactStrings: one tab-indented document with "meta",
 * "data" (objects, or arrays in the Compact variants), optional "totals" and "extremes" ("min",
 * "max"), "rows", "rows_before_limit_at_least" (only when a LIMIT was applied) and "statistics"
 * (unless output_format_write_statistics = 0), byte for byte as ClickHouse lays it out. Compact
 * totals and extremes separate values with ", " as ClickHouse since 20.x does (18.16 used ",").
 */
public class JsonOutputFormat implements OutputFormat {
    private final String name;
    private final boolean compact;
    private final boolean strings;

    public JsonOutputFormat() {
        this("JSON", false, false);
    }

    protected JsonOutputFormat(String name, boolean compact, boolean strings) {
        this.name = name;
        this.compact = compact;
        this.strings = strings;
    }

    public static final class Compact extends JsonOutputFormat {
        public Compact() { super("JSONCompact", true, false); }
    }

    public static final class Strings extends JsonOutputFormat {
        public Strings() { super("JSONStrings", false, true); }
    }

    public static final class CompactStrings extends JsonOutputFormat {
        public CompactStrings() { super("JSONCompactStrings", true, true); }
    }

    @Override public String name() { return name; }
    @Override public String contentType() { return "application/json; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings, compact, strings, querySettings.getBool("output_format_write_statistics"));
    }

    private static final class Writer extends RowOutputWriter {
        private final boolean compact;
        private final boolean writeStatistics;
        private final JsonValueWriter values;
        private final byte[][] names;

        Writer(OutputStream stream, Header header, FormatSettings settings, boolean compact, boolean strings, boolean writeStatistics) {
            super(stream, header, settings);
            this.compact = compact;
            this.writeStatistics = writeStatistics;
            this.values = new JsonValueWriter(strings, settings);
            this.names = new byte[header.size()][];
            for (int i = 0; i < names.length; i++) names[i] = JsonValueWriter.quoted(header.name(i));
        }

        @Override
        protected void writePrefix() {
            out.write("{\n\t\"meta\":\n\t[\n");
            for (int i = 0; i < names.length; i++) {
                out.write("\t\t{\n\t\t\t\"name\": ").write(names[i]).write(",\n\t\t\t\"type\": ");
                TextEscaping.writeJson(out, header.type(i).name());
                out.write("\n\t\t}");
                if (i + 1 < names.length) out.write(",\n");
            }
            out.write("\n\t],\n\n\t\"data\":\n\t[\n");
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            if (compact) {
                out.write("\t\t[");
                writeCompactValues(columns, row);
                out.write(']');
            } else {
                out.write("\t\t{\n");
                writeObjectFields(columns, row, "\t\t\t");
                out.write("\n\t\t}");
            }
        }

        private void writeCompactValues(CellColumn[] columns, int row) {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) out.write(", ");
                values.write(out, columns[i], row);
            }
        }

        private void writeObjectFields(CellColumn[] columns, int row, String indent) {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) out.write(",\n");
                out.write(indent).write(names[i]).write(": ");
                values.write(out, columns[i], row);
            }
        }

        @Override
        protected void writeRowBetween() {
            out.write(",\n");
        }

        @Override
        protected void writeSuffix() {
            out.write("\n\t]");
        }

        @Override protected boolean supportsTotals() { return true; }

        @Override
        protected void writeTotalsRow(CellColumn[] columns, int row) {
            if (compact) {
                out.write(",\n\n\t\"totals\": [");
                writeCompactValues(columns, row);
                out.write(']');
            } else {
                out.write(",\n\n\t\"totals\":\n\t{\n");
                writeObjectFields(columns, row, "\t\t");
                out.write("\n\t}");
            }
        }

        @Override
        protected void writeBeforeExtremes() {
            out.write(",\n\n\t\"extremes\":\n\t{\n");
        }

        @Override
        protected void writeMinExtreme(CellColumn[] columns, int row) {
            writeExtreme("min", columns, row);
        }

        @Override
        protected void writeMaxExtreme(CellColumn[] columns, int row) {
            writeExtreme("max", columns, row);
        }

        private void writeExtreme(String title, CellColumn[] columns, int row) {
            if (compact) {
                out.write("\t\t\"").write(title).write("\": [");
                writeCompactValues(columns, row);
                out.write(']');
            } else {
                out.write("\t\t\"").write(title).write("\":\n\t\t{\n");
                writeObjectFields(columns, row, "\t\t\t");
                out.write("\n\t\t}");
            }
        }

        @Override
        protected void writeAfterExtremes() {
            out.write("\n\t}");
        }

        @Override
        protected void writeLastSuffix(OutputStatistics stats) {
            out.write(",\n\n\t\"rows\": ").writeLong(rowsWritten);
            if (stats.rowsBeforeLimit() >= 0) {
                out.write(",\n\n\t\"rows_before_limit_at_least\": ").writeLong(stats.rowsBeforeLimit());
            }
            if (writeStatistics) {
                out.write(",\n\n\t\"statistics\":\n\t{\n\t\t\"elapsed\": ");
                FloatTextSerialization.writeFloat(out, stats.elapsedSeconds(), false);
                out.write(",\n\t\t\"rows_read\": ").writeLong(stats.readRows())
                        .write(",\n\t\t\"bytes_read\": ").writeLong(stats.readBytes())
                        .write("\n\t}");
            }
            out.write("\n}\n");
        }
    }
}
