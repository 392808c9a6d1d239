-- reference: ClickHouse docs (modern): splitByChar/splitByString with max_substrings, splitByRegexp, splitByWhitespace, splitByNonAlpha (18.16 lacks most).
SELECT splitByChar(',', 'a,b,,c'), splitByChar(',', ''), splitByChar(',', 'abc'), splitByString(', ', 'a, b, c'), splitByString('', 'abc');
SELECT splitByRegexp('\\d+', 'a12bc23de345f'), splitByRegexp('', 'abcde'), splitByRegexp(',', 'x,y');
SELECT splitByWhitespace('  a  b\tc\nd  '), splitByWhitespace(''), splitByNonAlpha('  1!  a,  b.  '), splitByNonAlpha('word');
SELECT splitByChar(',', 'a,b,c,d', 2), splitByString('::', 'a::b::c', 1), splitByWhitespace('a b c', 2);
SELECT s, length(splitByChar(' ', s)) FROM (SELECT arrayJoin(['one', 'two words', 'three more words']) AS s) ORDER BY s;
