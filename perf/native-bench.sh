#!/usr/bin/env bash
# Native-protocol benchmark (issue 5): Strata and ClickHouse 18.16 on this machine, one server at
# a time, both through Debian's clickhouse-client 18.16:
#   - insert throughput: clickhouse-client reads the hits-like TSV of perf/insert-bench.sh and
#     sends native blocks (INSERT INTO hits FORMAT TabSeparated < file);
#   - result streaming: SELECT queries of 10 M rows of several column types to
#     clickhouse-client --format Null, with network compression on (LZ4) and off.
# Prints a table of medians. See docs/performance.md.
#
# Environment (defaults in brackets):
#   ROWS [10000000] SEED [1]  WORK [/tmp/strata-insert-bench] (the data file is shared with insert-bench.sh)
#   RUNS [3]                  timed runs per query, median reported
#   ENGINES ["clickhouse strata"]
#   CH_HTTP_PORT [18133] CH_TCP_PORT [19010] STRATA_HTTP_PORT [28133] STRATA_TCP_PORT [29010]
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

SERVER_PID=""
SERVER_DATA=""
stop_server() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    SERVER_PID=""
    [ -n "$SERVER_DATA" ] && rm -rf "$SERVER_DATA"
    SERVER_DATA=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

wait_ready() { # PORT
    local i
    for ((i = 0; i < 600; i++)); do
        kill -0 "$SERVER_PID" 2>/dev/null || return 1
        clickhouse-client --host 127.0.0.1 --port "$1" --query "SELECT 1" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    return 1
}

start_clickhouse() {
    SERVER_DATA=$(mktemp -d "$WORK/native-ch.XXXX")
    mkdir -p "$SERVER_DATA"/{data,tmp,log}
    cat >"$SERVER_DATA/users.xml" <<EOF
<yandex><profiles><default></default></profiles>
<users><default><password></password><networks><ip>::/0</ip></networks><profile>default</profile><quota>default</quota></default></users>
<quotas><default></default></quotas></yandex>
EOF
    cat >"$SERVER_DATA/config.xml" <<EOF
<yandex>
  <logger><level>warning</level><log>$SERVER_DATA/log/server.log</log><errorlog>$SERVER_DATA/log/err.log</errorlog><console>0</console></logger>
  <http_port>$CH_HTTP_PORT</http_port><tcp_port>$CH_TCP_PORT</tcp_port><listen_host>127.0.0.1</listen_host>
  <path>$SERVER_DATA/data/</path><tmp_path>$SERVER_DATA/tmp/</tmp_path><users_config>$SERVER_DATA/users.xml</users_config>
  <default_profile>default</default_profile><default_database>default</default_database>
  <mark_cache_size>5368709120</mark_cache_size><timezone>UTC</timezone>
</yandex>
EOF
    clickhouse-server --config-file="$SERVER_DATA/config.xml" >"$SERVER_DATA/log/stdout" 2>&1 &
    SERVER_PID=$!
    wait_ready "$CH_TCP_PORT"
}

start_strata() {
    SERVER_DATA=$(mktemp -d "$WORK/native-strata.XXXX")
    "$ROOT/bin/strata" server --path "$SERVER_DATA/data" --http-port "$STRATA_HTTP_PORT" --tcp-port "$STRATA_TCP_PORT" \
        >"$WORK/native-strata.log" 2>&1 &
    SERVER_PID=$!
    wait_ready "$STRATA_TCP_PORT"
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

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "FAILED"; else printf "%.2f\n", a[int((NR + 1) / 2)]}'; }

if [ ! -s "$FILE" ]; then
    log "generating $FILE"
    "$JAVA" "$GENERATOR" --rows "$ROWS" --seed "$SEED" --out "$FILE" || exit 1
fi

for engine in $ENGINES; do
    log "$engine: starting"
    if [ "$engine" = clickhouse ]; then start_clickhouse; port=$CH_TCP_PORT; else start_strata; port=$STRATA_TCP_PORT; fi || {
        log "$engine did not start"; stop_server; continue; }
    clickhouse-client --host 127.0.0.1 --port "$port" --query "$("$JAVA" "$GENERATOR" --ddl)"
    log "$engine: INSERT of $FILE through clickhouse-client"
    s=$(timed "$port" --query "INSERT INTO hits FORMAT TabSeparated" <"$FILE")
    R[$engine|insert]=$s
    R[$engine|rows]=$(clickhouse-client --host 127.0.0.1 --port "$port" --query "SELECT count() FROM hits" 2>/dev/null)
    [ "${R[$engine|rows]}" = "$ROWS" ] || log "$engine: hits has ${R[$engine|rows]} rows after the INSERT, expected $ROWS"
    [ "$s" != FAILED ] && R[$engine|insert_rate]=$(echo "$ROWS / $s" | bc)
    for qi in "${!QUERIES[@]}"; do
        for compression in 1 0; do
            times=()
            for ((run = 0; run <= RUNS; run++)); do
                t=$(timed "$port" --compression "$compression" --format Null --query "${QUERIES[$qi]}")
                [ "$run" -gt 0 ] && times+=("$t")   # run 0 warms up
            done
            R[$engine|q$qi|c$compression]=$(printf '%s\n' "${times[@]}" | grep -v FAILED | median)
            log "$engine: query $qi compression $compression: ${R[$engine|q$qi|c$compression]} s"
        done
    done
    stop_server
done

printf '\n| | ClickHouse 18.16 | Strata | Strata/ClickHouse |\n|---|---|---|---|\n'
ratio() { if [[ "$1" =~ ^[0-9.]+$ && "$2" =~ ^[0-9.]+$ ]]; then echo "scale=2; $2 / $1" | bc; else echo "-"; fi; }
printf '| INSERT via clickhouse-client, s (rows/s) | %s (%s) | %s (%s) | %s |\n' "${R[clickhouse|insert]:--}" "${R[clickhouse|insert_rate]:--}" \
    "${R[strata|insert]:--}" "${R[strata|insert_rate]:--}" "$(ratio "${R[clickhouse|insert]:-}" "${R[strata|insert]:-}")"
for qi in "${!QUERIES[@]}"; do
    for compression in 1 0; do
        a=${R[clickhouse|q$qi|c$compression]:--}; b=${R[strata|q$qi|c$compression]:--}
        printf '| `%s` to --format Null, compression %s, s | %s | %s | %s |\n' "${QUERIES[$qi]}" "$compression" "$a" "$b" "$(ratio "$a" "$b")"
    done
done
