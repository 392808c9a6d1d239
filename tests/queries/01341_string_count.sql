-- reference: ClickHouse docs (modern): countSubstrings(CaseInsensitive)(UTF8) count non-overlapping occurrences; countMatches(CaseInsensitive) counts regexp matches. Not in 18.16.
SELECT countSubstrings('aaaa', 'aa'), countSubstrings('abc', 'd'), countSubstrings('abcabc', 'abc', 2), countSubstrings('', 'a');
SELECT countSubstringsCaseInsensitive('aBcAbCabc', 'abc'), countSubstringsCaseInsensitive('AAAA', 'aa'), countSubstringsCaseInsensitive('abc', 'B', 3);
SELECT countSubstringsCaseInsensitiveUTF8('аБв АБВ абв', 'абв'), countSubstringsCaseInsensitiveUTF8('ЁёЁ', 'ё'), countSubstringsCaseInsensitiveUTF8('abc', 'x');
SELECT countMatches('foobarfoo', 'foo'), countMatches('abcabc', '[ab]'), countMatches('aaa', 'b'), countMatchesCaseInsensitive('AaA', 'a'), countMatches('a1b22c333', '\\d+');
SELECT toTypeName(countSubstrings('a', 'a')), toTypeName(countMatches('a', 'a'));
