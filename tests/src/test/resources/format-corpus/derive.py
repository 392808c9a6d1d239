#!/usr/bin/env python3
"""Builds modern/ from the ClickHouse 18.16 captures in clickhouse-18.16/.

The corpus targets the behaviour of ClickHouse 24.x (the settings defaults Strata registers). Where
18.16 lacks a format, or prints differently from 24.x, the expected bytes are derived here from
18.16's own bytes by a rule taken from the modern ClickHouse sources; every rule is named in
modern/MANIFEST.tsv next to the file it produced. Files under modern/modern/ (types 18.16 does not
have) are written by hand and are not touched here.
"""
import json
import os
import re

SRC = 'clickhouse-18.16'
DST = 'modern'
manifest = []


def read(case, fmt):
    p = os.path.join(SRC, case, fmt + '.out')
    if not os.path.exists(p):
        return None
    with open(p, 'rb') as f:
        return f.read().decode('utf-8')


def write(case, fmt, text, rule):
    os.makedirs(os.path.join(DST, case), exist_ok=True)
    with open(os.path.join(DST, case, fmt + '.out'), 'wb') as f:
        f.write(text.encode('utf-8'))
    manifest.append((case + '/' + fmt + '.out', rule))


def cases():
    return sorted(d for d in os.listdir(SRC) if os.path.isdir(os.path.join(SRC, d)))


# ---- rules ---------------------------------------------------------------------------------

def tsv_raw_null(text):
    """TSVRaw: 18.16 printed NULL as ᴺᵁᴸᴸ; 24.x writes format_tsv_null_representation (\\N)."""
    return text.replace('ᴺᵁᴸᴸ', '\\N')


def compact_to_space(text):
    """PrettySpace from PrettyCompact: same widths; 24.x indents the names line by one space, which
    18.16 did not (SerializationPrettySpace writes ' ' before the first name)."""
    out = []
    pos = 0
    for m in re.finditer(r'┌─(.*)─┐\n', text):
        out.append(text[pos:m.start()])
        names = m.group(1).replace('─┬─', '   ').replace('─', ' ')
        out.append(' ' + names + '\n\n')
        end = text.index('\n└', m.end()) + 1
        body = text[m.end():end]
        body = body[1:]                      # the first row's opening bar
        body = body.replace('│\n│', '\n')     # row end + next row's opening bar
        body = body[:-2] + '\n'              # the last row's closing bar
        out.append(body.replace('│', ' '))
        pos = text.index('\n', end) + 1      # skip the bottom rule
    out.append(text[pos:])
    return ''.join(out).replace('  Showed first ', '\nShowed first ')


def split_json_top(inner):
    """Splits the inside of a JSON array at top-level commas."""
    parts, depth, in_str, esc, cur = [], 0, False, False, ''
    for ch in inner:
        if in_str:
            cur += ch
            if esc:
                esc = False
            elif ch == '\\':
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in '[{':
            depth += 1
        elif ch in ']}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(cur)
            cur = ''
            continue
        cur += ch
    parts.append(cur)
    return parts


def compact_totals_spacing(text):
    """JSONCompact: 24.x separates the values of totals and extremes with ', ' (18.16 used ',')."""
    def fix(m):
        return m.group(1) + ', '.join(split_json_top(m.group(2))) + ']'
    return re.sub(r'^(\t"totals": \[|\t\t"min": \[|\t\t"max": \[)(.*)\]', fix, text, flags=re.M)


def csv_tuple_delimiter(text):
    """CSV with format_csv_delimiter: 24.x joins tuple elements with the delimiter (18.16 used ',')."""
    return re.sub(r'(\]";\d+),(")', r'\1;\2', text)


def meta(json_text):
    """(names, types) of a JSON document's meta, as the JSON string literals ClickHouse wrote."""
    names = re.findall(r'^\t\t\t"name": (".*"),$', json_text, flags=re.M)
    types = re.findall(r'^\t\t\t"type": (".*")$', json_text, flags=re.M)
    return names, types


def compact_rows(json_compact):
    """The data rows of a JSONCompact document ('[...]' each) and its totals array, or None."""
    rows = re.findall(r'^\t\t(\[.*\]),?$', json_compact.split('\t"data":\n')[1].split('\n\t]')[0], flags=re.M)
    totals = re.search(r'^\t"totals": (\[.*\]),?$', json_compact, flags=re.M)
    return rows, totals.group(1) if totals else None


