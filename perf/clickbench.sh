#!/usr/bin/env bash
# ClickBench (issue 6): ClickBench's hits table (105 columns, perf/clickbench/create.sql as
# ClickBench gives it for ClickHouse) filled by a deterministic generator, loaded into Strata and,
# when they are installed, into ClickHouse 18.16 (Debian's clickhouse-server) and DuckDB (JDBC,
# org.duckdb:duckdb_jdbc from Maven); ClickBench's 43 queries (perf/clickbench/queries.sql) each
# run once cold and TRIES times hot on every engine; Strata's answers checked against the peers';
# a table of times, ratios and geometric means, load time, bytes on disk and peak memory per
# engine written as Markdown and CSV. See docs/performance.md, section ClickBench.
#
#   perf/clickbench.sh                      1 M rows, all engines there are, all 43 queries
#   ROWS=10000000 perf/clickbench.sh        10 M rows
#
# Knobs (environment, defaults in brackets):
#   ROWS [1000000] SEED [1]       rows and seed of the generated file
#   ENGINES ["strata clickhouse duckdb"]   engines to run; a peer that is not installed is
#                                 skipped with a message (Strata is built by bin/strata)
#   QUERIES [1-43]                the queries to run, e.g. "1-10 29 43" or "1,2,5-7"
#   TRIES [3]                     hot runs per query after the cold one
#   WORK [/tmp/strata-clickbench]  data file, engine directories, answers, reports
#   REUSE [1]                     1: keep each engine's loaded data and reuse it when a later run
#                                 has the same ROWS and SEED (no new load, so no new load figures
#                                 unless the previous ones are in WORK); 0: load afresh
#   REPORT_ONLY [0]               1: run nothing, only write the report from the answers and times
#                                 already in WORK (e.g. after runs of single engines or queries)
#   QUERY_TIMEOUT [900]           seconds one query run may take
#   RESTART [split]               split: as ClickBench runs a server, cold and hot apart: a query's
#                                 cold run is its first run on a freshly started server (a new JVM
#                                 for Strata), one pass restarting the server before each query;
#                                 then one server runs every query once more and TRIES times hot
#                                 (hot = a long-running server's, as in ClickBench, where the server
#                                 is not restarted between queries).
#                                 query: each query starts on a freshly started server, its cold run
#                                 and the hot ones after it (hot includes a young JVM's warm-up);
#                                 once: one server per engine runs every selected query (cold = a
#                                 query's first run on a server that has run the earlier ones)
#   DROP_CACHES [0]               1: drop the OS page cache before each cold run (root; affects
#                                 everything else on the machine). 0: cold = first run after the
#                                 server (DuckDB: the database) is restarted, files in page cache
#   DUCKDB_VERSION [1.5.6.0]      the duckdb_jdbc version (fetched into ~/.m2 by Maven if missing)
#   CH_HTTP_PORT [18323] CH_TCP_PORT [19300] STRATA_HTTP_PORT [28323] STRATA_TCP_PORT [29300]
#   CH_MAX_THREADS [cores]        ClickHouse's max_threads (18.16 would count physical cores)
#   STRATA_JAVA_OPTS              extra JVM flags for the Strata server
#
# Timing: Strata and ClickHouse are timed the same way, the HTTP round trip on loopback (curl's
# time_total for POSTing the query and reading the whole TabSeparated answer); DuckDB in process
# (executing the query and reading every value as text). One engine runs at a time; cold and hot
# runs as RESTART says. The queries ClickHouse 18.16 runs differ from ClickBench's in
# two function names it lacks (see QueryDialects.java); its table is created with the equivalent
# old-style DDL (see ClickBenchSchema.java).
set -uo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
ROWS=${ROWS:-1000000}
SEED=${SEED:-1}
CB_ENGINES=${ENGINES:-strata clickhouse duckdb}
QUERIES=${QUERIES:-1-43}
TRIES=${TRIES:-3}
export WORK=${WORK:-/tmp/strata-clickbench}
REUSE=${REUSE:-1}
QUERY_TIMEOUT=${QUERY_TIMEOUT:-900}
DROP_CACHES=${DROP_CACHES:-0}
RESTART=${RESTART:-split}
case "$RESTART" in split | query | once) ;; *) echo "RESTART must be split, query or once, not '$RESTART'" >&2; exit 2 ;; esac
DUCKDB_VERSION=${DUCKDB_VERSION:-1.5.6.0}
export CH_HTTP_PORT=${CH_HTTP_PORT:-18323} CH_TCP_PORT=${CH_TCP_PORT:-19300}
export STRATA_HTTP_PORT=${STRATA_HTTP_PORT:-28323} STRATA_TCP_PORT=${STRATA_TCP_PORT:-29300}
export HITS_FILE=$WORK/hits_${ROWS}_s${SEED}.tsv
# Servers are restarted for every query, so their data must outlive stop_server.
export KEEP_DATA=1

