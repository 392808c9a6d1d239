package io.strata.core.type;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/** Finds the text serialization of a type. (Placeholder: replaced by the full implementation.) */
public final class TextSerializations {
    private TextSerializations() {
    }

    static TextSerialization forType(DataType type) {
        return new Minimal(type);
    }

    private record Minimal(DataType type) implements TextSerialization {
        @Override
        public void writeText(Column c, int row, WriteBuffer out, FormatSettings s) {
            switch (c) {
                case LongColumn l -> {
                    if (type instanceof IntegerType it && !it.signed()) out.writeUnsignedLong(l.get(row));
                    else out.writeLong(l.get(row));
                }
                case DoubleColumn d -> out.write(Double.toString(d.get(row)));
                case StringColumn sc -> out.write(sc.bytes(), sc.start(row), sc.length(row));
                default -> out.write(String.valueOf(c.getObject(row)));
            }
        }

        @Override public void writeEscaped(Column c, int row, WriteBuffer out, FormatSettings s) { writeText(c, row, out, s); }
        @Override public void writeQuoted(Column c, int row, WriteBuffer out, FormatSettings s) { writeText(c, row, out, s); }
        @Override public void writeCsv(Column c, int row, WriteBuffer out, FormatSettings s) { writeText(c, row, out, s); }
        @Override public void writeJson(Column c, int row, WriteBuffer out, FormatSettings s) { writeText(c, row, out, s); }

        private DbException no() { return new DbException(ErrorCode.NOT_IMPLEMENTED, "Text parsing of " + type + " is not implemented"); }

        @Override public void readText(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw no(); }
        @Override public void readEscaped(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw no(); }
        @Override public void readQuoted(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw no(); }
        @Override public void readCsv(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw no(); }
        @Override public void readJson(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw no(); }
    }
}
