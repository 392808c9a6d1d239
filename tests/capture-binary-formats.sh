#!/usr/bin/env bash
# Captures the expected bytes of the binary-format tests (BinaryFormatsBytesTest) from a running
# ClickHouse server: for each tests/src/test/resources/binary-formats/NAME.sql (a CREATE TABLE t,
# an INSERT and optionally a SELECT; the default SELECT is `SELECT * FROM t ORDER BY id`) it runs
# the statements in a fresh database and stores the SELECT's RowBinary and Native output as
# NAME.RowBinary.bin and NAME.Native.bin beside it. The committed files come from Debian's
# ClickHouse 18.16; it has no WithNames variants of RowBinary, which BinaryFormatsBytesTest
# derives from the Native header and the RowBinary rows.
#
#   CH_URL [http://127.0.0.1:8123/]   the server's HTTP interface
set -euo pipefail

DIR=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)/src/test/resources/binary-formats
CH_URL=${CH_URL:-http://127.0.0.1:8123/}
DB=binary_formats_capture
SETTINGS="allow_experimental_low_cardinality_type=1"

post() { # post SQL [database]: fails on an HTTP error
    curl -sS --fail-with-body --data-binary "$1" "$CH_URL?$SETTINGS${2:+&database=$2}"
}

for file in "$DIR"/*.sql; do
    name=$(basename "$file" .sql)
    post "DROP DATABASE IF EXISTS $DB" >/dev/null
    post "CREATE DATABASE $DB" >/dev/null
    select="SELECT * FROM t ORDER BY id"
    # Statements end with ";" at the end of a line.
    while IFS= read -r -d ';' statement; do
        statement=${statement#"${statement%%[![:space:]]*}"}
        [ -z "$statement" ] && continue
        if [[ $statement == SELECT* ]]; then select=$statement; continue; fi
        post "$statement" "$DB" >/dev/null
    done <"$file"
    for format in RowBinary Native; do
        post "$select FORMAT $format" "$DB" >"$DIR/$name.$format.bin"
    done
    echo "$name: $(stat -c %s "$DIR/$name.RowBinary.bin") + $(stat -c %s "$DIR/$name.Native.bin") bytes"
done
post "DROP DATABASE IF EXISTS $DB" >/dev/null
