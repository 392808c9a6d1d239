-- reference: ClickHouse 18.16
SELECT (1, 'a').1, (1, 'a').2, tupleElement((1, 'a'), 2);
SELECT t.1, t.2 FROM (SELECT (number, toString(number)) AS t FROM numbers(3)) ORDER BY t.1;
SELECT tuple(1, 2, 3);
