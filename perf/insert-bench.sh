#!/usr/bin/env bash
# Insert benchmark (issue 3): loads one hits-like TSV file into a MergeTree table of Strata and of
# ClickHouse 18.16 on this machine, one server at a time, and prints side by side: insert
# throughput, peak memory during the load, bytes on disk (LZ4 and ZSTD), and latency and rows
# read of point and range queries on a primary-key prefix. See docs/performance.md.
#
# Every knob is an environment variable (defaults in brackets):
#   ROWS [10000000] SEED [1]       rows and seed of the generated file
#   WORK [/tmp/strata-insert-bench] data file, server directories, logs, results
#   ENGINES ["clickhouse strata"]  VARIANTS ["lz4 zstd"]  which loads to run (VARIANTS= set
#                                  but empty: only the memory test)
#   QUERY_RUNS [7]                 timed runs per query (after one warm-up), median reported
#   OPTIMIZE_FINAL [1]             OPTIMIZE TABLE hits FINAL after the merges settle, before queries
#   MEMORY_TEST [1]                one more Strata load with -Xmx = file size / 10, at least 64 MB
#                                  (or MEMORY_HEAP_MB)
#   SETTLE_TIMEOUT [900]           seconds to wait for background merges to settle
#   CH_HTTP_PORT [18123] CH_TCP_PORT [19000] STRATA_HTTP_PORT [28123] STRATA_TCP_PORT [29000]
#   STRATA_JAVA_OPTS               extra JVM flags for the Strata server of the main loads
#   INSERT_SETTINGS                URL parameters added to every INSERT (e.g. max_insert_block_size=131072)
#   KEEP_DATA [0]                  1 keeps each server's data directory after its run (logs are kept)
#   REUSE_DATA [0]                 1 starts a server on the data directory a KEEP_DATA run left
#   HITS_FILE                      the data file [$WORK/hits_${ROWS}_s${SEED}.tsv]
#   CH_MAX_CONCURRENT_QUERIES [20] ClickHouse's max_concurrent_queries
#   CH_MAX_THREADS [cores]         ClickHouse's max_threads
# perf/dashboard-bench.sh sources this script for its functions (main runs only when executed).
# A Strata failure (say, a feature not implemented yet) is reported in the table, not fatal.
set -uo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
ROWS=${ROWS:-10000000}
SEED=${SEED:-1}
WORK=${WORK:-/tmp/strata-insert-bench}
FILE=${HITS_FILE:-$WORK/hits_${ROWS}_s${SEED}.tsv}
ENGINES=${ENGINES:-clickhouse strata}
VARIANTS=${VARIANTS-lz4 zstd}
QUERY_RUNS=${QUERY_RUNS:-7}
OPTIMIZE_FINAL=${OPTIMIZE_FINAL:-1}
MEMORY_TEST=${MEMORY_TEST:-1}
MEMORY_HEAP_MB=${MEMORY_HEAP_MB:-}
SETTLE_TIMEOUT=${SETTLE_TIMEOUT:-900}
CH_HTTP_PORT=${CH_HTTP_PORT:-18123}
CH_TCP_PORT=${CH_TCP_PORT:-19000}
STRATA_HTTP_PORT=${STRATA_HTTP_PORT:-28123}
STRATA_TCP_PORT=${STRATA_TCP_PORT:-29000}
GENERATOR=$ROOT/perf/src/main/java/io/strata/perf/hits/HitsGenerator.java

# shellcheck source=bin/jdk.sh
. "$ROOT/bin/jdk.sh"
JSTAT="$(dirname "$JAVA")/jstat"

mkdir -p "$WORK"
RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$WORK/results-$RUN_ID.tsv
declare -A R          # R[engine|metric] = value
declare -a METRICS    # metric keys in print order
declare -A LABEL      # metric key -> label

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "error: $*"; exit 1; }

metric() { # metric KEY LABEL: declares a row of the final table
    METRICS+=("$1"); LABEL[$1]=$2
}
put() { R["$1|$2"]=$3; }

