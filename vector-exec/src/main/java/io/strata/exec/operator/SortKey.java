package io.strata.exec.operator;

/**
 * One ORDER BY element over an input channel. As in ClickHouse, NULLs and NaNs go last by default
 * in both directions ({@code nullsFirst} = false) and first with NULLS FIRST; among them NULL is
 * more extreme than NaN.
 */
public record SortKey(int channel, boolean descending, boolean nullsFirst) {
    public static SortKey ascending(int channel) {
        return new SortKey(channel, false, false);
    }

    public static SortKey descending(int channel) {
        return new SortKey(channel, true, false);
    }

    /** ClickHouse's nan_direction_hint: +1 when NULL/NaN compare greater than any value before the direction is applied. */
    int nanDirectionHint() {
        int direction = descending ? -1 : 1;
        return nullsFirst ? -direction : direction;
    }
}
