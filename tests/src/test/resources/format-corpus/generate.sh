#!/usr/bin/env bash
# Captures the expected bytes of the format corpus from a real ClickHouse over HTTP.
#   CH_URL=http://127.0.0.1:8123/ ./generate.sh
# Writes clickhouse-18.16/<case>/<Format>.out for every case of cases.tsv and every format the
# server lists in system.formats (ClickHouse 18.16.1 produced the committed files), then runs
# derive.py, which builds modern/ from those captures. Colours are switched off
# (output_format_pretty_color=0): 18.16 colours Pretty output by default even over HTTP, modern
# ClickHouse only on a terminal.
set -euo pipefail
cd "$(dirname "$0")"
: "${CH_URL:=http://127.0.0.1:8123/}"
q() { local s="${2:--}"; [ "$s" = - ] && s=""; curl -sS --fail-with-body "${CH_URL}?output_format_pretty_color=0${s:+&$s}" --data-binary "$1"; }

q "DROP TABLE IF EXISTS corpus" >/dev/null
q "DROP TABLE IF EXISTS corpus_modern" >/dev/null
# one statement per request: 18.16 cannot take several
python3 - "$CH_URL" <<'PY'
import sys, urllib.request
url = sys.argv[1]
for stmt in open('corpus.sql', encoding='utf-8').read().split(';\n'):
    if stmt.strip():
        urllib.request.urlopen(urllib.request.Request(url, data=stmt.encode('utf-8'))).read()
PY
formats=$(q "SELECT name FROM system.formats WHERE is_output AND name NOT IN ('Native', 'RowBinary', 'XML', 'ODBCDriver', 'ODBCDriver2') ORDER BY name")
grep -v '^#' cases.tsv | while IFS=$'\t' read -r case settings only query; do
    [ "$case" = modern ] && continue # ClickHouse 18.16 has no Map, DateTime64, Bool, Int128, IPv4: see modern/
    mkdir -p "clickhouse-18.16/$case"
    for f in $formats; do
        [ "$only" = '*' ] || [[ ",$only," == *",$f,"* ]] || continue
        q "$query FORMAT $f" "$settings" > "clickhouse-18.16/$case/$f.out" || rm -f "clickhouse-18.16/$case/$f.out"
    done
done
python3 derive.py
