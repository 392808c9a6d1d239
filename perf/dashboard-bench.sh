#!/usr/bin/env bash
# Dashboard benchmark (issue 4): the hits-like table of perf/insert-bench.sh in Strata and in
# ClickHouse 18.16 on this machine, and a dashboard workload sent to each over keep-alive HTTP
# connections: queries on a primary-key prefix (CounterID = c, with GROUP BY and ORDER BY ... LIMIT
# 10) for CounterID values drawn from the data, the same sequence for both servers, at 1, 16 and
# 128 connections for DURATION seconds each. Prints queries/s, p50/p90/p99 latency and errors per
# server and the ratios. One server runs at a time. See docs/performance.md.
#
# Knobs (environment, defaults in brackets), besides insert-bench.sh's ROWS, SEED, ports,
# STRATA_JAVA_OPTS:
#   WORK [/tmp/strata-dashboard-bench]   server directories, query files, logs, results
#   HITS_FILE [/tmp/strata-insert-bench/hits_${ROWS}_s${SEED}.tsv]  the data file, shared with
#                                  insert-bench.sh (generated when missing)
#   ENGINES ["clickhouse strata"]  servers to measure, in this order
#   LOAD [auto]                    1: fresh data directories, loaded from the file, merged, OPTIMIZE
#                                  FINAL; 0: reuse the directories a previous run kept; auto: 0
#                                  where a previous run's directory is there
#   KEEP_DATA [1]                  keep the loaded data directories for the next run
#   CONNECTIONS ["1 16 128"] DURATION [30] WARMUP [5]   the load: connection counts, measured
#                                  and warm-up seconds per count
#   FIRST_WARMUP [20]              seconds of untimed load at 16 connections before the first count
#                                  (the JIT compiles Strata's hot paths; ClickHouse gets the same)
#   COUNTERS [200]                 how many CounterID values the queries draw from
#   MIN_ROWS [2000] MAX_ROWS [60000]  ... each with this many rows in the table (a few granules)
#   SEQUENCE [2000]                lines of the query sequence
#   CHECK_QUERIES [40]             distinct queries whose answers must agree between the servers
#   BENCH_PATH [/?database=default&use_uncompressed_cache=1&log_queries=0]  every query's path:
#                                  the uncompressed block cache ClickHouse recommends for short
#                                  queries (18.16's default; off by default in later versions), and
#                                  no query log (insert-bench's ClickHouse profile turns it on; a
#                                  query_log row per dashboard query is not what is measured)
#   CH_MAX_CONCURRENT_QUERIES [1000]  ClickHouse's limit, above the largest connection count
set -uo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
ROWS=${ROWS:-10000000}
SEED=${SEED:-1}
export WORK=${WORK:-/tmp/strata-dashboard-bench}
export HITS_FILE=${HITS_FILE:-/tmp/strata-insert-bench/hits_${ROWS}_s${SEED}.tsv}
export KEEP_DATA=${KEEP_DATA:-1}
export CH_MAX_CONCURRENT_QUERIES=${CH_MAX_CONCURRENT_QUERIES:-1000}
export CH_HTTP_PORT=${CH_HTTP_PORT:-18223} CH_TCP_PORT=${CH_TCP_PORT:-19200}
export STRATA_HTTP_PORT=${STRATA_HTTP_PORT:-28223} STRATA_TCP_PORT=${STRATA_TCP_PORT:-29200}
DASH_ENGINES=${ENGINES:-clickhouse strata}
LOAD=${LOAD:-auto}
CONNECTIONS=${CONNECTIONS:-1 16 128}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-5}
FIRST_WARMUP=${FIRST_WARMUP:-20}
COUNTERS=${COUNTERS:-200}
MIN_ROWS=${MIN_ROWS:-2000}
MAX_ROWS=${MAX_ROWS:-60000}
SEQUENCE=${SEQUENCE:-2000}
CHECK_QUERIES=${CHECK_QUERIES:-40}
BENCH_PATH=${BENCH_PATH:-/?database=default&use_uncompressed_cache=1&log_queries=0}

