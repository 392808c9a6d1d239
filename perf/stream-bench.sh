#!/usr/bin/env bash
# Streaming benchmark (issue 4): the same hits-like table in Strata and in ClickHouse 18.16 on this
# machine, one server at a time; for each of JSONEachRow, RowBinary and TabSeparated it streams
# `SELECT * FROM hits FORMAT F` over HTTP (MB/s, rows/s) and inserts the same rows in format F into
# a fresh table (rows/s, MB/s). The input files are ClickHouse's own SELECT output, so both servers
# parse the same bytes. The table comes from perf/insert-bench.sh's generator. See docs/performance.md.
#
# Every knob is an environment variable (defaults in brackets):
#   ROWS [10000000] SEED [1]        rows and seed of the generated TSV file
#   FILE [$WORK/hits_ROWS_sSEED.tsv] the generated file (reused when present, e.g. insert-bench.sh's)
#   WORK [/tmp/strata-stream-bench] data files, server directories, logs, results
#   ENGINES ["clickhouse strata"]   FORMATS ["JSONEachRow RowBinary TabSeparated"]
#   SELECT_RUNS [2]                 timed SELECT runs per format, the best one reported
#   CH_HTTP_PORT [18931] CH_TCP_PORT [19931] STRATA_HTTP_PORT [28931] STRATA_TCP_PORT [29931]
#   CH_MAX_THREADS [cores]          ClickHouse's max_threads
#   STRATA_JAVA_OPTS                extra JVM flags for the Strata server
set -uo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
ROWS=${ROWS:-10000000}
SEED=${SEED:-1}
WORK=${WORK:-/tmp/strata-stream-bench}
FILE=${FILE:-$WORK/hits_${ROWS}_s${SEED}.tsv}
ENGINES=${ENGINES:-clickhouse strata}
FORMATS=${FORMATS:-JSONEachRow RowBinary TabSeparated}
SELECT_RUNS=${SELECT_RUNS:-2}
CH_HTTP_PORT=${CH_HTTP_PORT:-18931}
CH_TCP_PORT=${CH_TCP_PORT:-19931}
STRATA_HTTP_PORT=${STRATA_HTTP_PORT:-28931}
STRATA_TCP_PORT=${STRATA_TCP_PORT:-29931}
GENERATOR=$ROOT/perf/src/main/java/io/strata/perf/hits/HitsGenerator.java

# shellcheck source=bin/jdk.sh
. "$ROOT/bin/jdk.sh"

mkdir -p "$WORK"
RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$WORK/results-$RUN_ID.tsv
declare -A R          # R[engine|metric] = value
declare -a METRICS    # metric keys in print order
declare -A LABEL

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "error: $*"; exit 1; }
metric() { METRICS+=("$1"); LABEL[$1]=$2; }
put() { R["$1|$2"]=$3; }

