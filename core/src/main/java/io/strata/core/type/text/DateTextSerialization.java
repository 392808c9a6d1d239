package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DateType;

/**
 * Date and Date32 as {@code YYYY-MM-DD} (quoted in the quoted, CSV and JSON forms). Parsing takes
 * {@code YYYY-MM-DD} (any single non-digit separator, one- or two-digit month and day) or
 * {@code YYYYMMDD}; a date outside the type's range saturates to its bounds, as ClickHouse does
 * (Date: 1970-01-01..2149-06-06, Date32: 1900-01-01..2299-12-31); an impossible month or day is
 * CANNOT_PARSE_DATE.
 */
public final class DateTextSerialization extends ScalarTextSerialization {
    static final long DATE32_MIN = CivilDates.daysFromCivil(1900, 1, 1);
    static final long DATE32_MAX = CivilDates.daysFromCivil(2299, 12, 31);
    private final long min;
    private final long max;

    public DateTextSerialization(DateType type) {
        super(type, true);
        this.min = type.isDate32() ? DATE32_MIN : 0;
        this.max = type.isDate32() ? DATE32_MAX : 65535;
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        CivilDates.writeDate(out, ((LongColumn) c).get(row));
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        DateParser p = new DateParser(f, type.name(), ErrorCode.CANNOT_PARSE_DATE);
        long days = p.date();
        p.skipSpaces();
        if (!p.atEnd()) throw p.error();
        ((LongColumnBuilder) b).append(Math.max(min, Math.min(max, days)));
    }

    /** A cursor over a date/time field shared by Date and DateTime parsing. */
    static final class DateParser {
        final TextInput.Field f;
        final String typeName;
        final ErrorCode code;
        int pos;
        final int end;

        DateParser(TextInput.Field f, String typeName, ErrorCode code) {
            this.f = f;
            this.typeName = typeName;
            this.code = code;
            this.pos = f.off;
            this.end = f.off + f.len;
        }

        boolean atEnd() { return pos >= end; }

        int peek() { return pos < end ? f.array[pos] : -1; }

        boolean isDigit(int at) { return at < end && f.array[at] >= '0' && f.array[at] <= '9'; }

        void skipSpaces() {
            while (pos < end && (f.array[pos] == ' ' || f.array[pos] == '\t')) pos++;
        }

        DbException error() {
            String what = code == ErrorCode.CANNOT_PARSE_DATE ? "date" : "datetime";
            return new DbException(code, "Cannot parse " + what + ": Cannot parse string '" + f + "' as " + typeName
                    + ": syntax error at position " + (pos - f.off));
        }

        /** Exactly {@code n} digits. */
        int digits(int n) {
            int v = 0;
            for (int i = 0; i < n; i++) {
                if (!isDigit(pos)) throw error();
                v = v * 10 + (f.array[pos++] - '0');
            }
            return v;
        }

        /** One or two digits. */
        int digits12() {
            if (!isDigit(pos)) throw error();
            int v = f.array[pos++] - '0';
            if (isDigit(pos)) v = v * 10 + (f.array[pos++] - '0');
            return v;
        }

        boolean allDigits() {
            if (pos >= end) return false;
            for (int i = pos; i < end; i++) if (!isDigit(i)) return false;
            return true;
        }

        /** YYYY-MM-DD or YYYYMMDD, as a day number. */
        long date() {
            int y = digits(4);
            int m, d;
            if (isDigit(pos)) {
                m = digits(2);
                d = digits(2);
            } else {
                if (atEnd()) throw error();
                pos++;
                m = digits12();
                if (atEnd() || isDigit(pos)) throw error();
                pos++;
                d = digits12();
            }
            if (m < 1 || m > 12 || d < 1 || d > CivilDates.daysInMonth(y, m)) {
                throw new DbException(code, "Cannot parse " + (code == ErrorCode.CANNOT_PARSE_DATE ? "date" : "datetime")
                        + ": Cannot parse string '" + f + "' as " + typeName + ": month or day out of range");
            }
            return CivilDates.daysFromCivil(y, m, d);
        }
    }
}