# The servers, the loading, settling and OPTIMIZE come from the insert benchmark.
# shellcheck source=perf/insert-bench.sh
. "$ROOT/perf/insert-bench.sh"
mkdir -p "$(dirname "$FILE")"
LOADER=$ROOT/perf/src/main/java/io/strata/perf/dashboard/DashboardLoad.java
COUNTER_FILE=$WORK/counters_${ROWS}_s${SEED}.txt
QUERY_FILE=$WORK/queries_${ROWS}_s${SEED}.sql
declare -A LOAD_RESULT # LOAD_RESULT[engine|connections] = the loader's TSV line

data_dir() { # ENGINE: the directory a kept load lives in
    if [ "$1" = clickhouse ]; then echo "$WORK/clickhouse-lz4/data"; else echo "$WORK/strata-lz4/path"; fi
}

# ---------------------------------------------------------------------------------------------
# The workload

# The CounterID values: every site with MIN_ROWS..MAX_ROWS rows, COUNTERS of them evenly spaced
# over the key order. Read from the first server loaded; the file is then fixed for all runs.
pick_counters() {
    [ -s "$COUNTER_FILE" ] && return 0
    sql "SELECT CounterID, count() FROM hits GROUP BY CounterID ORDER BY CounterID FORMAT TabSeparated" \
        | awk -v lo="$MIN_ROWS" -v hi="$MAX_ROWS" '$2 >= lo && $2 <= hi { print $1 }' >"$WORK/counters.all"
    local n
    n=$(wc -l <"$WORK/counters.all")
    ((n > 0)) || die "no CounterID has $MIN_ROWS..$MAX_ROWS rows"
    awk -v n="$n" -v want="$COUNTERS" 'BEGIN { step = n > want ? n / want : 1 }
        NR - 1 >= next_pick { print; next_pick += step }' "$WORK/counters.all" >"$COUNTER_FILE"
    log "picked $(wc -l <"$COUNTER_FILE") CounterID values out of $n with $MIN_ROWS..$MAX_ROWS rows"
}

# The query sequence: four dashboard queries in turn (traffic by day of a week, top pages of a
# week, top search phrases, top OS/browser pairs), each for the next CounterID in a scrambled
# order, weeks spread over the data's dates. A pure function of the counter file and the dates.
make_queries() {
    [ -s "$QUERY_FILE" ] && [ "$QUERY_FILE" -nt "$COUNTER_FILE" ] && return 0
    local days=() d=$FIRST_DATE
    while [[ ! "$d" > "$LAST_DATE" ]]; do days+=("$d"); d=$(date -u -d "$d + 1 day" +%F); done
    awk -v seq="$SEQUENCE" -v dates="${days[*]}" '
        { counter[n++] = $1 }
        END {
            nd = split(dates, day, " ")
            weeks = nd > 7 ? nd - 6 : 1
            for (i = 0; i < seq; i++) {
                c = counter[(i * 7919 + 13) % n]
                w = (i * 11) % weeks + 1
                d1 = day[w]; d2 = day[w + 6 <= nd ? w + 6 : nd]
                t = i % 4
                if (t == 0) printf "SELECT EventDate, count() AS hits, uniq(UserID) AS users FROM hits WHERE CounterID = %s AND EventDate BETWEEN '\''%s'\'' AND '\''%s'\'' GROUP BY EventDate ORDER BY EventDate LIMIT 10\n", c, d1, d2
                else if (t == 1) printf "SELECT URL, count() AS c FROM hits WHERE CounterID = %s AND EventDate BETWEEN '\''%s'\'' AND '\''%s'\'' GROUP BY URL ORDER BY c DESC, URL LIMIT 10\n", c, d1, d2
                else if (t == 2) printf "SELECT SearchPhrase, count() AS c FROM hits WHERE CounterID = %s AND SearchPhrase != '\'''\'' GROUP BY SearchPhrase ORDER BY c DESC, SearchPhrase LIMIT 10\n", c
                else printf "SELECT OS, UserAgent, count() AS c, sum(ResolutionWidth) AS w FROM hits WHERE CounterID = %s GROUP BY OS, UserAgent ORDER BY c DESC, OS, UserAgent LIMIT 10\n", c
            }
        }' "$COUNTER_FILE" >"$QUERY_FILE"
}

