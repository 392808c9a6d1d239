#!/usr/bin/env bash
# Join benchmark (issue 7): ClickBench's hits table (the perf/clickbench generator and schema)
# joined to a dimension table of users, and a self-join of hits larger than a memory limit, on
# Strata and on ClickHouse 18.16 (Debian's clickhouse-server) when it is installed. Each query runs
# once cold (the first run after a server start) and TRIES times hot; the report gives the cold
# and best hot time (HTTP round trip on loopback, curl's time_total, as perf/clickbench.sh times)
# and the server's peak RSS during the query (VmHWM, reset before each query), and for Strata the
# most partition files seen in its tmp directory while the query ran (0: it did not spill). See
# docs/performance.md, section Joins.
#
#   perf/join-bench.sh                         1 M hits rows, 1 M users
#   ROWS=10000000 perf/join-bench.sh           10 M hits rows
#
# Knobs (environment, defaults in brackets):
#   ROWS [1000000] SEED [1]        hits rows and seed of the generated file
#   DIM_ROWS [1000000]             rows of the users dimension table (every UserID of hits, then
#                                  made-up users up to this count)
#   ENGINES ["strata clickhouse"]  engines to run; ClickHouse is skipped when not installed
#   TRIES [2]                      hot runs per query after the cold one
#   SPILL_LIMIT [64000000]         bytes: max_bytes_in_join of the spilling self-join (Strata),
#                                  max_memory_usage of the self-join for both engines is 2x this
#   WORK [/tmp/strata-join-bench]  data file, engine directories, answers, report
#   QUERY_TIMEOUT [1800]           seconds one query run may take
#   STRATA_JAVA_OPTS               extra JVM flags for the Strata server
#
# ClickHouse 18.16 has no spilling join: its self-join under the memory limit is expected to fail
# with MEMORY_LIMIT_EXCEEDED; the report says so. Its JOINs need ALL written and USING keys (its
# ON support is too partial), so the queries are written in the dialect both engines run.
set -uo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
ROWS=${ROWS:-1000000}
SEED=${SEED:-1}
DIM_ROWS=${DIM_ROWS:-1000000}
JB_ENGINES=${ENGINES:-strata clickhouse}
TRIES=${TRIES:-2}
SPILL_LIMIT=${SPILL_LIMIT:-64000000}
export WORK=${WORK:-/tmp/strata-join-bench}
QUERY_TIMEOUT=${QUERY_TIMEOUT:-1800}
export CH_HTTP_PORT=${CH_HTTP_PORT:-18423} CH_TCP_PORT=${CH_TCP_PORT:-19400}
export STRATA_HTTP_PORT=${STRATA_HTTP_PORT:-28423} STRATA_TCP_PORT=${STRATA_TCP_PORT:-29400}
export HITS_FILE=$WORK/hits_${ROWS}_s${SEED}.tsv
export KEEP_DATA=1

# Server start/stop, sql, load and settle come from the insert benchmark.
# shellcheck source=perf/insert-bench.sh
. "$ROOT/perf/insert-bench.sh"
SRC=$ROOT/perf/src/main/java/io/strata/perf/clickbench
CREATE=$ROOT/perf/clickbench/create.sql
REPORT=$WORK/join-report-$ROWS.md

# name<TAB>query: the dimension join (inner and left, grouped), a join feeding a top-N, and the
# self-join whose build side (all of hits' WatchID and URL) passes the memory limit.
queries() {
    printf '%s\t%s\n' \
        dim_inner "SELECT segment, count(), sum(ResolutionWidth) FROM hits ALL INNER JOIN users USING UserID GROUP BY segment ORDER BY segment" \
        dim_left "SELECT count(), sum(segment), sum(length(name)) FROM hits ALL LEFT JOIN users USING UserID" \
        dim_top "SELECT name, count() AS c FROM hits ALL INNER JOIN users USING UserID GROUP BY name ORDER BY c DESC, name LIMIT 10" \
        self_spill "SELECT count(), sum(length(URL2)) FROM hits ALL INNER JOIN (SELECT WatchID, URL AS URL2 FROM hits) USING WatchID"
}

query_settings() { # ENGINE NAME: URL parameters of the query
    if [ "$2" = self_spill ]; then
        if [ "$1" = strata ]; then
            echo "max_bytes_in_join=$SPILL_LIMIT&max_memory_usage=$((SPILL_LIMIT * 2))"
        else
            echo "max_memory_usage=$((SPILL_LIMIT * 2))"
        fi
    fi
}

start_engine() { if [ "$1" = clickhouse ]; then start_clickhouse joins; else start_strata joins "${STRATA_JAVA_OPTS:-}"; fi; }

