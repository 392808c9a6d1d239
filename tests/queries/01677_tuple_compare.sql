-- reference: ClickHouse 18.16
SELECT (1, 2) < (1, 3), (1, 2) = (1, 2), (2, 1) > (1, 9), ('a', 1) != ('a', 2);
SELECT x FROM (SELECT arrayJoin([(2, 'b'), (1, 'z'), (2, 'a')]) AS x) ORDER BY x;
