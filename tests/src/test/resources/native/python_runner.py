"""Runs client-script steps through clickhouse-driver, one JSON command a line on stdin.

NativeClientsTest drives it: {"op": "statement"|"query", "sql": ...} or
{"op": "insert", "table": ..., "rows": [[field or null, ...], ...]}; each answer is one JSON line,
{"ok": true, "text": ...} or {"ok": false, "error": ...}. Query results are rendered as
ClickHouse's TabSeparated text from the driver's Python values and the column types; inserts
turn the script's text fields into Python values by the table's column types and go through
execute('INSERT ... VALUES', rows), the driver's block insert. Compression stays off: the
driver's compression needs a cityhash module Debian does not ship.
"""
import ast
import datetime
import decimal
import json
import sys
import uuid

from clickhouse_driver import Client


def split_args(inner):
    """Top-level comma-separated parts of a type's arguments."""
    parts, depth, quote, cur = [], 0, False, ''
    for ch in inner:
        if quote:
            cur += ch
            if ch == "'":
                quote = False
            continue
        if ch == "'":
            quote = True
        elif ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(cur.strip())
            cur = ''
            continue
        cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def unwrap(t, name):
    return t[len(name) + 1:-1] if t.startswith(name + '(') else None


def escape_tsv(s):
    out = []
    for ch in s:
        out.append({'\\': '\\\\', '\t': '\\t', '\n': '\\n', "'": "\\'", '\b': '\\b', '\f': '\\f',
                    '\r': '\\r', '\0': '\\0'}.get(ch, ch))
    return ''.join(out)


def quote(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


def render(v, t, nested=False):
    for wrapper in ('Nullable', 'LowCardinality'):
        inner = unwrap(t, wrapper)
        if inner is not None:
            return render(v, inner, nested)
    if v is None:
        return 'NULL' if nested else '\\N'
    inner = unwrap(t, 'Array')
    if inner is not None:
        return '[' + ','.join(render(e, inner, True) for e in v) + ']'
    inner = unwrap(t, 'Tuple')
    if inner is not None:
        return '(' + ','.join(render(e, et, True) for e, et in zip(v, split_args(inner))) + ')'
    inner = unwrap(t, 'Map')
    if inner is not None:
        kt, vt = split_args(inner)
        return '{' + ','.join(render(k, kt, True) + ':' + render(x, vt, True) for k, x in v.items()) + '}'
    inner = unwrap(t, 'Decimal')
    if inner is not None:
        scale = int(split_args(inner)[1])
        return format(v, '.%df' % scale)
    if t.startswith('Float'):
        text = repr(float(v))
        return text[:-2] if text.endswith('.0') else text
    if isinstance(v, datetime.datetime):
        text = v.strftime('%Y-%m-%d %H:%M:%S')
    elif isinstance(v, (datetime.date, uuid.UUID)):
        text = str(v)
    elif isinstance(v, str):
        text = v
    else:
        return str(v)
    return quote(text) if nested else escape_tsv(text)


def unescape_tsv(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch == '\\' and i + 1 < len(s):
            i += 1
            ch = {'t': '\t', 'n': '\n', 'r': '\r', '0': '\0', 'b': '\b', 'f': '\f'}.get(s[i], s[i])
        out.append(ch)
        i += 1
    return ''.join(out)


def convert(v, t, from_literal=False):
    """A script field as written in TSV (or a value of a parsed literal) as the Python value the driver inserts."""
    for wrapper in ('Nullable', 'LowCardinality'):
        inner = unwrap(t, wrapper)
        if inner is not None:
            return None if v is None else convert(v, inner, from_literal)
    if v is None:
        return None
    for name in ('Array', 'Tuple', 'Map'):
        inner = unwrap(t, name)
        if inner is None:
            continue
        value = ast.literal_eval(v) if isinstance(v, str) else v
        if name == 'Array':
            return [convert(e, inner, True) for e in value]
        if name == 'Tuple':
            return tuple(convert(e, et, True) for e, et in zip(value, split_args(inner)))
        kt, vt = split_args(inner)
        return {convert(k, kt, True): convert(x, vt, True) for k, x in value.items()}
    if isinstance(v, str) and not from_literal:
        v = unescape_tsv(v)
    if t.startswith('Int') or t.startswith('UInt'):
        return int(v)
    if t.startswith('Float'):
        return float(v)
    if t.startswith('Decimal'):
        return decimal.Decimal(str(v))
    if t == 'Date':
        return datetime.date.fromisoformat(v)
    if t.startswith('DateTime'):
        return datetime.datetime.strptime(v, '%Y-%m-%d %H:%M:%S')
    if t == 'UUID':
        return uuid.UUID(v)
    return v


def main():
    port, database = int(sys.argv[1]), sys.argv[2]
    # settings for every query, as JSON (against ClickHouse 18.16: LowCardinality is experimental there)
    settings = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    setup = Client(host='127.0.0.1', port=port, compression=False, settings=settings)
    setup.execute('DROP DATABASE IF EXISTS ' + database)
    setup.execute('CREATE DATABASE ' + database)
    client = Client(host='127.0.0.1', port=port, database=database, compression=False, settings=settings)
    for line in sys.stdin:
        cmd = json.loads(line)
        try:
            if cmd['op'] == 'statement':
                client.execute(cmd['sql'])
                answer = {'ok': True, 'text': ''}
            elif cmd['op'] == 'query':
                rows, columns = client.execute(cmd['sql'], with_column_types=True)
                types = [c[1] for c in columns]
                text = ''.join('\t'.join(render(v, t) for v, t in zip(row, types)) + '\n' for row in rows)
                # the same query once more, as columns: the driver's columnar results
                cols = client.execute(cmd['sql'], columnar=True)
                if rows and [list(c) for c in cols] != [list(c) for c in zip(*rows)]:
                    raise AssertionError('columnar result differs from rows')
                answer = {'ok': True, 'text': text}
            else:
                described = client.execute('DESCRIBE TABLE ' + cmd['table'])
                types = [d[1] for d in described if not d[2] or d[2] == 'DEFAULT']
                rows = [[convert(f, t) for f, t in zip(r, types)] for r in cmd['rows']]
                client.execute('INSERT INTO ' + cmd['table'] + ' VALUES', rows)
                answer = {'ok': True, 'text': ''}
        except Exception as e:  # reported to the test, which fails with it
            answer = {'ok': False, 'error': type(e).__name__ + ': ' + str(e)}
        print(json.dumps(answer), flush=True)


if __name__ == '__main__':
    main()
