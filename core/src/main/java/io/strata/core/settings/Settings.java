package io.strata.core.settings;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Query and session settings by ClickHouse name. Values are kept as text and parsed by the typed
 * getters; unknown names are refused with UNKNOWN_SETTING, as ClickHouse does. Immutable: {@link #with}
 * returns a new instance.
 */
public final class Settings {
    private static final Map<String, SettingDefinition> DEFINITIONS = new LinkedHashMap<>();

    private static void def(String name, String type, String def, String description) {
        DEFINITIONS.put(name, new SettingDefinition(name, type, def, description));
    }

    static {
        def("max_threads", "MaxThreads", "0", "The maximum number of threads to execute the request. 0 means the number of cores.");
        def("max_block_size", "UInt64", "65505", "Maximum block size in rows for reading and processing.");
        def("max_insert_block_size", "UInt64", "1048449", "The maximum block size for insertion.");
        def("min_insert_block_size_bytes", "UInt64", "268402944", "Squash inserted blocks smaller than this number of bytes.");
        def("min_insert_block_size_rows", "UInt64", "1048449", "Squash inserted blocks smaller than this number of rows.");
        def("max_memory_usage", "UInt64", "0", "Maximum memory usage for processing of a single query. 0 means the server limit.");
        def("max_execution_time", "Seconds", "0", "Maximum query execution time in seconds. 0 means unlimited.");
        def("timeout_overflow_mode", "OverflowMode", "throw", "What to do when max_execution_time is exceeded: throw an exception, or break and return the partial result.");
        def("replace_running_query", "Bool", "0", "Cancel a running query with the same query_id instead of refusing the new one.");
        def("replace_running_query_max_wait_ms", "Milliseconds", "5000", "How long to wait for a replaced query to stop.");
        def("queue_max_wait_ms", "Milliseconds", "0", "How long a query waits for a place when max_concurrent_queries is reached.");
        def("max_concurrent_queries_for_user", "UInt64", "0", "The maximum number of simultaneously processed queries per user. 0 means unlimited.");
        def("max_concurrent_queries_for_all_users", "UInt64", "0", "Refuse a query when this many queries are already running. 0 means unlimited.");
        def("max_result_rows", "UInt64", "0", "Limit on result size in rows.");
        def("max_rows_to_read", "UInt64", "0", "Limit on read rows.");
        def("readonly", "UInt64", "0", "0 - everything allowed; 1 - only read queries; 2 - read queries and settings changes.");
        def("max_query_size", "UInt64", "262144", "The maximum number of bytes of a query string parsed by the SQL parser.");
        def("max_ast_depth", "UInt64", "1000", "Maximum depth of query syntax tree.");
        def("session_timezone", "Timezone", "", "The time zone of the session (empty: the server's).");
        def("timezone", "Timezone", "", "Alias kept for compatibility; the server time zone.");
        def("join_use_nulls", "Bool", "0", "Use NULLs for non-joined rows of outer joins.");
        def("max_bytes_in_join", "UInt64", "0", "Maximum size of the hash table for JOIN.");
        def("join_algorithm", "String", "default", "JOIN algorithm: default, auto, hash, parallel_hash, grace_hash, partial_merge (served by grace_hash).");
        def("join_default_strictness", "String", "ALL", "Default strictness of JOIN without ALL/ANY: ALL, ANY or empty (then an explicit strictness is required).");
        def("grace_hash_join_initial_buckets", "UInt64", "8", "Initial number of partitions of a grace hash join.");
        def("optimize_move_to_prewhere", "Bool", "1", "Move selective WHERE conditions to PREWHERE (MergeTree filters while reading).");
        def("enable_optimize_predicate_expression", "Bool", "1", "Push predicates into subqueries.");
        def("query_plan_enable_optimizations", "Bool", "1",
                "Enable query plan optimizations: limits pushed into table reads and reading in sorting-key order.");
        // the optimizer's rewrites, each with ClickHouse's switch; the corpus's verification mode
        // turns them all off and requires the same results (tests/queries/README.md)
        def("optimize_group_by_function_keys", "Bool", "1", "Eliminates functions of other keys in GROUP BY section.");
        def("optimize_trivial_count_query", "Bool", "1", "Answer count() over a whole table from part metadata.");
        def("optimize_arithmetic_operations_in_aggregate_functions", "Bool", "1",
                "Move arithmetic out of aggregate functions where the result is identical: sum(x + k) as sum(x) + k * count().");
        def("use_primary_key", "Bool", "1", "Skip MergeTree granules by primary key analysis.");
        def("use_partition_pruning", "Bool", "1", "Skip MergeTree parts by the partition key's min/max index.");
        def("use_skip_indexes", "Bool", "1", "Skip MergeTree granules by data-skipping indexes.");
        def("output_format_json_quote_64bit_integers", "Bool", "1", "Quote 64-bit integers in JSON formats.");
        def("output_format_json_quote_decimals", "Bool", "0", "Quote decimals in JSON formats.");
        def("output_format_json_quote_denormals", "Bool", "0", "Output inf and nan as strings in JSON formats.");
        def("output_format_pretty_max_rows", "UInt64", "10000", "Rows limit for Pretty formats.");
        def("output_format_pretty_color", "UInt64Auto", "auto", "Use ANSI escape sequences in Pretty formats.");
        def("output_format_write_statistics", "Bool", "1", "Write statistics about read rows, bytes, time elapsed in suitable output formats.");
        def("input_format_skip_unknown_fields", "Bool", "1", "Skip columns with unknown names from input data.");
        def("input_format_null_as_default", "Bool", "1", "Initialize null fields with default values if the column type is not nullable.");
        def("input_format_parallel_parsing", "Bool", "1", "Enables parallel parsing for some data formats.");
        def("input_format_allow_errors_num", "UInt64", "0", "Maximum absolute amount of errors while reading text formats.");
        def("input_format_allow_errors_ratio", "Float", "0", "Maximum relative amount of errors while reading text formats.");
        def("date_time_input_format", "DateTimeInputFormat", "basic", "Method to read DateTime from text input formats: basic or best_effort.");
        // binary formats (RowBinary*, Native)
        def("input_format_with_names_use_header", "Bool", "1", "Match the columns of *WithNames* input to the table's by name.");
        def("input_format_with_types_use_header", "Bool", "1", "Check that the types of *WithNamesAndTypes input match the table's.");
        def("input_format_native_allow_types_conversion", "Bool", "1", "Convert Native input columns to the table's column types.");
        def("format_binary_max_string_size", "UInt64", "1073741824", "The maximum string size in RowBinary input (0: no limit).");
        def("format_binary_max_array_size", "UInt64", "1073741824", "The maximum array size in RowBinary input (0: no limit).");
        def("format_csv_delimiter", "Char", ",", "The character to be considered as a delimiter in CSV data.");
        // text formats (issue 4): names, types and defaults as ClickHouse 24.x has them
        def("output_format_pretty_max_column_pad_width", "UInt64", "250", "Maximum width to pad all values in a column in Pretty formats.");
        def("output_format_pretty_max_value_width", "UInt64", "10000", "Maximum width of value to display in Pretty formats. If greater - it will be cut.");
        def("output_format_pretty_max_value_width_apply_for_single_value", "UInt64", "0", "Also cut a single value (one row, one column) in Pretty formats.");
        def("output_format_pretty_grid_charset", "String", "UTF-8", "Charset for printing grid borders: ASCII or UTF-8.");
        def("output_format_pretty_row_numbers", "Bool", "0", "Add row numbers before each row for Pretty output formats.");
        def("output_format_tsv_crlf_end_of_line", "Bool", "0", "End lines of TSV output with \\r\\n instead of \\n.");
        def("output_format_csv_crlf_end_of_line", "Bool", "0", "End lines of CSV output with \\r\\n instead of \\n.");
        def("output_format_json_array_of_rows", "Bool", "0", "Output all rows of JSONEachRow as one JSON array.");
        def("format_tsv_null_representation", "String", "\\N", "Custom NULL representation in TSV formats.");
        def("format_csv_null_representation", "String", "\\N", "Custom NULL representation in CSV formats.");
        def("format_csv_allow_single_quotes", "Bool", "0", "Allow strings in single quotes in CSV input.");
        def("format_csv_allow_double_quotes", "Bool", "1", "Allow strings in double quotes in CSV input.");
        def("input_format_csv_empty_as_default", "Bool", "1", "Treat empty fields in CSV input as default values.");
        def("input_format_tsv_empty_as_default", "Bool", "0", "Treat empty fields in TSV input as default values.");
        def("input_format_with_names_use_header", "Bool", "1", "Match the columns of WithNames input formats by the names row.");
        def("format_json_object_each_row_column_for_object_name", "String", "", "Column holding the object names of JSONObjectEachRow.");
        def("send_progress_in_http_headers", "Bool", "0", "Send X-ClickHouse-Progress HTTP headers.");
        def("wait_end_of_query", "Bool", "0", "Buffer the whole HTTP response before sending it.");
        def("enable_http_compression", "Bool", "0", "Compress the result of an HTTP request per Accept-Encoding.");
        def("http_zlib_compression_level", "Int64", "3", "Compression level for HTTP responses.");
        def("http_headers_progress_interval_ms", "UInt64", "100", "Do not send X-ClickHouse-Progress HTTP headers more often than this interval.");
        def("http_response_buffer_size", "UInt64", "0", "Bytes of an HTTP response buffered before it is sent (0: the server's default).");
        def("http_wait_end_of_query", "Bool", "0", "Buffer the whole HTTP response on the server before sending it.");
        def("http_write_exception_in_output_format", "Bool", "0", "Write an exception in the output format (Strata always uses the __exception__ block).");
        def("http_native_compression_disable_checksumming_on_decompress", "Bool", "0", "Do not verify checksums of decompress=1 request bodies.");
        def("add_http_cors_header", "Bool", "0", "Add Access-Control-Allow-Origin: * to HTTP responses of requests with an Origin header.");
        def("extremes", "Bool", "0", "Calculate minimums and maximums of the result columns.");
        def("use_uncompressed_cache", "Bool", "0", "Whether to use the cache of uncompressed blocks.");
        def("merge_tree_max_rows_to_use_cache", "UInt64", "1048576",
                "A MergeTree read of more rows than this does not use the uncompressed cache (big queries would evict small ones' blocks).");
        def("merge_tree_min_rows_for_concurrent_read", "UInt64", "163840",
                "Each thread of a MergeTree read gets at least this many rows: a smaller read runs on one thread.");
        def("log_queries", "Bool", "1", "Log queries to system.query_log.");
        def("allow_experimental_analyzer", "Bool", "1", "Allow the new query analyzer.");
        def("insert_deduplicate", "Bool", "1", "Deduplicate inserted blocks in replicated tables.");
        def("async_insert", "Bool", "0", "Asynchronous inserts.");
        def("wait_for_async_insert", "Bool", "1", "Wait for asynchronous inserts to be processed.");
        def("distributed_product_mode", "DistributedProductMode", "deny", "Behaviour of distributed subqueries.");
        def("prefer_column_name_to_alias", "Bool", "0", "Prefer column names over aliases.");
        def("aggregate_functions_null_for_empty", "Bool", "0", "Aggregate functions over empty sets return NULL.");
        def("final", "Bool", "0", "Apply FINAL to all tables of the query.");
        def("optimize_read_in_order", "Bool", "1", "Read MergeTree data in sorting-key order when the query's ORDER BY matches.");
        def("query_plan_optimize_lazy_materialization", "Bool", "1",
                "Use late materialization for ORDER BY ... LIMIT: read the other selected columns only for the rows kept.");
        def("use_top_k_dynamic_filtering", "Bool", "1",
                "While ORDER BY ... LIMIT runs, skip granules whose values of the first key cannot enter the result.");
        def("query_plan_max_limit_for_lazy_materialization", "UInt64", "10",
                "The largest LIMIT (plus OFFSET) for which late materialization is used; 0: no limit.");
        def("max_partitions_per_insert_block", "UInt64", "100", "Limit on partitions in a single inserted block.");
        def("network_compression_method", "String", "LZ4", "Compression method for the native protocol.");
        def("load_balancing", "LoadBalancing", "random", "Replica selection for distributed processing.");
        def("compile_expressions", "Bool", "0", "Compile expressions to native code.");
        def("check_query_single_value_result", "Bool", "1", "Return CHECK TABLE's result as one value instead of a row per part.");
        def("mutations_sync", "UInt64", "0", "Wait for mutations: 0 - asynchronously, 1 - on this server, 2 - on all replicas.");
        def("optimize_throw_if_noop", "Bool", "0", "Throw an exception when OPTIMIZE merges nothing.");
        def("min_compress_block_size", "UInt64", "65536", "The minimum size of blocks of uncompressed data before compressing when writing.");
        def("max_compress_block_size", "UInt64", "1048576", "The maximum size of blocks of uncompressed data before compressing when writing.");
        def("do_not_merge_across_partitions_select_final", "Bool", "0", "Merge parts only within one partition in SELECT FINAL.");
        def("force_primary_key", "Bool", "0", "Throw when the primary key cannot be used to filter the query.");
        def("force_index_by_date", "Bool", "0", "Throw when the partition key cannot be used to filter the query.");
        def("alter_sync", "UInt64", "1", "Wait for ALTER actions on replicas.");
        def("lightweight_deletes_sync", "UInt64", "2", "Wait for lightweight deletes.");
        def("allow_experimental_lightweight_delete", "Bool", "1", "Allow DELETE FROM.");
        def("allow_drop_detached", "Bool", "0", "Allow ALTER TABLE ... DROP DETACHED PART[ITION] ... queries.");
        def("send_logs_level", "LogsLevel", "none", "Send server text logs with the specified minimum level to the client (native protocol).");
        def("network_zstd_compression_level", "Int64", "1", "ZSTD level for the native protocol's compression.");
        def("interactive_delay", "UInt64", "100000", "Microseconds between checks for cancellation and progress packets (native protocol).");
        def("low_cardinality_allow_in_native_format", "Bool", "1", "Send LowCardinality columns as such over the native protocol.");
        def("input_format_defaults_for_omitted_fields", "Bool", "1", "Send the table's column defaults to the client before INSERT data (native protocol).");
        // set operations, GROUP BY modifiers and IN (issue 7)
        def("union_default_mode", "SetOperationMode", "", "Mode of a bare UNION: 'ALL', 'DISTINCT', or '' (a bare UNION is an error).");
        def("intersect_default_mode", "SetOperationMode", "ALL", "Mode of a bare INTERSECT: 'ALL', 'DISTINCT', or ''.");
        def("except_default_mode", "SetOperationMode", "ALL", "Mode of a bare EXCEPT: 'ALL', 'DISTINCT', or ''.");
        def("group_by_use_nulls", "Bool", "0", "ROLLUP, CUBE and GROUPING SETS give NULL, not the default value, for keys outside a grouping set.");
        def("transform_null_in", "Bool", "0", "NULL IN (..., NULL) is true: NULLs compare equal in IN.");
        def("totals_mode", "TotalsMode", "after_having_exclusive", "How WITH TOTALS counts rows that HAVING drops.");
        def("totals_auto_threshold", "Float", "0.5", "The threshold for totals_mode = 'auto'.");
        def("strata_force_scalar", "Bool", "0", "Strata: force scalar kernels instead of Vector API kernels.");
        def("strata_keep_string_encoding", "Bool", "0", "Strata: MergeTree scans keep String values in their stored encoding, "
                + "which is the Native format's, until an operator needs them; results sent in the Native layout then copy "
                + "them as read. The native protocol turns it on for its queries unless the client set it.");
    }

    public static final Settings DEFAULTS = new Settings(Map.of());

    private final Map<String, String> values; // explicitly changed settings only

    private Settings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Collection<SettingDefinition> definitions() {
        return Collections.unmodifiableCollection(DEFINITIONS.values());
    }

    public static boolean isKnown(String name) {
        return DEFINITIONS.containsKey(name);
    }

    /** A copy with {@code name} set; throws UNKNOWN_SETTING for names ClickHouse would reject. */
    public Settings with(String name, String value) {
        if (!DEFINITIONS.containsKey(name)) {
            throw new DbException(ErrorCode.UNKNOWN_SETTING, "Unknown setting '" + name + "'");
        }
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put(name, value);
        return new Settings(m);
    }

    public Settings withAll(Map<String, String> changes) {
        Settings s = this;
        for (Map.Entry<String, String> e : changes.entrySet()) s = s.with(e.getKey(), e.getValue());
        return s;
    }

    /** The explicitly changed settings. */
    public Map<String, String> changed() {
        return values;
    }

    public boolean isChanged(String name) {
        return values.containsKey(name);
    }

    public String getString(String name) {
        String v = values.get(name);
        if (v != null) return v;
        SettingDefinition d = DEFINITIONS.get(name);
        if (d == null) throw new DbException(ErrorCode.UNKNOWN_SETTING, "Unknown setting '" + name + "'");
        return d.defaultValue();
    }

    public long getLong(String name) {
        String v = getString(name).trim();
        try {
            if (v.equalsIgnoreCase("true")) return 1;
            if (v.equalsIgnoreCase("false")) return 0;
            if (v.equalsIgnoreCase("auto")) return 0;
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(v);
            } catch (NumberFormatException e2) {
                throw new DbException(ErrorCode.CANNOT_PARSE_NUMBER, "Cannot parse setting " + name + " value '" + v + "' as a number");
            }
        }
    }

    public double getDouble(String name) {
        String v = getString(name).trim();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new DbException(ErrorCode.CANNOT_PARSE_NUMBER, "Cannot parse setting " + name + " value '" + v + "' as a number");
        }
    }

    public boolean getBool(String name) {
        String v = getString(name).trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off", "" -> false;
            default -> throw new DbException(ErrorCode.CANNOT_PARSE_BOOL, "Cannot parse setting " + name + " value '" + v + "' as Bool");
        };
    }

    /** max_threads resolved: 0 means all cores. */
    public int maxThreads() {
        long n = getLong("max_threads");
        return n <= 0 ? Runtime.getRuntime().availableProcessors() : (int) Math.min(n, 1024);
    }

    public int maxBlockSize() {
        long n = getLong("max_block_size");
        return (int) Math.max(1, Math.min(n, 1 << 24));
    }
}
