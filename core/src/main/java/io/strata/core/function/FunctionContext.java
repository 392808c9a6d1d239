package io.strata.core.function;

import io.strata.core.settings.Settings;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a function may know about the query it runs in: the session time zone (for DateTime
 * values without an explicit zone), the query's start time (now() is constant within a query)
 * and its settings.
 */
public record FunctionContext(ZoneId timeZone, Instant queryStart, Settings settings) {
}
