package io.strata.exec.function.scalar.datetime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Converts between epoch seconds and local seconds (wall-clock seconds since 1970-01-01 00:00
 * in the zone) without an allocation per row. A fixed-offset zone is one addition; otherwise the
 * offset is cached with the interval between the surrounding transitions, so a chunk of nearby
 * timestamps touches ZoneRules only a few times. Create one per chunk (it is not thread-safe).
 */
public final class ZoneClock {
    private final ZoneRules rules;
    private final boolean fixed;
    private final long fixedOffset;
    private long cacheStart = 1;
    private long cacheEnd = 0;
    private long cacheOffset;

    public ZoneClock(ZoneId zone) {
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    }

    /** The zone offset in seconds at an instant. */
    public long offsetAt(long epochSecond) {
        if (fixed) return fixedOffset;
        if (epochSecond >= cacheStart && epochSecond < cacheEnd) return cacheOffset;
        Instant at = Instant.ofEpochSecond(epochSecond);
        cacheOffset = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition prev = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        cacheStart = prev == null ? Long.MIN_VALUE : prev.toEpochSecond();
        cacheEnd = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        return cacheOffset;
    }

    public long toLocal(long epochSecond) {
        return epochSecond + offsetAt(epochSecond);
    }

    /** Local wall-clock seconds to an instant; in a gap the later offset applies, in an overlap the earlier. */
    public long fromLocal(long localSecond) {
        if (fixed) return localSecond - fixedOffset;
        if (cacheEnd > cacheStart) {
            long guess = localSecond - cacheOffset;
            if (guess >= cacheStart && guess < cacheEnd) return guess;
        }
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
        List<ZoneOffset> valid = rules.getValidOffsets(ldt);
        long epoch;
        if (!valid.isEmpty()) {
            epoch = localSecond - valid.get(0).getTotalSeconds();
        } else {
            ZoneOffsetTransition t = rules.getTransition(ldt);
            epoch = localSecond - t.getOffsetBefore().getTotalSeconds();
        }
        offsetAt(epoch);
        return epoch;
    }

    /** The day number (local date) of an instant. */
    public long dayNumber(long epochSecond) {
        return Math.floorDiv(toLocal(epochSecond), 86400);
    }

    /** The instant of local midnight starting a day. */
    public long startOfDay(long dayNumber) {
        return fromLocal(dayNumber * 86400);
    }
}
