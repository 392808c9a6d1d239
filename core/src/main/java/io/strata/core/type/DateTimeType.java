package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumnBuilder;
import java.time.ZoneId;

/**
 * DateTime([tz]) — seconds since the epoch as UInt32 — and DateTime64(p[, tz]) — ticks of
 * 10^-p seconds as Int64. Without an explicit zone the value is shown in the server's time zone.
 */
public final class DateTimeType extends DataType {
    private final String timeZone; // null = server default
    private final int scale;       // -1 for DateTime
    private final String name;
    private final ZoneId zone;

    DateTimeType(String timeZone, int scale) {
        this.timeZone = timeZone;
        this.scale = scale;
        this.zone = timeZone == null ? null : ZoneId.of(timeZone);
        String tz = timeZone == null ? "" : "'" + timeZone + "'";
        this.name = scale < 0 ? (timeZone == null ? "DateTime" : "DateTime(" + tz + ")")
                : "DateTime64(" + scale + (timeZone == null ? "" : ", " + tz) + ")";
    }

    public static DateTimeType dateTime(String timeZone) {
        return timeZone == null ? DataTypes.DATETIME : new DateTimeType(timeZone, -1);
    }

    public static DateTimeType dateTime64(int scale, String timeZone) {
        return new DateTimeType(timeZone, scale);
    }

    /** The explicit time zone name, or null when the server default applies. */
    public String timeZone() { return timeZone; }

    /** The explicit zone, or {@code fallback} when none was given. */
    public ZoneId zoneOr(ZoneId fallback) { return zone == null ? fallback : zone; }

    public boolean is64() { return scale >= 0; }

    /** Digits after the second for DateTime64, -1 for DateTime. */
    public int scale() { return scale; }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return scale < 0 ? TypeId.DATETIME : TypeId.DATETIME64; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.LONG; }
    @Override public int fixedWidth() { return scale < 0 ? 4 : 8; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new LongColumnBuilder(this, expectedRows); }
}