def tsv_unescape(s):
    out, i = '', 0
    while i < len(s):
        if s[i] == '\\' and i + 1 < len(s):
            out += {'t': '\t', 'n': '\n', '0': '\0', 'b': '\b', 'f': '\f', 'r': '\r'}.get(s[i + 1], s[i + 1])
            i += 2
        else:
            out += s[i]
            i += 1
    return out


def csv_quote(s):
    return '"' + s.replace('"', '""') + '"'


def right_aligned(type_name):
    """ClickHouse's shouldAlignRightInPrettyFormats (Markdown uses it for '-:')."""
    t = type_name
    while True:
        m = re.match(r'^(Nullable|LowCardinality)\((.*)\)$', t)
        if not m:
            break
        t = m.group(2)
    return re.match(r'^(U?Int\d+|Float\d+|Decimal.*|Date|Date32|DateTime.*|Bool)$', t) is not None


def derive(case):
    delimiter = ';' if case == 'csv_delimiter' else ','
    tsv_raw = read(case, 'TabSeparatedRaw')
    if tsv_raw is not None:
        # the 'strings' case has no NULLs: its ᴺᵁᴸᴸ are string values and stay
        raw = tsv_raw if case == 'strings' else tsv_raw_null(tsv_raw)
        for f in ('TabSeparatedRaw', 'TSVRaw', 'Raw', 'LineAsString'):
            write(case, f, raw, 'tsv-raw-null (' + ('alias' if f != 'TabSeparatedRaw' else 'NULL as \\N') + ')')
        names_and_types = read(case, 'TabSeparatedWithNamesAndTypes')
        if names_and_types is not None:
            header = names_and_types.split('\n')[:2]
            for f in ('TabSeparatedRawWithNames', 'TSVRawWithNames', 'RawWithNames', 'LineAsStringWithNames'):
                write(case, f, header[0] + '\n' + raw, 'tsv-raw-null + names line of TabSeparatedWithNames')
            for f in ('TabSeparatedRawWithNamesAndTypes', 'TSVRawWithNamesAndTypes', 'RawWithNamesAndTypes',
                      'LineAsStringWithNamesAndTypes'):
                write(case, f, header[0] + '\n' + header[1] + '\n' + raw,
                      'tsv-raw-null + names and types lines of TabSeparatedWithNamesAndTypes')

    compact = read(case, 'PrettyCompact')
    if compact is not None and case != 'maxrows':
        if case == 'totals':
            # 24.x MonoBlock finishes the rows before totals and extremes like the other Pretty formats
            # (18.16 dropped them); the rows are one block, so the bytes are PrettyCompact's
            write(case, 'PrettyCompactMonoBlock', compact, 'PrettyCompact (MonoBlock with totals, one block)')
        write(case, 'PrettyCompactNoEscapesMonoBlock', compact, 'PrettyCompact (colours off, one block)')
        grid = read(case, 'Pretty')
        write(case, 'PrettyMonoBlock', grid, 'Pretty (one block)')
        write(case, 'PrettyNoEscapesMonoBlock', grid, 'Pretty (colours off, one block)')
    if compact is not None:
        space = compact_to_space(compact)
        for f in ('PrettySpace', 'PrettySpaceNoEscapes') + (('PrettySpaceMonoBlock', 'PrettySpaceNoEscapesMonoBlock')
                                                           if case != 'maxrows' else ()):
            write(case, f, space, 'compact-to-space')

    json_compact = read(case, 'JSONCompact')
    json_doc = read(case, 'JSON')
    if json_compact is not None and json_doc is not None:
        if case == 'totals':
            json_compact = compact_totals_spacing(json_compact)
            write(case, 'JSONCompact', json_compact, 'compact-totals-spacing')
        rows, totals = compact_rows(json_compact)
        names, types = meta(json_doc)
        body = ''.join(r + '\n' for r in rows)
        if totals is not None:
            body += '\n' + totals + '\n'   # JSONCompactEachRowRowOutputFormat::writeTotals
        names_line = '[' + ', '.join(names) + ']\n'
        types_line = '[' + ', '.join(types) + ']\n'
        write(case, 'JSONCompactEachRow', body, 'JSONCompact data rows, one per line (+ totals after an empty line)')
        write(case, 'JSONCompactEachRowWithNames', names_line + body, 'JSONCompactEachRow + meta names line')
        write(case, 'JSONCompactEachRowWithNamesAndTypes', names_line + types_line + body,
              'JSONCompactEachRow + meta names and types lines')

    each_row = read(case, 'JSONEachRow')
    if each_row is not None:
        lines = [l for l in each_row.split('\n') if l]
        members = ',\n'.join('\t"row_%d": %s' % (i + 1, l) for i, l in enumerate(lines))
        write(case, 'JSONObjectEachRow', '{\n' + members + '\n}\n', 'JSONEachRow rows as members row_N of one object')

    csv_names = read(case, 'CSVWithNames')
    names_and_types = read(case, 'TabSeparatedWithNamesAndTypes')
    if csv_names is not None and names_and_types is not None:
        if case == 'csv_delimiter':
            csv_names = csv_tuple_delimiter(csv_names)
            write(case, 'CSVWithNames', csv_names, 'csv-tuple-delimiter')
            write(case, 'CSV', csv_tuple_delimiter(read(case, 'CSV')), 'csv-tuple-delimiter')
        types = [tsv_unescape(t) for t in names_and_types.split('\n')[1].split('\t')]
        first, rest = csv_names.split('\n', 1)
        write(case, 'CSVWithNamesAndTypes', first + '\n' + delimiter.join(csv_quote(t) for t in types) + '\n' + rest,
              'CSVWithNames + CSV-quoted types line of TabSeparatedWithNamesAndTypes')

    tsv = read(case, 'TabSeparated')
    if tsv is not None and names_and_types is not None and json_doc is not None:
        header_names = [tsv_unescape(n) for n in names_and_types.split('\n')[0].split('\t')]
        header_types = [tsv_unescape(t) for t in names_and_types.split('\n')[1].split('\t')]
        n_rows = int(re.search(r'^\t"rows": (\d+)', json_doc, flags=re.M).group(1))
        data = tsv.split('\n')[:n_rows]
        md = '| ' + ' | '.join(names_and_types.split('\n')[0].split('\t')) + ' |\n|'
        md += ''.join('-:|' if right_aligned(t) else ':-|' for t in header_types) + '\n'
        md += ''.join('| ' + ' | '.join(line.split('\t')) + ' |\n' for line in data)
        assert len(header_names) == len(header_types)
        write(case, 'Markdown', md, 'Markdown: names, alignment by type, TabSeparated-escaped rows (no totals)')

    if case == 'blob':
        values = [json.loads(l)['s'] for l in read(case, 'JSONEachRow').split('\n') if l]
        write(case, 'RawBLOB', ''.join(values), 'RawBLOB: the String values back to back')


