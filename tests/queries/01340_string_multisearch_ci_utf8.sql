-- reference: ClickHouse docs (modern): the CaseInsensitive, UTF8 and CaseInsensitiveUTF8 forms of multiSearch*.
SELECT multiSearchAnyCaseInsensitive('Hello', ['HELLO']), multiSearchAnyUTF8('привет', ['вет']), multiSearchAnyCaseInsensitiveUTF8('ПРИВЕТ', ['при']);
SELECT multiSearchFirstIndexCaseInsensitive('Hello World', ['x', 'WORLD']), multiSearchFirstIndexUTF8('привет мир', ['мир', 'x']), multiSearchFirstIndexCaseInsensitiveUTF8('ПРИВЕТ', ['x', 'вет']);
SELECT multiSearchFirstPositionCaseInsensitive('Hello World', ['WORLD', 'LLO']), multiSearchFirstPositionUTF8('привет мир', ['мир', 'вет']), multiSearchFirstPositionCaseInsensitiveUTF8('ПРИВЕТ МИР', ['мир']);
SELECT multiSearchAllPositionsCaseInsensitive('Hello, World!', ['hello', '!', 'world']), multiSearchAllPositionsUTF8('привет мир', ['мир', 'вет', 'z']), multiSearchAllPositionsCaseInsensitiveUTF8('ПРИВЕТ мир', ['привет', 'МИР']);
