package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import java.io.OutputStream;

/**
 * JSONObjectEachRow: one JSON object whose members are the rows,
 * {@code {\n\t"row_1": {"x":1,"s":"a"},\n\t"row_2": {...}\n}}. The member names are
 * {@code row_N}, or the values of the String column named by
 * format_json_object_each_row_column_for_object_name (which is then left out of the row objects);
 * like ClickHouse, a name is written as it is, without JSON escaping.
 */
public final class JsonObjectEachRowOutputFormat implements OutputFormat {
    @Override public String name() { return "JSONObjectEachRow"; }
    @Override public String contentType() { return "application/json; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings, objectNameColumn(header, querySettings));
    }

    /** The column named by format_json_object_each_row_column_for_object_name, or -1. */
    static int objectNameColumn(Header header, Settings querySettings) {
        String name = querySettings.getString("format_json_object_each_row_column_for_object_name");
        if (name.isEmpty()) return -1;
        int index = header.indexOf(name);
        if (index < 0) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Column " + name + " from setting "
                    + "format_json_object_each_row_column_for_object_name doesn't exists in header");
        }
        if (!header.type(index).unwrap().isString()) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Column " + name + " from setting "
                    + "format_json_object_each_row_column_for_object_name must have String type, got " + header.type(index));
        }
        return index;
    }

    private static final class Writer extends RowOutputWriter {
        private final JsonValueWriter values;
        private final byte[][] names;
        private final int nameColumn;

        Writer(OutputStream stream, Header header, FormatSettings settings, int nameColumn) {
            super(stream, header, settings);
            this.values = new JsonValueWriter(false, settings);
            this.nameColumn = nameColumn;
            this.names = new byte[header.size()][];
            for (int i = 0; i < names.length; i++) names[i] = JsonValueWriter.quoted(header.name(i));
        }

        @Override
        protected void writePrefix() {
            out.write("{\n");
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            out.write("\t\"");
            if (nameColumn >= 0) {
                CellColumn c = columns[nameColumn];
                if (!c.isNull(row)) c.text.writeText(c.values, row, out, settings);
            } else {
                out.write("row_").writeLong(rowsWritten + 1);
            }
            out.write("\": {");
            boolean first = true;
            for (int i = 0; i < columns.length; i++) {
                if (i == nameColumn) continue;
                if (!first) out.write(',');
                first = false;
                out.write(names[i]).write(':');
                values.write(out, columns[i], row);
            }
            out.write('}');
        }

        @Override
        protected void writeRowBetween() {
            out.write(",\n");
        }

        @Override
        protected void writeSuffix() {
            out.write("\n}\n");
        }
    }
}