def derive_strings():
    """The *Strings formats of the corpus: the 18.16 output of the 'strings' case, whose columns are
    the text forms (toString; NULL as ᴺᵁᴸᴸ) under the corpus' names, with the corpus' real meta."""
    corpus_json, corpus_compact = read('corpus', 'JSON'), read('corpus', 'JSONCompact')
    names, types = meta(corpus_json)
    write('corpus', 'JSONStringsEachRow', read('strings', 'JSONEachRow'), 'strings/JSONEachRow')
    rows, _ = compact_rows(read('strings', 'JSONCompact'))
    body = ''.join(r + '\n' for r in rows)
    names_line, types_line = '[' + ', '.join(names) + ']\n', '[' + ', '.join(types) + ']\n'
    write('corpus', 'JSONCompactStringsEachRow', body, 'strings/JSONCompact rows')
    write('corpus', 'JSONCompactStringsEachRowWithNames', names_line + body, 'strings/JSONCompact rows + names')
    write('corpus', 'JSONCompactStringsEachRowWithNamesAndTypes', names_line + types_line + body,
          'strings/JSONCompact rows + names and types')

    def with_corpus_meta(doc, source):
        # everything before "data" (the meta) from the corpus document, the rest from the strings one
        return source.split('\t"data":', 1)[0] + '\t"data":' + doc.split('\t"data":', 1)[1]

    write('corpus', 'JSONStrings', with_corpus_meta(read('strings', 'JSON'), corpus_json), 'strings/JSON with corpus meta')
    write('corpus', 'JSONCompactStrings', with_corpus_meta(read('strings', 'JSONCompact'), corpus_compact),
          'strings/JSONCompact with corpus meta')


def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    for case in cases():
        derive(case)
    derive_strings()
    with open(os.path.join(DST, 'MANIFEST.tsv'), 'w', encoding='utf-8') as f:
        f.write('# file\trule (see derive.py); files not listed here are written by hand (see README.md)\n')
        for path, rule in sorted(manifest):
            f.write(path + '\t' + rule + '\n')
    print('derive: wrote %d files' % len(manifest))


if __name__ == '__main__':
    main()
