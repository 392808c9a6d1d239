package io.strata.mergetree;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table-level settings of a MergeTree table ({@code SETTINGS} of CREATE TABLE), with
 * ClickHouse's names and defaults. Unknown names are refused like ClickHouse does.
 */
public final class MergeTreeSettings {
    private static final Map<String, Long> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("index_granularity", 8192L);
        DEFAULTS.put("index_granularity_bytes", 10L * 1024 * 1024);
        DEFAULTS.put("min_index_granularity_bytes", 1024L);
        DEFAULTS.put("enable_mixed_granularity_parts", 1L);
        DEFAULTS.put("min_bytes_for_wide_part", 10L * 1024 * 1024);
        DEFAULTS.put("min_rows_for_wide_part", 0L);
        DEFAULTS.put("parts_to_delay_insert", 1000L);
        DEFAULTS.put("parts_to_throw_insert", 3000L);
        DEFAULTS.put("max_delay_to_insert", 1L);
        DEFAULTS.put("max_parts_in_total", 100000L);
        DEFAULTS.put("old_parts_lifetime", 480L);
        DEFAULTS.put("merge_max_block_size", 8192L);
        DEFAULTS.put("max_parts_to_merge_at_once", 100L);
        DEFAULTS.put("max_bytes_to_merge_at_max_space_in_pool", 150L * 1024 * 1024 * 1024);
        DEFAULTS.put("max_bytes_to_merge_at_min_space_in_pool", 1024L * 1024);
        DEFAULTS.put("merge_with_ttl_timeout", 14400L);
        DEFAULTS.put("min_compress_block_size", 0L);
        DEFAULTS.put("max_compress_block_size", 0L);
        DEFAULTS.put("allow_nullable_key", 0L);
        DEFAULTS.put("merge_selecting_sleep_ms", 5000L);
        DEFAULTS.put("ttl_only_drop_parts", 0L);
        DEFAULTS.put("min_age_to_force_merge_seconds", 0L);
        DEFAULTS.put("clean_deleted_rows", 0L);
        // Modern ClickHouse adds an implicit minmax skip index (GRANULARITY 1) per numeric, or per
        // Date/DateTime, column when set (ClickBench's DDL sets the numeric one); see
        // MergeTreeSchema.implicitMinmaxIndexes.
        DEFAULTS.put("add_minmax_index_for_numeric_columns", 0L);
        DEFAULTS.put("add_minmax_index_for_temporal_columns", 0L);
    }

    private final Map<String, Long> values;

    private MergeTreeSettings(Map<String, Long> values) {
        this.values = values;
    }

    public static MergeTreeSettings defaults() {
        return new MergeTreeSettings(new LinkedHashMap<>(DEFAULTS));
    }

    /** Settings from CREATE TABLE ... SETTINGS (values as SQL text). */
    public static MergeTreeSettings of(Map<String, String> given) {
        Map<String, Long> v = new LinkedHashMap<>(DEFAULTS);
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!DEFAULTS.containsKey(e.getKey())) {
                if (e.getKey().equals("storage_policy") || e.getKey().equals("compress_marks") || e.getKey().equals("compress_primary_key")) continue;
                throw new DbException(ErrorCode.UNKNOWN_SETTING, "Unknown setting '" + e.getKey() + "' for storage MergeTree");
            }
            String text = e.getValue().trim();
            if (text.startsWith("'") && text.endsWith("'") && text.length() >= 2) text = text.substring(1, text.length() - 1);
            try {
                v.put(e.getKey(), text.equalsIgnoreCase("true") ? 1 : text.equalsIgnoreCase("false") ? 0 : Long.parseLong(text));
            } catch (NumberFormatException ex) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Cannot parse value '" + e.getValue() + "' of setting " + e.getKey());
            }
        }
        if (v.get("index_granularity") <= 0) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "index_granularity: value must be positive");
        }
        return new MergeTreeSettings(v);
    }

    public long get(String name) {
        Long v = values.get(name);
        if (v == null) throw new IllegalArgumentException("unknown MergeTree setting " + name);
        return v;
    }

    public int indexGranularity() {
        return (int) Math.min(Integer.MAX_VALUE, get("index_granularity"));
    }

    public long indexGranularityBytes() {
        return get("index_granularity_bytes");
    }
}
