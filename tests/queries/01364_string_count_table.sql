-- reference: ClickHouse docs (modern): countSubstrings*/countMatches over a table. Not in 18.16.
CREATE TABLE docs (id UInt32, body String) ENGINE = Memory;
INSERT INTO docs VALUES (1, 'the cat and The hat'), (2, 'no match here'), (3, 'THE THE the'), (4, 'Ёж ёж ЁЖ');
SELECT id, countSubstrings(body, 'the'), countSubstringsCaseInsensitive(body, 'the'), countMatches(body, '[Tt]he'), countMatchesCaseInsensitive(body, 'the') FROM docs ORDER BY id;
SELECT id, countSubstringsCaseInsensitiveUTF8(body, 'ёж'), countSubstrings(body, 'ёж') FROM docs ORDER BY id;
SELECT sum(countSubstringsCaseInsensitive(body, 'the')) FROM docs;
DROP TABLE docs;
