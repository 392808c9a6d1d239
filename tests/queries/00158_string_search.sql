SELECT countSubstrings('abcabc', 'bc'), position('abc', 'c') > 0, match('abc', '^a.c$'), match('abc', '^b');
SELECT extractAll('a1b22c333', '[0-9]+'), splitByRegexp('[0-9]+', 'a1b22c');
SELECT multiSearchAny('hello', ['x', 'ell']), multiMatchAny('hello', ['^h', 'z']);