# ---------------------------------------------------------------------------------------------
# One server: start (loading it first when needed), check answers, run the load, stop.

prepare_server() { # ENGINE
    local engine=$1 fresh=$LOAD
    if [ "$fresh" = auto ]; then
        if [ -d "$(data_dir "$engine")" ]; then fresh=0; else fresh=1; fi
    fi
    if [ "$fresh" = 1 ]; then
        REUSE_DATA=0
        if [ "$engine" = clickhouse ]; then start_clickhouse lz4; else start_strata lz4; fi || return 1
        sql "$("$JAVA" "$GENERATOR" --ddl)" >/dev/null || { log "$engine: CREATE TABLE failed: $LAST_ERROR"; return 1; }
        load "$engine" lz4 hits || return 1
        log "$engine: waiting for merges to settle"
        settle "$engine"
        optimize "$engine" lz4
    else
        REUSE_DATA=1
        log "$engine: reusing $(data_dir "$engine")"
        if [ "$engine" = clickhouse ]; then start_clickhouse lz4; else start_strata lz4; fi || return 1
    fi
    local count
    count=$(sql "SELECT count() FROM hits") || { log "$engine: $LAST_ERROR"; return 1; }
    [ "$count" = "$ROWS" ] || { log "$engine: hits holds $count rows, not $ROWS"; return 1; }
    put "$engine" parts "$(sql "SELECT count() FROM system.parts WHERE database = 'default' AND table = 'hits' AND active")"
}

bench_server() { # ENGINE
    local engine=$1 cpu_before load_before out line n
    prepare_server "$engine" || { put "$engine" status "FAILED (see $WORK)"; stop_server; return; }
    pick_counters
    make_queries
    put "$engine" version "$(sql 'SELECT version()')"
    "$JAVA" "$LOADER" check --port "$PORT" --queries "$QUERY_FILE" --first "$CHECK_QUERIES" --path "$BENCH_PATH" --out "$WORK/check-$engine.txt" \
        || log "$engine: answer check failed"
    if [ "$FIRST_WARMUP" != 0 ]; then
        log "$engine: ${FIRST_WARMUP} s of warm-up load"
        "$JAVA" -XX:+UseParallelGC "$LOADER" run --port "$PORT" --queries "$QUERY_FILE" --label warm-up --path "$BENCH_PATH" \
            --connections 16 --duration "$FIRST_WARMUP" --warmup 0 >/dev/null
    fi
    log "$engine: load at ${CONNECTIONS// /, } connections, ${WARMUP} s warm-up + ${DURATION} s each"
    load_before=$(cut -d' ' -f1 /proc/loadavg)
    cpu_before=$(cpu_ticks "$SERVER_PID")
    out=$("$JAVA" -XX:+UseParallelGC "$LOADER" run --port "$PORT" --queries "$QUERY_FILE" --label "$engine" \
        --server-pid "$SERVER_PID" --path "$BENCH_PATH" --connections "$(echo "$CONNECTIONS" | tr ' ' ',')" --duration "$DURATION" --warmup "$WARMUP")
    put "$engine" cpu_s "$(awk -v a="$cpu_before" -v b="$(cpu_ticks "$SERVER_PID")" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%.1f", (b - a) / hz }')"
    put "$engine" loadavg "$load_before / $(cut -d' ' -f1 /proc/loadavg)"
    printf '%s\n' "$out" >"$WORK/load-$engine-$RUN_ID.tsv"
    while IFS= read -r line; do
        n=$(cut -f2 <<<"$line")
        [[ $n =~ ^[0-9]+$ ]] && LOAD_RESULT["$engine|$n"]=$line
    done <<<"$out"
    stop_server
}

# ---------------------------------------------------------------------------------------------

