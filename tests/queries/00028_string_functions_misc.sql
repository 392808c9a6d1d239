SELECT trim('  a b  '), trimLeft('  a'), trimRight('a  '), concat('[', trimBoth('  x  '), ']');
SELECT replaceAll('aXbXc', 'X', '-'), replaceOne('aXbXc', 'X', '-'), replaceRegexpAll('a1b22c', '[0-9]+', '#');
SELECT splitByChar(',', 'a,b,,c'), splitByString('::', 'x::y'), arrayStringConcat(['a', 'b', 'c'], '-');
SELECT leftPad('7', 3, '0'), rightPad('ab', 4, '.'), format('{}-{}', 'a', 'b');
SELECT match('abc123', '[0-9]+'), extract('abc123def', '[0-9]+'), hex('AB'), unhex('4142');