# ---------------------------------------------------------------------------------------------
# The server this script started; stopped on exit, by pid.
SERVER_PID=""
SERVER_DATA=""
cleanup() { [ -n "$SERVER_PID" ] && stop_server; }
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
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    fi
    [ -n "$SERVER_DATA" ] && rm -rf "$SERVER_DATA"
    SERVER_DATA=""
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_ready() { # PORT PID LOG
    local i
    for ((i = 0; i < 600; i++)); do
        if ! kill -0 "$2" 2>/dev/null; then log "server exited during start-up; see $3"; tail -5 "$3" >&2; return 1; fi
        [ "$(curl -s --max-time 2 "http://127.0.0.1:$1/ping")" = "Ok." ] && return 0
        sleep 0.2
    done
    log "server did not answer on port $1 in 120 s"
    return 1
}

start_clickhouse() {
    local dir=$WORK/clickhouse
    command -v clickhouse-server >/dev/null || { log "clickhouse-server is not installed"; return 1; }
    port_free "$CH_HTTP_PORT" && port_free "$CH_TCP_PORT" || { log "port $CH_HTTP_PORT or $CH_TCP_PORT is in use"; return 1; }
    rm -rf "$dir" && mkdir -p "$dir/log"
    cat >"$dir/config.xml" <<EOF
<?xml version="1.0"?>
<yandex>
    <logger><level>warning</level><log>$dir/log/server.log</log><errorlog>$dir/log/error.log</errorlog><size>100M</size><count>2</count></logger>
    <http_port>$CH_HTTP_PORT</http_port>
    <tcp_port>$CH_TCP_PORT</tcp_port>
    <listen_host>127.0.0.1</listen_host>
    <mark_cache_size>1073741824</mark_cache_size>
    <path>$dir/data/</path>
    <tmp_path>$dir/tmp/</tmp_path>
    <user_files_path>$dir/user_files/</user_files_path>
    <format_schema_path>$dir/format_schemas/</format_schema_path>
    <users_config>$dir/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
</yandex>
EOF
    # every core: 18.16 counts physical cores and sees one on an SMT pair of vCPUs
    cat >"$dir/users.xml" <<EOF
<?xml version="1.0"?>
<yandex>
    <profiles><default><max_memory_usage>10000000000</max_memory_usage><max_threads>${CH_MAX_THREADS:-$(nproc)}</max_threads></default></profiles>
    <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
    <quotas><default></default></quotas>
</yandex>
EOF
    clickhouse-server --config-file="$dir/config.xml" >"$dir/log/stdout.log" 2>&1 &
    SERVER_PID=$!
    PORT=$CH_HTTP_PORT
    SERVER_DATA=$dir/data
    wait_ready "$PORT" "$SERVER_PID" "$dir/log/stdout.log"
}

start_strata() {
    local dir=$WORK/strata
    port_free "$STRATA_HTTP_PORT" && port_free "$STRATA_TCP_PORT" || { log "port $STRATA_HTTP_PORT or $STRATA_TCP_PORT is in use"; return 1; }
    rm -rf "$dir" && mkdir -p "$dir/path"
    "$ROOT/bin/strata" server --path "$dir/path" --http-port "$STRATA_HTTP_PORT" --tcp-port "$STRATA_TCP_PORT" \
        >"$dir/server.log" 2>&1 &
    SERVER_PID=$!
    PORT=$STRATA_HTTP_PORT
    SERVER_DATA=$dir/path
    wait_ready "$PORT" "$SERVER_PID" "$dir/server.log"
}

# sql "QUERY": prints the body; fails on an HTTP error with the message in $LAST_ERROR.
sql() {
    local out status
    out=$(curl -sS -w '\n%{http_code}' --data-binary "$1" "http://127.0.0.1:$PORT/" 2>&1)
    status=${out##*$'\n'}
    out=${out%$'\n'*}
    if [ "$status" != 200 ]; then
        LAST_ERROR=$(printf '%s' "$out" | head -c 300 | tr '\n\t' '  ')
        return 1
    fi
    printf '%s' "$out"
}

first_line() { head -c 200 | tr '\n\t' '  '; }
# CPU seconds (user + system) the server has used so far: on a shared machine they move less than wall time.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$SERVER_PID/stat" 2>/dev/null || echo 0; }
per_second() { awk -v n="$1" -v s="$2" -v d="$3" 'BEGIN { if (s > 0) printf "%.*f", d, n / s; }'; }

# ---------------------------------------------------------------------------------------------
# insert ENGINE KEY TABLE FORMAT PATH: one POST of the whole file (curl -T - streams it chunked).
insert() {
    local engine=$1 key=$2 table=$3 format=$4 path=$5 out code seconds bytes
    bytes=$(stat -c %s "$path")
    cat "$path" >/dev/null # page cache: the same start for every load
    local cpu0
    cpu0=$(cpu_seconds)
    out=$(curl -sS -X POST -H 'Expect:' -T - -o "$WORK/insert.out" -w '%{http_code} %{time_total}' \
        "http://127.0.0.1:$PORT/?query=INSERT+INTO+$table+FORMAT+$format" <"$path" 2>&1)
    read -r code seconds <<<"$out"
    put "$engine" "${key}_cpu" "$(awk -v a="$cpu0" -v b="$(cpu_seconds)" 'BEGIN { printf "%.1f", b - a }')"
    if [ "$code" != 200 ]; then
        put "$engine" "$key" "FAILED: $( (cat "$WORK/insert.out"; printf '%s' "$out") | first_line)"
        log "$engine: INSERT $format failed: ${R[$engine|$key]}"
        return 1
    fi
    local count
    count=$(sql "SELECT count() FROM $table") || count="?"
    if [ "$count" != "$ROWS" ]; then
        put "$engine" "$key" "FAILED: $count rows after the insert"
        return 1
    fi
    put "$engine" "${key}_rows" "$(per_second "$ROWS" "$seconds" 0)"
    put "$engine" "${key}_mb" "$(awk -v b="$bytes" -v s="$seconds" 'BEGIN { printf "%.1f", b / 1e6 / s }')"
    log "$engine: INSERT $format: $seconds s"
}

# select_stream ENGINE FORMAT: best of SELECT_RUNS; ClickHouse's first run is kept as the input file.
select_stream() {
    local engine=$1 format=$2 run out code seconds size best="" best_size=0 target cpu0 cpu best_cpu=""
    for ((run = 1; run <= SELECT_RUNS; run++)); do
        cpu0=$(cpu_seconds)
        target=/dev/null
        if [ "$engine" = clickhouse ] && ((run == 1)); then target=$WORK/hits.$format; fi
        out=$(curl -sS -o "$target" -w '%{http_code} %{time_total} %{size_download}' \
            --data-binary "SELECT * FROM hits FORMAT $format" "http://127.0.0.1:$PORT/" 2>&1)
        read -r code seconds size <<<"$out"
        cpu=$(awk -v a="$cpu0" -v b="$(cpu_seconds)" 'BEGIN { printf "%.1f", b - a }')
        if [ "$code" != 200 ]; then
            put "$engine" "select_$format" "FAILED: $out"
            return 1
        fi
        if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$seconds; best_size=$size; fi
        if [ -z "$best_cpu" ] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then best_cpu=$cpu; fi
    done
    put "$engine" "select_${format}_rows" "$(per_second "$ROWS" "$best" 0)"
    put "$engine" "select_${format}_mb" "$(awk -v b="$best_size" -v s="$best" 'BEGIN { printf "%.1f", b / 1e6 / s }')"
    put "$engine" "select_${format}_bytes" "$best_size"
    put "$engine" "select_${format}_cpu" "$best_cpu"
    log "$engine: SELECT * FORMAT $format: $best s, $best_size bytes"
}

run_engine() {
    local engine=$1 format
    log "=== $engine"
    if [ "$engine" = clickhouse ]; then start_clickhouse || { stop_server; return; }
    else start_strata || { stop_server; return; }
    fi
    put "$engine" version "$(sql 'SELECT version()')"
    sql "$("$JAVA" "$GENERATOR" --ddl)" >/dev/null || { log "$engine: CREATE TABLE failed: $LAST_ERROR"; stop_server; return; }
    insert "$engine" load_tsv hits TabSeparated "$FILE" || { stop_server; return; }
    for format in $FORMATS; do select_stream "$engine" "$format"; done
    for format in $FORMATS; do
        if [ ! -s "$WORK/hits.$format" ]; then put "$engine" "insert_$format" "no input file"; continue; fi
        sql "$("$JAVA" "$GENERATOR" --ddl --table hits_in)" >/dev/null || { put "$engine" "insert_$format" "FAILED: $LAST_ERROR"; continue; }
        insert "$engine" "insert_$format" hits_in "$format" "$WORK/hits.$format"
        sql "DROP TABLE hits_in" >/dev/null
    done
    stop_server
}

print_report() {
    local key ch st ratio format
    metric version "server version"
    for format in $FORMATS; do
        metric "select_${format}_mb" "SELECT * FORMAT $format: MB/s"
        metric "select_${format}_rows" "SELECT * FORMAT $format: rows/s"
        metric "select_${format}_cpu" "SELECT * FORMAT $format: server CPU s"
        metric "select_${format}_bytes" "SELECT * FORMAT $format: bytes"
    done
    for format in $FORMATS; do
        metric "insert_${format}_rows" "INSERT FORMAT $format: rows/s"
        metric "insert_${format}_mb" "INSERT FORMAT $format: MB/s"
        metric "insert_${format}_cpu" "INSERT FORMAT $format: server CPU s"
    done
    metric load_tsv_rows "initial TSV load: rows/s"
    metric load_tsv_cpu "initial TSV load: server CPU s"
    {
        printf 'metric\tclickhouse\tstrata\tstrata/clickhouse\n'
        for key in "${METRICS[@]}"; do
            ch=${R[clickhouse|$key]:-}
            st=${R[strata|$key]:-}
            # a failed step has its message under the step's own key
            [ -z "$st" ] && st=${R[strata|${key%_*}]:-}
            [ -z "$ch" ] && ch=${R[clickhouse|${key%_*}]:-}
            [ -z "$ch$st" ] && continue
            ratio=""
            if [ "$key" != version ] && [[ $ch =~ ^[0-9.]+$ && $st =~ ^[0-9.]+$ ]] && [ "$ch" != 0 ]; then
                ratio=$(awk -v a="$st" -v b="$ch" 'BEGIN { printf "%.2f", a / b }')
            fi
            printf '%s\t%s\t%s\t%s\n' "${LABEL[$key]}" "${ch:--}" "${st:--}" "$ratio"
        done
    } >"$RESULTS"
    echo
    echo "Streaming benchmark: $ROWS rows, $FILE, $(nproc) cores, run $RUN_ID, load average at start: $LOAD_START, at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "(one server at a time; ratio = strata / clickhouse: above 1 is better for rows/s and MB/s, worse for CPU seconds)"
    column -t -s $'\t' "$RESULTS"
    echo "(results also in $RESULTS)"
}

main() {
    LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
    if [ ! -f "$FILE" ]; then
        log "generating $FILE ($ROWS rows, seed $SEED)"
        "$JAVA" -XX:+UseParallelGC "$GENERATOR" --rows "$ROWS" --seed "$SEED" --out "$FILE" || die "generator failed"
    fi
    if [[ " $ENGINES " == *" strata "* ]]; then
        log "building Strata (bin/strata --version)"
        "$ROOT/bin/strata" --version >&2 || log "Strata build failed; its runs will fail"
    fi
    local engine
    # ClickHouse first: its SELECT output is the input both servers then parse.
    for engine in clickhouse strata; do
        [[ " $ENGINES " == *" $engine "* ]] && run_engine "$engine"
    done
    print_report
}

main "$@"