field() { # ENGINE CONNECTIONS COLUMN (1-based, of the loader's line)
    local line=${LOAD_RESULT["$1|$2"]:-}
    [ -n "$line" ] && cut -f"$3" <<<"$line"
}

report() {
    local n ch st
    {
        echo "Dashboard benchmark: $ROWS rows, seed $SEED, $(nproc) cores, run $RUN_ID"
        echo "queries: $QUERY_FILE ($(wc -l <"$QUERY_FILE") lines over $(wc -l <"$COUNTER_FILE") CounterID values)"
        for engine in $DASH_ENGINES; do
            echo "$engine: ${R[$engine|version]:-?}, ${R[$engine|parts]:-?} parts, server CPU ${R[$engine|cpu_s]:-?} s," \
                "load average before/after ${R[$engine|loadavg]:-?} ${R[$engine|status]:-}"
        done
        if [ -s "$WORK/check-clickhouse.txt" ] && [ -s "$WORK/check-strata.txt" ]; then
            if cmp -s "$WORK/check-clickhouse.txt" "$WORK/check-strata.txt"; then
                echo "answers of the first $CHECK_QUERIES distinct queries: identical"
            else
                echo "answers of the first $CHECK_QUERIES distinct queries: DIFFER (diff $WORK/check-clickhouse.txt $WORK/check-strata.txt)"
            fi
        fi
        echo
        {
            printf 'connections\tqps clickhouse\tqps strata\tratio\tp50 ms ch\tp50 ms strata\tp99 ms ch\tp99 ms strata\tratio\tcpu ms/q ch\tcpu ms/q strata\terrors ch\terrors strata\n'
            for n in $CONNECTIONS; do
                local qc qs p50c p50s p99c p99s
                qc=$(field clickhouse "$n" 5); qs=$(field strata "$n" 5)
                p50c=$(field clickhouse "$n" 6); p50s=$(field strata "$n" 6)
                p99c=$(field clickhouse "$n" 8); p99s=$(field strata "$n" 8)
                printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "${qc:--}" "${qs:--}" "$(ratio "$qs" "$qc")" \
                    "${p50c:--}" "${p50s:--}" "${p99c:--}" "${p99s:--}" "$(ratio "$p99s" "$p99c")" \
                    "$(field clickhouse "$n" 12)" "$(field strata "$n" 12)" "$(field clickhouse "$n" 10)" "$(field strata "$n" 10)"
            done
        } | column -t -s $'\t'
        for engine in $DASH_ENGINES; do
            for n in $CONNECTIONS; do
                ch=$(field "$engine" "$n" 13)
                [ -n "$ch" ] && echo "$engine at $n connections, first error: $ch"
            done
        done
        echo "(ratio = strata / clickhouse: above 1 is better for qps, worse for p99; cpu ms/q: the server's CPU time over"
        echo " the measured interval per answer; loader lines in $WORK/load-*-$RUN_ID.tsv)"
    } | tee "$WORK/results-$RUN_ID.txt"
}

ratio() { # A B: A / B when both are numbers
    if is_number "${1:-}" && is_number "${2:-}" && [ "$2" != 0 ] && [ "$2" != 0.00 ]; then
        awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
    fi
}

dashboard_main() {
    if [ ! -f "$FILE" ] || [ ! -f "$FILE.keys" ]; then
        log "generating $FILE ($ROWS rows, seed $SEED)"
        "$JAVA" -XX:+UseParallelGC "$GENERATOR" --rows "$ROWS" --seed "$SEED" --out "$FILE" || die "generator failed"
    fi
    # shellcheck disable=SC1090
    . "$FILE.keys"
    FILE_BYTES=$(stat -c %s "$FILE")
    if [[ " $DASH_ENGINES " == *" strata "* ]]; then
        log "building Strata (bin/strata --version)"
        "$ROOT/bin/strata" --version >&2 || log "Strata build failed; its run will fail"
    fi
    local engine
    for engine in $DASH_ENGINES; do
        log "=== $engine"
        bench_server "$engine"
    done
    report
}

dashboard_main "$@"