# ---------------------------------------------------------------------------------------------
# Processes this script starts; all of them are stopped on exit, by pid.
SERVER_PID=""
SAMPLER_PIDS=()
cleanup() {
    local p
    for p in "${SAMPLER_PIDS[@]}"; do kill "$p" 2>/dev/null; done
    SAMPLER_PIDS=()
    if [ -n "$SERVER_PID" ]; then stop_server; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop_server() {
    local pid=$SERVER_PID i
    SERVER_PID=""
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null
        for ((i = 0; i < 600; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "server $pid did not stop in 60 s; killing it"
            kill -9 "$pid" 2>/dev/null
        fi
        wait "$pid" 2>/dev/null
    fi
    # Several GB per load at 100 M rows: the data goes unless asked for.
    if [ -n "${SERVER_DATA:-}" ] && [ "${KEEP_DATA:-0}" != 1 ]; then rm -rf "$SERVER_DATA"; fi
    SERVER_DATA=""
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_ready() { # wait_ready PORT PID LOG
    local i
    for ((i = 0; i < 600; i++)); do
        if ! kill -0 "$2" 2>/dev/null; then log "server exited during start-up; see $3"; tail -5 "$3" >&2; return 1; fi
        [ "$(curl -s --max-time 2 "http://127.0.0.1:$1/ping")" = "Ok." ] && return 0
        sleep 0.2
    done
    log "server did not answer on port $1 in 120 s"
    return 1
}

# ---------------------------------------------------------------------------------------------
# Servers

# The ClickHouse 18.16 config: own ports and directories, UTC, query_log flushed each second,
# outdated parts deleted soon after a merge (so that du sees active parts only), max_threads = the
# machine's cores (18.16 counts physical cores: on two vCPUs that are one core's SMT pair it sees one
# and would run every query on one thread). For the ZSTD variant the <compression> section applies
# ZSTD to every part: 18.16 has no per-column CODEC.
write_clickhouse_config() { # DIR VARIANT
    local dir=$1 compression=""
    if [ "$2" = zstd ]; then
        compression="<compression><case><min_part_size>0</min_part_size><min_part_size_ratio>0</min_part_size_ratio><method>zstd</method></case></compression>"
    fi
    cat >"$dir/config.xml" <<EOF
<?xml version="1.0"?>
<yandex>
    <logger><level>warning</level><log>$dir/log/server.log</log><errorlog>$dir/log/error.log</errorlog><size>100M</size><count>2</count></logger>
    <http_port>$CH_HTTP_PORT</http_port>
    <tcp_port>$CH_TCP_PORT</tcp_port>
    <listen_host>127.0.0.1</listen_host>
    <max_concurrent_queries>${CH_MAX_CONCURRENT_QUERIES:-20}</max_concurrent_queries>
    <uncompressed_cache_size>1073741824</uncompressed_cache_size>
    <mark_cache_size>1073741824</mark_cache_size>
    <path>$dir/data/</path>
    <tmp_path>$dir/tmp/</tmp_path>
    <user_files_path>$dir/user_files/</user_files_path>
    <format_schema_path>$dir/format_schemas/</format_schema_path>
    <users_config>$dir/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <query_log><database>system</database><table>query_log</table><flush_interval_milliseconds>1000</flush_interval_milliseconds></query_log>
    <merge_tree><old_parts_lifetime>1</old_parts_lifetime><cleanup_delay_period>1</cleanup_delay_period></merge_tree>
    $compression
</yandex>
EOF
    cat >"$dir/users.xml" <<EOF
<?xml version="1.0"?>
<yandex>
    <profiles><default><max_memory_usage>10000000000</max_memory_usage><log_queries>1</log_queries><max_threads>${CH_MAX_THREADS:-$(nproc)}</max_threads></default></profiles>
    <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
    <quotas><default></default></quotas>
</yandex>
EOF
}

start_clickhouse() { # VARIANT
    local dir=$WORK/clickhouse-$1
    command -v clickhouse-server >/dev/null || { log "clickhouse-server is not installed"; return 1; }
    port_free "$CH_HTTP_PORT" && port_free "$CH_TCP_PORT" || { log "port $CH_HTTP_PORT or $CH_TCP_PORT is in use"; return 1; }
    if [ "${REUSE_DATA:-0}" != 1 ]; then rm -rf "$dir"; fi
    mkdir -p "$dir/log"
    write_clickhouse_config "$dir" "$1"
    clickhouse-server --config-file="$dir/config.xml" >"$dir/log/stdout.log" 2>&1 &
    SERVER_PID=$!
    PORT=$CH_HTTP_PORT
    TABLE_DIR=$dir/data/data/default/hits
    SERVER_DATA=$dir/data
    wait_ready "$PORT" "$SERVER_PID" "$dir/log/stdout.log"
}

start_strata() { # NAME [JVM options]
    local dir=$WORK/strata-$1
    port_free "$STRATA_HTTP_PORT" && port_free "$STRATA_TCP_PORT" || { log "port $STRATA_HTTP_PORT or $STRATA_TCP_PORT is in use"; return 1; }
    if [ "${REUSE_DATA:-0}" != 1 ]; then rm -rf "$dir"; fi
    mkdir -p "$dir/path"
    # bin/strata execs java, so $! is the server JVM itself (what RSS and heap are read from).
    STRATA_JAVA_OPTS="${2:-${STRATA_JAVA_OPTS:-}}" "$ROOT/bin/strata" server --path "$dir/path" \
        --http-port "$STRATA_HTTP_PORT" --tcp-port "$STRATA_TCP_PORT" >"$dir/server.log" 2>&1 &
    SERVER_PID=$!
    PORT=$STRATA_HTTP_PORT
    TABLE_DIR=$dir/path/data/default/hits
    SERVER_DATA=$dir/path
    wait_ready "$PORT" "$SERVER_PID" "$dir/server.log"
}

# ---------------------------------------------------------------------------------------------
# HTTP helpers

# sql "QUERY" [extra URL parameters]: prints the body; fails (status 1) on an HTTP error, with the
# server's message in $LAST_ERROR.
sql() {
    local out status
    out=$(curl -sS -w '\n%{http_code}' --data-binary "$1" "http://127.0.0.1:$PORT/?${2:-}" 2>&1)
    status=${out##*$'\n'}
    out=${out%$'\n'*}
    if [ "$status" != 200 ]; then
        LAST_ERROR=$(printf '%s' "$out" | head -c 300 | tr '\n\t' '  ')
        return 1
    fi
    printf '%s' "$out"
}

first_line() { head -c 200 | tr '\n\t' '  '; }

# ---------------------------------------------------------------------------------------------
# Memory sampling: VmHWM (the kernel's peak RSS, reset before the load via clear_refs) and a
# VmRSS poll as a cross-check; for a JVM also jstat -gc (heap used = S0U+S1U+EU+OU).

start_samplers() { # PID ENGINE
    local pid=$1
    echo 5 >"/proc/$pid/clear_refs" 2>/dev/null || log "cannot reset VmHWM of $pid; peak RSS is the poll's"
    : >"$WORK/rss.samples"
    (while kill -0 "$pid" 2>/dev/null; do
        awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null
        sleep 0.2
    done) >>"$WORK/rss.samples" &
    SAMPLER_PIDS+=($!)
    : >"$WORK/jstat.samples"
    if [ "$2" = strata ] && [ -x "$JSTAT" ]; then
        "$JSTAT" -gc "$pid" 250 >"$WORK/jstat.samples" 2>/dev/null &
        SAMPLER_PIDS+=($!)
    fi
}

stop_samplers() { # PID ENGINE PREFIX: records PREFIX_rss_mb, PREFIX_heap_mb, PREFIX_old_mb
    local pid=$1 engine=$2 prefix=$3 p hwm polled
    for p in "${SAMPLER_PIDS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
    SAMPLER_PIDS=()
    hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null)
    polled=$(sort -n "$WORK/rss.samples" | tail -1)
    put "$engine" "${prefix}_rss_mb" "$(( ${hwm:-${polled:-0}} / 1024 ))"
    put "$engine" "${prefix}_rss_poll_mb" "$(( ${polled:-0} / 1024 ))"
    if [ -s "$WORK/jstat.samples" ]; then
        # Columns by name from the header: the layout of jstat -gc differs between JDKs.
        read -r heap old committed < <(awk '
            $1 == "S0C" { for (i = 1; i <= NF; i++) col[$i] = i; next }
            col["EU"] && $1 ~ /^[0-9.]+$/ {
                used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]
                cap = $col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]
                if (used > u) u = used; if ($col["OU"] > o) o = $col["OU"]; if (cap > c) c = cap
            }
            END { printf "%d %d %d\n", u / 1024, o / 1024, c / 1024 }' "$WORK/jstat.samples")
        put "$engine" "${prefix}_heap_mb" "$heap"
        put "$engine" "${prefix}_old_mb" "$old"
        put "$engine" "${prefix}_heap_committed_mb" "$committed"
    fi
}

# CPU time (user + system, clock ticks) the process has used so far: on a machine shared with
# other work, CPU seconds per load compare better than wall time.
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# ---------------------------------------------------------------------------------------------
# Load, settle, measure

# load ENGINE PREFIX TABLE: streams the file in one POST (curl -T - sends it chunked, without
# reading it into memory first) and records time, rows/s, MB/s and peak memory.
load() {
    local engine=$1 prefix=$2 table=$3 out code seconds body
    cat "$FILE" >/dev/null # page cache: the same starting point for every load
    local cpu_before
    cpu_before=$(cpu_ticks "$SERVER_PID")
    start_samplers "$SERVER_PID" "$engine"
    log "$engine: loading $FILE into $table"
    out=$(curl -sS -X POST -H 'Expect:' -T - -o "$WORK/load.out" -w '%{http_code} %{time_total}' \
        "http://127.0.0.1:$PORT/?query=INSERT+INTO+$table+FORMAT+TabSeparated${INSERT_SETTINGS:+&$INSERT_SETTINGS}" <"$FILE" 2>&1)
    stop_samplers "$SERVER_PID" "$engine" "$prefix"
    put "$engine" "${prefix}_cpu_s" "$(awk -v a="$cpu_before" -v b="$(cpu_ticks "$SERVER_PID")" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%.1f", (b - a) / hz }')"
    read -r code seconds <<<"$out"
    if [ "$code" != 200 ]; then
        body=$( (cat "$WORK/load.out" 2>/dev/null; printf '%s' "$out") | first_line)
        put "$engine" "${prefix}_status" "FAILED: $body"
        log "$engine: load failed: $body"
        return 1
    fi
    put "$engine" "${prefix}_status" ok
    if [ "$engine" = clickhouse ]; then
        # What 18.16's memory tracker counted for the INSERT (its own peak-memory figure).
        sql "SYSTEM FLUSH LOGS" >/dev/null
        put "$engine" "${prefix}_tracked_mb" "$(sql "SELECT intDiv(max(memory_usage), 1048576) FROM system.query_log
            WHERE type = 2 AND query LIKE 'INSERT INTO $table %'")"
    fi
    put "$engine" "${prefix}_seconds" "$seconds"
    put "$engine" "${prefix}_rows_per_s" "$(awk -v r="$ROWS" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')"
    put "$engine" "${prefix}_mb_per_s" "$(awk -v b="$FILE_BYTES" -v s="$seconds" 'BEGIN { printf "%.1f", b / 1e6 / s }')"
    log "$engine: loaded in $seconds s"
}

# The sorted names in the table directory (parts, minus temporary ones).
part_listing() { ls "$TABLE_DIR" 2>/dev/null | grep -v -e '^tmp' -e '^detached$' -e '^format_version.txt$' | sort | tr '\n' ' '; }

# settle ENGINE: waits until background merges are done and outdated parts deleted: the table
# directory unchanged over three looks 5 s apart (and, on ClickHouse, system.merges empty and no
# inactive parts).
settle() {
    local engine=$1 previous="" same=0 start=$SECONDS now busy
    while ((SECONDS - start < SETTLE_TIMEOUT)); do
        now=$(part_listing)
        busy=0
        if [ "$engine" = clickhouse ]; then
            busy=$(sql "SELECT (SELECT count() FROM system.merges) + (SELECT count() FROM system.parts WHERE table = 'hits' AND NOT active)")
            [ -n "$busy" ] || busy=1
        fi
        if [ "$now" = "$previous" ] && [ "$busy" = 0 ] && ! ls "$TABLE_DIR" 2>/dev/null | grep -q '^tmp'; then
            same=$((same + 1))
            ((same >= 3)) && return 0
        else
            same=0
        fi
        previous=$now
        sleep 5
    done
    log "$engine: merges still running after $SETTLE_TIMEOUT s; measuring anyway"
}

disk() { # ENGINE PREFIX SUFFIX
    put "$1" "${2}_bytes${3}" "$(du -sb "$TABLE_DIR" | cut -f1)"
    put "$1" "${2}_parts${3}" "$(part_listing | wc -w)"
}

# optimize ENGINE PREFIX: OPTIMIZE ... FINAL partition by partition, since ClickHouse 18.16
# merges a single partition for OPTIMIZE TABLE without PARTITION.
optimize() {
    local engine=$1 p=$2 t0=$EPOCHREALTIME month
    for month in $(months); do
        log "$engine: OPTIMIZE TABLE hits PARTITION $month FINAL"
        if ! sql "OPTIMIZE TABLE hits PARTITION $month FINAL" >/dev/null; then
            put "$engine" "${p}_optimize_s" "FAILED: $LAST_ERROR"
            return
        fi
    done
    put "$engine" "${p}_optimize_s" "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')"
    settle "$engine"
    disk "$engine" "$p" "_optimized"
}

# The partition ids (YYYYMM) between FIRST_DATE and LAST_DATE of the generated file.
months() {
    local d=${FIRST_DATE%-*}-01
    while [[ ! "$d" > "$LAST_DATE" ]]; do
        date -u -d "$d" +%Y%m
        d=$(date -u -d "$d + 1 month" +%F)
    done
}

# ---------------------------------------------------------------------------------------------
# Queries on the primary key (CounterID, EventDate, UserID) and one full scan as the baseline.

define_queries() {
    local week_end
    week_end=$(date -u -d "$KEY_DATE + 6 days" +%F)
    QUERY_NAMES=(point_counter point_counter_day point_full_key range_counter_week range_counters scan_non_key)
    declare -gA QUERY
    QUERY[point_counter]="SELECT count(), sum(ResolutionWidth) FROM hits WHERE CounterID = $KEY_COUNTER"
    QUERY[point_counter_day]="SELECT count(), sum(ResolutionWidth) FROM hits WHERE CounterID = $KEY_COUNTER AND EventDate = '$KEY_DATE'"
    QUERY[point_full_key]="SELECT count(), sum(ResolutionWidth) FROM hits WHERE CounterID = $KEY_COUNTER AND EventDate = '$KEY_DATE' AND UserID = $KEY_USER"
    QUERY[range_counter_week]="SELECT count(), sum(ResolutionWidth) FROM hits WHERE CounterID = $KEY_COUNTER AND EventDate BETWEEN '$KEY_DATE' AND '$week_end'"
    QUERY[range_counters]="SELECT count(), sum(ResolutionWidth) FROM hits WHERE CounterID BETWEEN $KEY_COUNTER AND $((KEY_COUNTER + 2000))"
    QUERY[scan_non_key]="SELECT count(), sum(ResolutionWidth) FROM hits WHERE SearchEngineID = 3"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_queries ENGINE: each query once to warm up, then QUERY_RUNS times; latency is curl's
# time_total. Rows read: X-ClickHouse-Summary on Strata, system.query_log on ClickHouse 18.16
# (which sends no summary header).
run_queries() {
    local engine=$1 name run out code ms headers result times rows id
    for name in "${QUERY_NAMES[@]}"; do
        times=()
        rows=""
        for ((run = 0; run <= QUERY_RUNS; run++)); do
            id="bench-$RUN_ID-$name-$run"
            out=$(curl -sS -D "$WORK/query.headers" -o "$WORK/query.out" -w '%{http_code} %{time_total}' \
                --data-binary "${QUERY[$name]}" "http://127.0.0.1:$PORT/?wait_end_of_query=1&query_id=$id" 2>&1)
            read -r code ms <<<"$out"
            if [ "$code" != 200 ]; then
                put "$engine" "q_${name}_ms" "FAILED: $( (cat "$WORK/query.out"; printf '%s' "$out") | first_line)"
                continue 2
            fi
            result=$(tr '\t' ' ' <"$WORK/query.out" | paste -s -d ';')
            ((run == 0)) && continue
            times+=("$(awk -v s="$ms" 'BEGIN { printf "%.1f", s * 1000 }')")
            if [ "$engine" = strata ]; then
                rows=$(tr -d '\r' <"$WORK/query.headers" | sed -n 's/^X-ClickHouse-Summary: .*"read_rows":"\([0-9]*\)".*/\1/Ip')
            fi
        done
        put "$engine" "q_${name}_ms" "$(printf '%s\n' "${times[@]}" | median)"
        put "$engine" "q_${name}_result" "$result"
        if [ "$engine" = clickhouse ]; then
            sql "SYSTEM FLUSH LOGS" >/dev/null
            rows=$(sql "SELECT max(read_rows) FROM system.query_log WHERE type = 2 AND query_id LIKE 'bench-$RUN_ID-$name-%'")
        fi
        put "$engine" "q_${name}_rows" "${rows:-?}"
    done
}

# ---------------------------------------------------------------------------------------------
# One (engine, variant): start a fresh server, create, load, settle, measure disk, query, stop.

run_engine_variant() {
    local engine=$1 variant=$2 codec="" p="${variant}"
    log "=== $engine / $variant"
    if [ "$engine" = clickhouse ]; then
        start_clickhouse "$variant" || { put "$engine" "${p}_status" "FAILED: server did not start"; stop_server; return; }
        put clickhouse version "$(sql 'SELECT version()')"
    else
        start_strata "$variant" || { put "$engine" "${p}_status" "FAILED: server did not start"; stop_server; return; }
        put strata version "$(sql 'SELECT version()')"
        # Strata takes the codec per column, the fair twin of ClickHouse 18.16's server-wide ZSTD.
        [ "$variant" = zstd ] && codec='ZSTD(1)'
    fi
    if ! sql "$("$JAVA" "$GENERATOR" --ddl --codec "$codec")" >/dev/null; then
        put "$engine" "${p}_status" "FAILED: CREATE TABLE: $LAST_ERROR"
        log "$engine: CREATE TABLE failed: $LAST_ERROR"
        stop_server
        return
    fi
    if load "$engine" "$p" hits; then
        local count
        count=$(sql "SELECT count() FROM hits") || count="FAILED: $LAST_ERROR"
        put "$engine" "${p}_count" "$count"
        log "$engine: waiting for merges to settle"
        settle "$engine"
        disk "$engine" "$p" ""
        if [ "$OPTIMIZE_FINAL" = 1 ]; then
            optimize "$engine" "$p"
        fi
        if [ "$variant" = "${QUERY_VARIANT:-lz4}" ]; then
            log "$engine: queries"
            run_queries "$engine"
        fi
    fi
    stop_server
}

# Strata only: the same file into a server whose whole heap is a tenth of the file, so the insert
# must stream. ClickHouse has no heap; its row below repeats the peak RSS of its LZ4 load.
run_memory_test() {
    # The floor only matters for small test files, where a tenth of the file cannot even hold
    # the server's own start-up; the report shows the actual file/heap ratio.
    local heap_mb=${MEMORY_HEAP_MB:-$((FILE_BYTES / 10 / 1048576))}
    ((heap_mb < 64)) && heap_mb=64
    log "=== strata / memory test, -Xmx${heap_mb}m"
    put strata mem_heap_limit_mb "$heap_mb"
    put strata mem_file_to_heap "$(awk -v b="$FILE_BYTES" -v h="$heap_mb" 'BEGIN { printf "%.1f", b / 1048576 / h }')"
    start_strata memory "${STRATA_JAVA_OPTS:-} -Xmx${heap_mb}m" || { put strata mem_status "FAILED: server did not start"; stop_server; return; }
    if ! sql "$("$JAVA" "$GENERATOR" --ddl)" >/dev/null; then
        put strata mem_status "FAILED: CREATE TABLE: $LAST_ERROR"
    else
        load strata mem hits
        if grep -q OutOfMemoryError "$WORK/strata-memory/server.log"; then
            put strata mem_status "FAILED: OutOfMemoryError in server log"
        fi
    fi
    stop_server
}

# ---------------------------------------------------------------------------------------------
# Report

declare_metrics() {
    local v q
    metric version "server version"
    for v in $VARIANTS; do
        metric "${v}_status" "$v: load status"
        metric "${v}_count" "$v: count() after load"
        metric "${v}_seconds" "$v: load time, s"
        metric "${v}_rows_per_s" "$v: insert rows/s"
        metric "${v}_mb_per_s" "$v: insert MB/s of TSV"
        metric "${v}_cpu_s" "$v: server CPU seconds during load"
        metric "${v}_rss_mb" "$v: peak RSS during load, MB (VmHWM)"
        metric "${v}_rss_poll_mb" "$v: peak RSS, 200 ms poll, MB"
        metric "${v}_tracked_mb" "$v: INSERT memory_usage in query_log, MB"
        metric "${v}_heap_mb" "$v: peak JVM heap used, MB (jstat)"
        metric "${v}_old_mb" "$v: peak old generation used, MB"
        metric "${v}_bytes" "$v: bytes on disk after merges settle"
        metric "${v}_parts" "$v: parts after merges settle"
        metric "${v}_optimize_s" "$v: OPTIMIZE FINAL time, s"
        metric "${v}_bytes_optimized" "$v: bytes on disk after OPTIMIZE FINAL"
        metric "${v}_parts_optimized" "$v: parts after OPTIMIZE FINAL"
    done
    for q in "${QUERY_NAMES[@]}"; do
        metric "q_${q}_ms" "query $q: median ms"
        metric "q_${q}_rows" "query $q: rows read"
        metric "q_${q}_result" "query $q: result"
    done
    metric mem_heap_limit_mb "memory test: -Xmx, MB"
    metric mem_file_to_heap "memory test: file size / heap"
    metric mem_status "memory test: load status"
    metric mem_seconds "memory test: load time, s"
    metric mem_cpu_s "memory test: server CPU seconds during load"
    metric mem_rss_mb "memory test: peak RSS, MB (VmHWM)"
    metric mem_heap_mb "memory test: peak JVM heap used, MB"
    metric mem_old_mb "memory test: peak old generation used, MB"
    metric mem_heap_committed_mb "memory test: peak heap committed, MB"
}

is_number() { [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]]; }

print_report() {
    local key ch st ratio
    {
        printf 'metric\tclickhouse\tstrata\tstrata/clickhouse\n'
        for key in "${METRICS[@]}"; do
            ch=${R[clickhouse|$key]:-}
            st=${R[strata|$key]:-}
            [ -z "$ch$st" ] && continue
            ratio=""
            if is_number "$ch" && is_number "$st" && [ "$ch" != 0 ]; then
                ratio=$(awk -v a="$st" -v b="$ch" 'BEGIN { printf "%.2f", a / b }')
            fi
            printf '%s\t%s\t%s\t%s\n' "${LABEL[$key]}" "${ch:--}" "${st:--}" "$ratio"
        done
    } >"$RESULTS"
    echo
    echo "Insert benchmark: $ROWS rows, seed $SEED, $FILE ($FILE_BYTES bytes), $(nproc) cores, run $RUN_ID"
    echo "(one server at a time; ratio = strata / clickhouse: above 1 is better for rows/s and MB/s, worse for the rest)"
    # Long values (error messages) are cut for the screen; the results file has them whole.
    awk -F '\t' -v OFS='\t' '{ for (i = 2; i <= 3; i++) if (length($i) > 70) $i = substr($i, 1, 67) "..."; print }' "$RESULTS" \
        | column -t -s $'\t' 
    echo
    echo "(results also in $RESULTS)"
}

# ---------------------------------------------------------------------------------------------

main() {
    if [ ! -f "$FILE" ] || [ ! -f "$FILE.keys" ]; then
        log "generating $FILE ($ROWS rows, seed $SEED)"
        "$JAVA" -XX:+UseParallelGC "$GENERATOR" --rows "$ROWS" --seed "$SEED" --out "$FILE" || die "generator failed"
    fi
    # shellcheck disable=SC1090
    . "$FILE.keys"
    FILE_BYTES=$(stat -c %s "$FILE")
    define_queries
    declare_metrics

    if [[ " $ENGINES " == *" strata "* ]]; then
        log "building Strata (bin/strata --version)"
        "$ROOT/bin/strata" --version >&2 || log "Strata build failed; its runs will fail"
    fi
    local engine variant
    for engine in $ENGINES; do
        for variant in $VARIANTS; do
            run_engine_variant "$engine" "$variant"
        done
    done
    if [ "$MEMORY_TEST" = 1 ] && [[ " $ENGINES " == *" strata "* ]]; then
        run_memory_test
        put clickhouse mem_rss_mb "${R[clickhouse|lz4_rss_mb]:-}"
    fi
    print_report
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    main "$@"
fi
