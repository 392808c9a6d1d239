#!/usr/bin/env bash
# Native-protocol benchmark (issue 5): Strata and ClickHouse 18.16 on this machine, both through
# Debian's clickhouse-client 18.16. Both servers run at once (an idle server costs nothing) and
# each timed run of one alternates with the other's, so a machine that gets slower or faster
# during the run (as shared ones do) moves both alike:
#   - insert throughput: clickhouse-client reads the hits-like TSV of perf/insert-bench.sh and
#     sends native blocks (INSERT INTO hits FORMAT TabSeparated < file);
#   - result streaming: SELECT queries of 10 M rows of several column types to
#     clickhouse-client --format Null, with network compression on (LZ4) and off.
# The INSERTs run one server at a time. Prints a table of medians (seconds, and for the streaming
# queries MB/s of the result in the Native format and rows/s). See docs/performance.md.
#
# Environment (defaults in brackets):
#   ROWS [10000000] SEED [1]  WORK [/tmp/strata-insert-bench] (the data file is shared with insert-bench.sh)
#   RUNS [3]                  timed runs per query, median reported
#   ENGINES ["clickhouse strata"]
#   CH_HTTP_PORT [18133] CH_TCP_PORT [19010] STRATA_HTTP_PORT [28133] STRATA_TCP_PORT [29010]
#   CH_MAX_THREADS [cores]    ClickHouse's max_threads
set -uo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
ROWS=${ROWS:-10000000}
SEED=${SEED:-1}
WORK=${WORK:-/tmp/strata-insert-bench}
RUNS=${RUNS:-3}
ENGINES=${ENGINES:-clickhouse strata}
CH_HTTP_PORT=${CH_HTTP_PORT:-18133}
CH_TCP_PORT=${CH_TCP_PORT:-19010}
STRATA_HTTP_PORT=${STRATA_HTTP_PORT:-28133}
STRATA_TCP_PORT=${STRATA_TCP_PORT:-29010}
FILE=$WORK/hits_${ROWS}_s${SEED}.tsv
GENERATOR=$ROOT/perf/src/main/java/io/strata/perf/hits/HitsGenerator.java
QUERIES=(
    "SELECT * FROM hits"
    "SELECT WatchID, EventTime, EventDate, CounterID, URL, ParamPrice FROM hits"
    "SELECT number, toString(number), toFloat64(number) / 3, toDate(number % 20000) FROM numbers($ROWS)"
)

# shellcheck source=bin/jdk.sh
. "$ROOT/bin/jdk.sh"
mkdir -p "$WORK"
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
declare -A R