# Server start/stop, sql, load, settle and the memory samplers come from the insert benchmark.
# shellcheck source=perf/insert-bench.sh
. "$ROOT/perf/insert-bench.sh"
SRC=$ROOT/perf/src/main/java/io/strata/perf/clickbench
CREATE=$ROOT/perf/clickbench/create.sql
QUERY_FILE=$ROOT/perf/clickbench/queries.sql
RESULTS=$WORK/results-$ROWS
QUERY_DIR=$WORK/queries
JVM_QUIET=(-XX:+UseParallelGC --enable-native-access=ALL-UNNAMED)

# "1-3 7,9" -> "1 2 3 7 9"
expand_queries() {
    local part out=() a b i
    for part in ${1//,/ }; do
        if [[ $part =~ ^([0-9]+)-([0-9]+)$ ]]; then
            a=${BASH_REMATCH[1]}; b=${BASH_REMATCH[2]}
            for ((i = a; i <= b; i++)); do out+=("$i"); done
        elif [[ $part =~ ^[0-9]+$ ]]; then
            out+=("$part")
        else
            die "QUERIES: cannot read '$part'"
        fi
    done
    echo "${out[*]}"
}

info() { # ENGINE KEY VALUE: one line of the engine's facts for the report (the last one wins)
    mkdir -p "$RESULTS/$1"
    printf '%s\t%s\n' "$2" "$3" >>"$RESULTS/$1/info.tsv"
}

info_max() { # ENGINE KEY VALUE: like info, keeping the larger of this and an earlier run's value
    # (a run of some queries on data an earlier run loaded must not lower that run's peak)
    local old
    old=$(awk -F'\t' -v k="$2" '$1 == k { v = $2 } END { print v + 0 }' "$RESULTS/$1/info.tsv" 2>/dev/null)
    if [ -n "$3" ] && [ "$3" -ge "${old:-0}" ] 2>/dev/null; then info "$1" "$2" "$3"; fi
}

loaded_marker() { echo "rows=$ROWS seed=$SEED create=$(md5sum <"$CREATE" | cut -c1-12)"; }

maybe_drop_caches() {
    [ "$DROP_CACHES" = 1 ] || return 0
    sync
    echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || log "cannot drop the page cache (not root?)"
}

start_engine() { # ENGINE: starts the server on its ClickBench directory (REUSE_DATA decides keep/wipe)
    if [ "$1" = clickhouse ]; then start_clickhouse clickbench; else start_strata clickbench; fi
}

engine_dir() { if [ "$1" = clickhouse ]; then echo "$WORK/clickhouse-clickbench"; else echo "$WORK/strata-clickbench"; fi; }

# ---------------------------------------------------------------------------------------------
# Strata and ClickHouse: one server at a time, over HTTP

server_load() { # ENGINE: fresh directory, CREATE TABLE, load, settle, bytes on disk
    local engine=$1 ddl_engine=strata
    [ "$engine" = clickhouse ] && ddl_engine=clickhouse18
    REUSE_DATA=0
    start_engine "$engine" || return 1
    info "$engine" version "$(sql 'SELECT version()')"
    if ! sql "$("$JAVA" "$SRC/ClickBenchGenerator.java" --create "$CREATE" --ddl "$ddl_engine")" >/dev/null; then
        log "$engine: CREATE TABLE failed: $LAST_ERROR"
        return 1
    fi
    load "$engine" cb hits || return 1
    info "$engine" load_s "${R[$engine|cb_seconds]}"
    info "$engine" load_rss_mb "${R[$engine|cb_rss_mb]}"
    log "$engine: waiting for merges to settle"
    settle "$engine"
    info "$engine" bytes "$(du -sb "$TABLE_DIR" | cut -f1)"
    info "$engine" parts "$(part_listing | wc -w)"
    loaded_marker >"$(engine_dir "$engine")/loaded"
}

peak_rss_mb() { awk '/^VmHWM:/ { print int($2 / 1024) }' "/proc/$1/status" 2>/dev/null || echo 0; }

server_run() { # ENGINE FILE RUNS: runs the query RUNS times; sets TIMES (tab-separated seconds), empty on failure
    local engine=$1 f=$2 runs=$3 out code seconds try
    TIMES=""
    for ((try = 0; try < runs; try++)); do
        out=$(curl -sS -o "$RES/$f.out" -w '%{http_code} %{time_total}' --max-time "$QUERY_TIMEOUT" \
            --data-binary @"$QDIR/$f.sql" "http://127.0.0.1:$PORT/?log_queries=0" 2>&1)
        read -r code seconds <<<"$out"
        if [ "$code" != 200 ]; then
            { head -c 2000 "$RES/$f.out" 2>/dev/null; printf '%s\n' "$out"; } >"$RES/$f.err"
            log "$engine $f: FAILED: $(first_line <"$RES/$f.err")"
            TIMES=""
            return 1
        fi
        TIMES+=$'\t'$seconds
    done
}

server_queries() { # ENGINE
    local engine=$1 q f rss started=0 peak=0 cold
    local -A COLD=()
    QDIR=$QUERY_DIR/$engine RES=$RESULTS/$engine
    REUSE_DATA=1
    if [ "$RESTART" = split ]; then
        # Cold pass: every query's first run on a freshly started server.
        for q in $SELECTED; do
            f=$(printf 'q%02d' "$q")
            rm -f "$RES/$f.tsv" "$RES/$f.err"
            stop_server
            maybe_drop_caches
            start_engine "$engine" || { echo "server did not start" >"$RES/$f.err"; continue; }
            server_run "$engine" "$f" 1 && COLD[$q]=${TIMES#$'\t'} && log "$engine $f cold: ${COLD[$q]}"
            rss=$(peak_rss_mb "$SERVER_PID")
            ((rss > peak)) && peak=$rss
        done
        stop_server
    fi
    # Hot pass (and the cold runs unless split): RESTART=query restarts the server before each query.
    for q in $SELECTED; do
        f=$(printf 'q%02d' "$q")
        if [ "$RESTART" = split ]; then
            [ -n "${COLD[$q]:-}" ] || continue
        else
            rm -f "$RES/$f.tsv" "$RES/$f.err"
        fi
        if [ "$RESTART" = query ] || [ "$started" = 0 ]; then
            stop_server
            maybe_drop_caches
            start_engine "$engine" || { echo "server did not start" >"$RES/$f.err"; continue; }
            started=1
        elif [ "$RESTART" = once ]; then
            maybe_drop_caches
        fi
        if server_run "$engine" "$f" $((TRIES + 1)); then
            # split: the cold time is the restarted server's; this pass's first run only warms up
            [ "$RESTART" = split ] && TIMES=$'\t'${COLD[$q]}$'\t'$(cut -f3- <<<"$TIMES")
            mv "$RES/$f.out" "$RES/$f.tsv"
            printf '%s\n' "$q$TIMES" >>"$RES/times.tsv"
            log "$engine $f: ${TIMES#$'\t'}"
        fi
        rss=$(peak_rss_mb "$SERVER_PID")
        ((rss > peak)) && peak=$rss
        if [ -f "$QDIR/check-$f.sql" ]; then
            curl -sS -o "$RES/check-$f.tsv" --max-time "$QUERY_TIMEOUT" --data-binary @"$QDIR/check-$f.sql" \
                "http://127.0.0.1:$PORT/?log_queries=0" || rm -f "$RES/check-$f.tsv"
        fi
    done
    info_max "$engine" query_rss_mb "$peak"
    info "$engine" rows "$(sql 'SELECT count() FROM hits')"
    stop_server
}

run_server_engine() { # ENGINE
    local engine=$1 dir
    dir=$(engine_dir "$engine")
    if [ "$engine" = clickhouse ] && ! command -v clickhouse-server >/dev/null; then
        log "clickhouse: clickhouse-server is not installed (apt-get install clickhouse-server); skipping ClickHouse"
        return
    fi
    mkdir -p "$RESULTS/$engine"
    if [ "$REUSE" = 1 ] && [ "$(cat "$dir/loaded" 2>/dev/null)" = "$(loaded_marker)" ]; then
        log "$engine: reusing the data loaded in $dir"
    else
        rm -f "$RESULTS/$engine/info.tsv" "$RESULTS/$engine/times.tsv"
        if ! server_load "$engine"; then
            log "$engine: load failed; skipping its queries"
            info "$engine" status "load failed"
            stop_server
            return
        fi
    fi
    server_queries "$engine"
}

# ---------------------------------------------------------------------------------------------
# DuckDB, in process

duckdb_jar() {
    local jar=$HOME/.m2/repository/org/duckdb/duckdb_jdbc/$DUCKDB_VERSION/duckdb_jdbc-$DUCKDB_VERSION.jar
    if [ ! -f "$jar" ] && command -v mvn >/dev/null; then
        log "duckdb: fetching org.duckdb:duckdb_jdbc:$DUCKDB_VERSION with Maven"
        mvn -q dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" >&2 || true
    fi
    [ -f "$jar" ] && echo "$jar"
}

run_duckdb() {
    local jar db=$WORK/duckdb-clickbench/hits.duckdb out res=$RESULTS/duckdb
    jar=$(duckdb_jar) || { log "duckdb: org.duckdb:duckdb_jdbc:$DUCKDB_VERSION is not available (no Maven or no network); skipping DuckDB"; return; }
    mkdir -p "$res" "$(dirname "$db")"
    if [ "$REUSE" = 1 ] && [ "$(cat "$db.loaded" 2>/dev/null)" = "$(loaded_marker)" ] && [ -f "$db" ]; then
        log "duckdb: reusing $db"
    else
        rm -f "$res/info.tsv" "$res/times.tsv"
        info duckdb version "$DUCKDB_VERSION (JDBC)"
        log "duckdb: loading $HITS_FILE"
        cat "$HITS_FILE" >/dev/null
        out=$("$JAVA" "${JVM_QUIET[@]}" -cp "$jar" "$SRC/ClickBenchDuckDb.java" load --db "$db" --create "$CREATE" --tsv "$HITS_FILE") \
            || { log "duckdb: load failed"; info duckdb status "load failed"; return; }
        info duckdb load_s "$(awk -F'\t' '$1 == "load_s" { print $2 }' <<<"$out")"
        info duckdb bytes "$(awk -F'\t' '$1 == "bytes" { print $2 }' <<<"$out")"
        info duckdb load_rss_mb "$(awk -F'\t' '$1 == "rss_mb" { print $2 }' <<<"$out")"
        loaded_marker >"$db.loaded"
        log "duckdb: loaded in $(awk -F'\t' '$1 == "load_s" { print $2 }' <<<"$out") s"
    fi
    local q
    for q in $SELECTED; do rm -f "$res/$(printf 'q%02d' "$q")".{tsv,err}; done
    maybe_drop_caches
    out=$("$JAVA" "${JVM_QUIET[@]}" -cp "$jar" "$SRC/ClickBenchDuckDb.java" run --db "$db" --queries "$QUERY_DIR/duckdb" \
        --select "$SELECTED" --tries "$TRIES" --out "$res")
    info_max duckdb query_rss_mb "$(awk -F'\t' '$1 == "rss_mb" { print $2 }' <<<"$out")"
}

# ---------------------------------------------------------------------------------------------

clickbench_main() {
    SELECTED=$(expand_queries "$QUERIES")
    mkdir -p "$WORK" "$RESULTS"
    if [ ! -f "$HITS_FILE" ]; then
        log "generating $HITS_FILE ($ROWS rows, seed $SEED)"
        "$JAVA" -XX:+UseParallelGC "$SRC/ClickBenchGenerator.java" --create "$CREATE" --rows "$ROWS" --seed "$SEED" --out "$HITS_FILE" \
            || die "generator failed"
    fi
    FILE=$HITS_FILE
    FILE_BYTES=$(stat -c %s "$FILE")
    "$JAVA" "$SRC/QueryDialects.java" --queries "$QUERY_FILE" --create "$CREATE" --out "$QUERY_DIR" || die "cannot write the query files"
    local load_before engine
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    for engine in $CB_ENGINES; do
        [ "${REPORT_ONLY:-0}" = 1 ] && break
        log "=== $engine"
        case $engine in
            strata)
                "$ROOT/bin/strata" --version >&2 || { log "Strata build failed; skipping Strata"; continue; }
                run_server_engine strata ;;
            clickhouse) run_server_engine clickhouse ;;
            duckdb) run_duckdb ;;
            *) log "unknown engine $engine" ;;
        esac
    done
    # The machine is shared: the load average around the runs goes with the figures (a report-only
    # run keeps the one recorded by the runs it reports).
    if [ "${REPORT_ONLY:-0}" != 1 ]; then
        echo "$load_before / $(cut -d' ' -f1-3 /proc/loadavg)" >"$RESULTS/load-average"
    fi
    "$JAVA" "$SRC/ClickBenchReport.java" --queries "$QUERY_FILE" --create "$CREATE" --results "$RESULTS" \
        --engines "$CB_ENGINES" --select "$SELECTED" --rows "$ROWS" --seed "$SEED" --tries "$TRIES" --restart "$RESTART" \
        --machine "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)" \
        --load-average "$(cat "$RESULTS/load-average" 2>/dev/null || echo ?)" \
        --markdown "$RESULTS/report.md" --csv "$RESULTS/report.csv"
}

clickbench_main "$@"
