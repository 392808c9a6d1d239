package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DateTimeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * DateTime ({@code YYYY-MM-DD hh:mm:ss}) and DateTime64(p) (with {@code .fff} of p digits), shown
 * in the type's zone or, when it has none, FormatSettings.timeZone. Quoted in the quoted, CSV and
 * JSON forms.
 *
 * <p>Writing avoids java.time objects for fixed-offset zones (UTC included); region zones ask
 * {@link ZoneRules} for the offset of each instant. Parsing (date_time_input_format=basic) takes
 * {@code YYYY-MM-DD[( |T)hh:mm:ss[.fff]]} or a unix timestamp; with best_effort also a trailing
 * {@code Z} or {@code ±hh[:mm]} offset. DateTime saturates to [1970-01-01 00:00:00,
 * 2106-02-07 06:28:15] UTC as ClickHouse does; DateTime64 outside 1900..2299 is
 * CANNOT_PARSE_DATETIME.
 */
public final class DateTimeTextSerialization extends ScalarTextSerialization {
    private static final long[] POW10 = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};
    private static final long DT64_MIN_SECONDS = DateTextSerialization.DATE32_MIN * 86400;
    private static final long DT64_MAX_SECONDS = (DateTextSerialization.DATE32_MAX + 1) * 86400 - 1;

    private final DateTimeType dtType;
    private final int scale; // 0 for DateTime
    private final ZoneId fixedZone; // the type's own zone, or null
    private volatile ZoneInfo lastZone;

    /** A zone with its rules resolved once; {@code fixedOffset} is set when the zone never changes offset. */
    private record ZoneInfo(ZoneId zone, ZoneRules rules, Integer fixedOffset) {
        static ZoneInfo of(ZoneId zone) {
            ZoneRules rules = zone.getRules();
            return new ZoneInfo(zone, rules, rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : null);
        }

        long offsetAt(long epochSecond) {
            return fixedOffset != null ? fixedOffset : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        }
    }

    public DateTimeTextSerialization(DateTimeType type) {
        super(type, true);
        this.dtType = type;
        this.scale = Math.max(0, type.scale());
        this.fixedZone = type.timeZone() == null ? null : type.zoneOr(null);
        if (fixedZone != null) lastZone = ZoneInfo.of(fixedZone);
    }

    private ZoneInfo zone(FormatSettings s) {
        ZoneId z = fixedZone != null ? fixedZone : s.timeZone();
        ZoneInfo info = lastZone;
        if (info == null || !info.zone.equals(z)) lastZone = info = ZoneInfo.of(z);
        return info;
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        long v = ((LongColumn) c).get(row);
        ZoneInfo z = zone(s);
        if (scale == 0) {
            CivilDates.writeDateTime(out, v + z.offsetAt(v));
            return;
        }
        long p = POW10[scale];
        long seconds = Math.floorDiv(v, p);
        long frac = Math.floorMod(v, p);
        CivilDates.writeDateTime(out, seconds + z.offsetAt(seconds));
        out.write('.');
        out.writeZeroPadded(frac, scale);
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        ((LongColumnBuilder) b).append(parseValue(f, s));
    }

    private long parseValue(TextInput.Field f, FormatSettings s) {
        DateTextSerialization.DateParser p = new DateTextSerialization.DateParser(f, type.name(), ErrorCode.CANNOT_PARSE_DATETIME);
        p.skipSpaces();
        if (p.allDigits() && (p.end - p.pos != 8 || !s.dateTimeBestEffort())) {
            return unixTimestamp(p, 0);
        }
        if (isTimestampWithFraction(p)) {
            return unixTimestamp(p, 0);
        }
        long days = p.date();
        int hh = 0, mm = 0, ss = 0;
        long fracTicks = 0;
        Integer offset = null;
        if (!p.atEnd() && (p.peek() == ' ' || p.peek() == 'T') && p.isDigit(p.pos + 1)) {
            p.pos++;
            hh = p.digits12();
            if (p.peek() != ':') throw p.error();
            p.pos++;
            mm = p.digits(2);
            if (p.peek() == ':') {
                p.pos++;
                ss = p.digits(2);
            } else if (!s.dateTimeBestEffort()) {
                throw p.error();
            }
            if (p.peek() == '.' || p.peek() == ',' && s.dateTimeBestEffort()) {
                p.pos++;
                int n = 0;
                while (p.isDigit(p.pos)) {
                    if (n < scale) {
                        fracTicks = fracTicks * 10 + (f.array[p.pos] - '0');
                        n++;
                    }
                    p.pos++;
                }
                fracTicks *= POW10[scale - n];
            }
            if (hh > 23 || mm > 59 || ss > 59) throw p.error();
        }
        if (s.dateTimeBestEffort()) {
            p.skipSpaces();
            int c = p.peek();
            if (c == 'Z' || c == 'z') {
                p.pos++;
                offset = 0;
            } else if (c == '+' || c == '-') {
                p.pos++;
                int oh = p.digits(2), om = 0;
                if (p.peek() == ':') p.pos++;
                if (p.isDigit(p.pos)) om = p.digits(2);
                offset = (c == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            }
        }
        p.skipSpaces();
        if (!p.atEnd()) throw p.error();
        long local = days * 86400 + hh * 3600L + mm * 60L + ss;
        long epoch;
        if (offset != null) {
            epoch = local - offset;
        } else {
            ZoneInfo z = zone(s);
            if (z.fixedOffset != null) {
                epoch = local - z.fixedOffset;
            } else {
                LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
                epoch = ZonedDateTime.ofLocal(ldt, z.zone, null).toEpochSecond();
            }
        }
        return toValue(epoch, fracTicks, p);
    }

    private boolean isTimestampWithFraction(DateTextSerialization.DateParser p) {
        int i = p.pos;
        while (p.isDigit(i)) i++;
        if (i == p.pos || i >= p.end || p.f.array[i] != '.' || i - p.pos == 4) return false;
        i++;
        while (p.isDigit(i)) i++;
        return i == p.end;
    }

    private long unixTimestamp(DateTextSerialization.DateParser p, int unused) {
        long seconds = 0;
        while (p.isDigit(p.pos)) {
            seconds = seconds * 10 + (p.f.array[p.pos++] - '0');
            if (seconds > 1L << 40) throw p.error();
        }
        long frac = 0;
        if (p.peek() == '.') {
            p.pos++;
            int n = 0;
            while (p.isDigit(p.pos)) {
                if (n < scale) {
                    frac = frac * 10 + (p.f.array[p.pos] - '0');
                    n++;
                }
                p.pos++;
            }
            frac *= POW10[scale - n];
        }
        p.skipSpaces();
        if (!p.atEnd()) throw p.error();
        return toValue(seconds, frac, p);
    }

    private long toValue(long epochSeconds, long fracTicks, DateTextSerialization.DateParser p) {
        if (!dtType.is64()) {
            return Math.max(0, Math.min(0xFFFF_FFFFL, epochSeconds));
        }
        if (epochSeconds < DT64_MIN_SECONDS - 86400 || epochSeconds > DT64_MAX_SECONDS + 86400) {
            throw new DbException(ErrorCode.CANNOT_PARSE_DATETIME, "Cannot parse datetime: value '" + p.f
                    + "' is out of the range of " + type.name() + " (1900-01-01 00:00:00 to 2299-12-31 23:59:59)");
        }
        return epochSeconds * POW10[scale] + fracTicks;
    }
}
