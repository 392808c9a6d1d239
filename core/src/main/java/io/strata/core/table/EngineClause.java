package io.strata.core.table;

import java.util.List;
import java.util.Map;

/**
 * The ENGINE clause of CREATE TABLE, as SQL text pieces: engine name, its arguments, ORDER BY,
 * PARTITION BY, PRIMARY KEY, SAMPLE BY, TTL and SETTINGS. Null or empty where absent.
 */
public record EngineClause(String name, List<String> arguments, String orderBy, String partitionBy, String primaryKey,
                           String sampleBy, String ttl, Map<String, String> settings) {

    public static EngineClause of(String name) {
        return new EngineClause(name, List.of(), null, null, null, null, null, Map.of());
    }
}
