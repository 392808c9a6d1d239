#!/usr/bin/env bash
# Runs SQL corpus files against a real ClickHouse server and diffs its output with the .reference
# files, to check references with the system Strata imitates. Needs a modern server (23.x+): its
# clickhouse-client understands the `-- { serverError NAME }` hints in --multiquery mode. Each file
# runs in a fresh database, as SqlCorpusTest runs it.
#
#   tests/tools/check-against-clickhouse.sh [--port 9000] [tests/queries/00042_*.sql ...]
set -uo pipefail
port=9000
if [ "${1:-}" = "--port" ]; then port=$2; shift 2; fi
files=()
for f in "$@"; do files+=("$(realpath "$f")"); done
cd "$(dirname "$0")/.."
[ ${#files[@]} -eq 0 ] && files=(queries/*.sql)
client=(clickhouse-client --port "$port")
failed=0
for f in "${files[@]}"; do
  base=${f%.sql}
  db="corpus_check_$(basename "$base" | cut -d_ -f1)"
  "${client[@]}" -q "DROP DATABASE IF EXISTS $db" && "${client[@]}" -q "CREATE DATABASE $db" || exit 2
  actual=$("${client[@]}" -d "$db" --multiquery < "$f" 2>&1; echo x)
  "${client[@]}" -q "DROP DATABASE IF EXISTS $db"
  if ! diff -u --label "$base.reference" --label "clickhouse" "$base.reference" <(printf '%s' "${actual%x}") ; then
    failed=$((failed + 1))
  fi
done
echo "$(( ${#files[@]} - failed )) passed, $failed failed"
[ "$failed" -eq 0 ]
