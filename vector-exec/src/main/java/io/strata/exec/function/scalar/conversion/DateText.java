package io.strata.exec.function.scalar.conversion;

import io.strata.core.io.WriteBuffer;
import io.strata.exec.function.scalar.datetime.CivilDates;

/** Writes Date and DateTime in their plain text form (YYYY-MM-DD, YYYY-MM-DD hh:mm:ss) digit by digit. */
public final class DateText {
    private DateText() {
    }

    private static void two(WriteBuffer out, long v) {
        out.write('0' + (int) (v / 10));
        out.write('0' + (int) (v % 10));
    }

    public static void writeDate(WriteBuffer out, long dayNumber) {
        long packed = CivilDates.yyyymmdd(dayNumber);
        long y = packed / 10000;
        two(out, y / 100);
        two(out, y % 100);
        out.write('-');
        two(out, packed / 100 % 100);
        out.write('-');
        two(out, packed % 100);
    }

    public static void writeDateTime(WriteBuffer out, long localSeconds) {
        writeDate(out, Math.floorDiv(localSeconds, 86400));
        long t = Math.floorMod(localSeconds, 86400);
        out.write(' ');
        two(out, t / 3600);
        out.write(':');
        two(out, t / 60 % 60);
        out.write(':');
        two(out, t % 60);
    }
}
