SELECT substring('hello world', 1, 5), substring('hello world', 7), substring('hello', 2, 2);
SELECT substring('hello', -3), substring('hello', -3, 2), substring('hello', 0), substring('hello', 10);
SELECT substr('abcdef', 3), mid('abcdef', 2, 3), left('abcdef', 2), right('abcdef', 2);
SELECT substring('hello', 2, 0), substring('', 1, 1);
