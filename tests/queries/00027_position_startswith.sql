SELECT position('hello', 'l'), position('hello', 'z'), position('hello', ''), position('hello', 'lo');
SELECT startsWith('hello', 'he'), startsWith('hello', 'lo'), endsWith('hello', 'lo'), endsWith('hello', '');
SELECT positionCaseInsensitive('HELLO', 'll'), position('abcabc', 'c', 4);
SELECT 'abc' IN ('abc', 'def'), 'x' IN ('abc', 'def');
