package io.strata.formats.csv;

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
 * CSV, CSVWithNames and CSVWithNamesAndTypes: values separated by format_csv_delimiter, strings
 * and dates double-quoted by their type's CSV serialization, NULL as format_csv_null_representation
 * ({@code \N}), rows ended by {@code \n} ({@code \r\n} with output_format_csv_crlf_end_of_line).
 * Totals and extremes follow the rows, each section after an empty line.
 */
public class CsvOutputFormat implements OutputFormat {
    private final String name;
    private final boolean withNames;
    private final boolean withTypes;

    public CsvOutputFormat() {
        this("CSV", false, false);
    }

    protected CsvOutputFormat(String name, boolean withNames, boolean withTypes) {
        this.name = name;
        this.withNames = withNames;
        this.withTypes = withTypes;
    }

    public static final class WithNames extends CsvOutputFormat {
        public WithNames() { super("CSVWithNames", true, false); }
    }

    public static final class WithNamesAndTypes extends CsvOutputFormat {
        public WithNamesAndTypes() { super("CSVWithNamesAndTypes", true, true); }
    }

    @Override public String name() { return name; }

    @Override
    public String contentType() {
        return "text/csv; charset=UTF-8; header=" + (withNames ? "present" : "absent");
    }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings, withNames, withTypes, querySettings.getBool("output_format_csv_crlf_end_of_line"),
                querySettings.getString("format_csv_null_representation"));
    }

    private static final class Writer extends RowOutputWriter {
        private final boolean withNames;
        private final boolean withTypes;
        private final char delimiter;
        private final byte[] lineEnd;
        private final byte[] nullText;

        Writer(OutputStream stream, Header header, FormatSettings settings, boolean withNames, boolean withTypes, boolean crlf,
               String nullRepresentation) {
            super(stream, header, settings);
            this.withNames = withNames;
            this.withTypes = withTypes;
            this.delimiter = settings.csvDelimiter();
            this.lineEnd = crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
            this.nullText = nullRepresentation.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        protected void writePrefix() {
            if (withNames) writeLine(header.names());
            if (withTypes) writeLine(header.types().stream().map(Object::toString).toList());
        }

        private void writeLine(List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) out.write(delimiter);
                TextEscaping.writeCsv(out, values.get(i));
            }
            out.write(lineEnd);
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) out.write(delimiter);
                CellColumn c = columns[i];
                if (c.isNull(row)) out.write(nullText);
                else c.text.writeCsv(c.values, row, out, settings);
            }
            out.write(lineEnd);
        }

        @Override protected boolean supportsTotals() { return true; }
        @Override protected void writeBeforeTotals() { out.write('\n'); }
        @Override protected void writeBeforeExtremes() { out.write('\n'); }
    }
}