load_engine() { # ENGINE
    local engine=$1 ddl=strata n
    [ "$engine" = clickhouse ] && ddl=clickhouse18
    REUSE_DATA=0
    start_engine "$engine" || return 1
    sql "$("$JAVA" "$SRC/ClickBenchGenerator.java" --create "$CREATE" --ddl "$ddl")" >/dev/null || { log "$engine: CREATE hits: $LAST_ERROR"; return 1; }
    load "$engine" hits hits || return 1
    sql "CREATE TABLE users (UserID Int64, segment UInt8, name String) ENGINE = MergeTree ORDER BY UserID" >/dev/null \
        || { log "$engine: CREATE users: $LAST_ERROR"; return 1; }
    sql "INSERT INTO users SELECT UserID, UserID % 16, concat('user', toString(UserID % 1000)) FROM (SELECT DISTINCT UserID FROM hits) LIMIT $DIM_ROWS" >/dev/null \
        || { log "$engine: users: $LAST_ERROR"; return 1; }
    n=$(sql "SELECT count() FROM users")
    if ((n < DIM_ROWS)); then
        sql "INSERT INTO users SELECT -1 - toInt64(number), 99, 'nobody' FROM system.numbers LIMIT $((DIM_ROWS - n))" >/dev/null \
            || { log "$engine: users padding: $LAST_ERROR"; return 1; }
    fi
    settle "$engine"
    log "$engine: hits $(sql 'SELECT count() FROM hits') rows, users $(sql 'SELECT count() FROM users') rows"
}

run_engine() { # ENGINE
    local engine=$1 name query settings out code seconds try cold best hwm answer
    if [ "$engine" = clickhouse ] && ! command -v clickhouse-server >/dev/null; then
        log "clickhouse: not installed; skipping"
        return
    fi
    load_engine "$engine" || { stop_server; return; }
    stop_server
    while IFS=$'\t' read -r name query; do
        REUSE_DATA=1
        start_engine "$engine" || continue
        settings=$(query_settings "$engine" "$name")
        echo 5 >"/proc/$SERVER_PID/clear_refs" 2>/dev/null
        cold="" best="" answer=""
        # the spilling join's partition files exist only while it runs: poll their largest count
        local poller="" spill_dir=$WORK/strata-joins/path/tmp
        if [ "$engine" = strata ]; then
            (max=0; while kill -0 "$SERVER_PID" 2>/dev/null; do
                n=$(find "$spill_dir" -type f 2>/dev/null | wc -l); ((n > max)) && { max=$n; echo "$max" >"$WORK/spill-files"; }
                sleep 0.1
            done) &
            poller=$!
            echo 0 >"$WORK/spill-files"
        fi
        for ((try = 0; try <= TRIES; try++)); do
            out=$(curl -sS -o "$WORK/$engine-$name.out" -w '%{http_code} %{time_total}' --max-time "$QUERY_TIMEOUT" \
                --data-binary "$query" "http://127.0.0.1:$PORT/?log_queries=0${settings:+&$settings}" 2>&1)
            read -r code seconds <<<"$out"
            if [ "$code" != 200 ]; then
                answer="FAILED: $(first_line <"$WORK/$engine-$name.out")"
                cold="" best=""
                break
            fi
            answer=$(head -c 120 "$WORK/$engine-$name.out" | tr '\n\t' '; ')
            if [ -z "$cold" ]; then cold=$seconds; else
                if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$seconds; fi
            fi
        done
        hwm=$(awk '/^VmHWM:/ { print int($2 / 1024) }' "/proc/$SERVER_PID/status" 2>/dev/null)
        local spilled=-
        if [ -n "$poller" ]; then
            kill "$poller" 2>/dev/null; wait "$poller" 2>/dev/null
            spilled=$(cat "$WORK/spill-files")
        fi
        printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$engine" "$name" "${cold:--}" "${best:--}" "${hwm:-?}" "$spilled" "$answer" >>"$REPORT"
        log "$engine $name: cold ${cold:--} s, hot ${best:--} s, peak RSS ${hwm:-?} MB, spill files $spilled: $answer"
        stop_server
    done < <(queries)
}

main() {
    mkdir -p "$WORK"
    if [ ! -f "$HITS_FILE" ]; then
        log "generating $HITS_FILE ($ROWS rows, seed $SEED)"
        "$JAVA" -XX:+UseParallelGC "$SRC/ClickBenchGenerator.java" --create "$CREATE" --rows "$ROWS" --seed "$SEED" --out "$HITS_FILE" \
            || die "generator failed"
    fi
    FILE=$HITS_FILE
    FILE_BYTES=$(stat -c %s "$FILE")
    {
        echo "Join benchmark: hits $ROWS rows (seed $SEED), users $DIM_ROWS rows; spill limit $SPILL_LIMIT bytes"
        echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)"
        echo
        echo "| engine | query | cold s | best hot s | peak RSS MB | spill files (max seen) | answer |"
        echo "|---|---|---|---|---|---|---|"
    } >"$REPORT"
    "$ROOT/bin/strata" --version >&2 || log "Strata build failed"
    local engine
    for engine in $JB_ENGINES; do run_engine "$engine"; done
    log "report: $REPORT"
    cat "$REPORT"
}

main "$@"