declare -A SERVER_PID SERVER_DATA
stop_servers() {
    local e
    for e in "${!SERVER_PID[@]}"; do
        kill "${SERVER_PID[$e]}" 2>/dev/null
        wait "${SERVER_PID[$e]}" 2>/dev/null
        rm -rf "${SERVER_DATA[$e]}"
        unset "SERVER_PID[$e]"
    done
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

wait_ready() { # ENGINE PORT
    local i
    for ((i = 0; i < 600; i++)); do
        kill -0 "${SERVER_PID[$1]}" 2>/dev/null || return 1
        clickhouse-client --host 127.0.0.1 --port "$2" --query "SELECT 1" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    return 1
}

start_clickhouse() {
    local dir
    dir=$(mktemp -d "$WORK/native-ch.XXXX")
    SERVER_DATA[clickhouse]=$dir
    mkdir -p "$dir"/{data,tmp,log}
    # every core: 18.16 counts physical cores and sees one on an SMT pair of vCPUs
    cat >"$dir/users.xml" <<EOF
<yandex><profiles><default><max_threads>${CH_MAX_THREADS:-$(nproc)}</max_threads></default></profiles>
<users><default><password></password><networks><ip>::/0</ip></networks><profile>default</profile><quota>default</quota></default></users>
<quotas><default></default></quotas></yandex>
EOF
    cat >"$dir/config.xml" <<EOF
<yandex>
  <logger><level>warning</level><log>$dir/log/server.log</log><errorlog>$dir/log/err.log</errorlog><console>0</console></logger>
  <http_port>$CH_HTTP_PORT</http_port><tcp_port>$CH_TCP_PORT</tcp_port><listen_host>127.0.0.1</listen_host>
  <path>$dir/data/</path><tmp_path>$dir/tmp/</tmp_path><users_config>$dir/users.xml</users_config>
  <default_profile>default</default_profile><default_database>default</default_database>
  <mark_cache_size>5368709120</mark_cache_size><timezone>UTC</timezone>
</yandex>
EOF
    clickhouse-server --config-file="$dir/config.xml" >"$dir/log/stdout" 2>&1 &
    SERVER_PID[clickhouse]=$!
    wait_ready clickhouse "$CH_TCP_PORT"
}

start_strata() {
    SERVER_DATA[strata]=$(mktemp -d "$WORK/native-strata.XXXX")
    "$ROOT/bin/strata" server --path "${SERVER_DATA[strata]}/data" --http-port "$STRATA_HTTP_PORT" --tcp-port "$STRATA_TCP_PORT" \
        >"$WORK/native-strata.log" 2>&1 &
    SERVER_PID[strata]=$!
    wait_ready strata "$STRATA_TCP_PORT"
}

# seconds of one clickhouse-client run (wall clock), or FAILED
timed() { # PORT ARGS...
    local port=$1 start end
    shift
    start=$(date +%s.%N)
    if ! clickhouse-client --host 127.0.0.1 --port "$port" "$@" >/dev/null 2>"$WORK/native-client.err"; then
        echo FAILED; return
    fi
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "FAILED"; else printf "%.3f\n", a[int((NR + 1) / 2)]}'; }

if [ ! -s "$FILE" ]; then
    log "generating $FILE"
    "$JAVA" "$GENERATOR" --rows "$ROWS" --seed "$SEED" --out "$FILE" || exit 1
fi

declare -A PORT=([clickhouse]=$CH_TCP_PORT [strata]=$STRATA_TCP_PORT)
RUNNING=()
for engine in $ENGINES; do
    log "$engine: starting"
    if [ "$engine" = clickhouse ]; then start_clickhouse; else start_strata; fi || {
        log "$engine did not start"; continue; }
    port=${PORT[$engine]}
    RUNNING+=("$engine")
    clickhouse-client --host 127.0.0.1 --port "$port" --query "$("$JAVA" "$GENERATOR" --ddl)"
    log "$engine: INSERT of $FILE through clickhouse-client"
    s=$(timed "$port" --query "INSERT INTO hits FORMAT TabSeparated" <"$FILE")
    [ "$s" != FAILED ] && s=$(printf '%.3f' "$s")
    R[$engine|insert]=$s
    R[$engine|rows]=$(clickhouse-client --host 127.0.0.1 --port "$port" --query "SELECT count() FROM hits" 2>/dev/null)
    [ "${R[$engine|rows]}" = "$ROWS" ] || log "$engine: hits has ${R[$engine|rows]} rows after the INSERT, expected $ROWS"
    [ "$s" != FAILED ] && R[$engine|insert_rate]=$(echo "$ROWS / $s" | bc)
done

# background merges after the loads end before anything is timed
for engine in "${RUNNING[@]}"; do
    for ((i = 0; i < 300; i++)); do
        m=$(clickhouse-client --host 127.0.0.1 --port "${PORT[$engine]}" --query "SELECT count() FROM system.merges" 2>/dev/null)
        [ "$m" = 0 ] && break
        sleep 1
    done
done

# each result's size in the Native format (what the client decodes; the same from both servers),
# for MB/s
for qi in "${!QUERIES[@]}"; do
    [ "${#RUNNING[@]}" -gt 0 ] || break
    R[bytes|q$qi]=$(clickhouse-client --host 127.0.0.1 --port "${PORT[${RUNNING[0]}]}" --format Native --query "${QUERIES[$qi]}" | wc -c)
done

# streaming: the engines' runs of a query alternate (run 0 of each warms up)
for qi in "${!QUERIES[@]}"; do
    for compression in 1 0; do
        declare -A TIMES=()
        for ((run = 0; run <= RUNS; run++)); do
            for engine in "${RUNNING[@]}"; do
                t=$(timed "${PORT[$engine]}" --compression "$compression" --format Null --query "${QUERIES[$qi]}")
                [ "$run" -gt 0 ] && TIMES[$engine]+="$t"$'\n'
            done
        done
        for engine in "${RUNNING[@]}"; do
            R[$engine|q$qi|c$compression]=$(printf '%s' "${TIMES[$engine]}" | grep -v FAILED | median)
            log "$engine: query $qi compression $compression: ${R[$engine|q$qi|c$compression]} s"
        done
        unset TIMES
    done
done
stop_servers

printf '\n| | ClickHouse 18.16 | Strata | Strata/ClickHouse |\n|---|---|---|---|\n'
# seconds, then MB/s of the Native-format result and millions of rows/s
rate() { # SECONDS QUERY_INDEX
    if [[ "$1" =~ ^[0-9.]+$ && "${R[bytes|q$2]:-}" =~ ^[0-9]+$ ]]; then
        printf '%s s, %.0f MB/s, %.1f M rows/s' "$1" "$(echo "${R[bytes|q$2]} / $1 / 1000000" | bc -l)" "$(echo "$ROWS / $1 / 1000000" | bc -l)"
    else
        printf '%s' "$1"
    fi
}
ratio() { if [[ "$1" =~ ^[0-9.]+$ && "$2" =~ ^[0-9.]+$ ]]; then printf '%.3f' "$(echo "$2 / $1" | bc -l)"; else echo "-"; fi; }
printf '| INSERT via clickhouse-client, s (rows/s) | %s (%s) | %s (%s) | %s |\n' "${R[clickhouse|insert]:--}" "${R[clickhouse|insert_rate]:--}" \
    "${R[strata|insert]:--}" "${R[strata|insert_rate]:--}" "$(ratio "${R[clickhouse|insert]:-}" "${R[strata|insert]:-}")"
for qi in "${!QUERIES[@]}"; do
    for compression in 1 0; do
        a=${R[clickhouse|q$qi|c$compression]:--}; b=${R[strata|q$qi|c$compression]:--}
        printf '| `%s` to --format Null, compression %s (%s MB in Native) | %s | %s | %s |\n' "${QUERIES[$qi]}" "$compression" \
            "$(( ${R[bytes|q$qi]:-0} / 1000000 ))" "$(rate "$a" "$qi")" "$(rate "$b" "$qi")" "$(ratio "$a" "$b")"
    done
done
