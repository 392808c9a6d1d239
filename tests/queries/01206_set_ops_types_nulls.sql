-- reference: ClickHouse docs (modern): columns are matched by position and cast to a common type; NULLs are equal in set operations
SELECT x, toTypeName(x) FROM (SELECT toUInt8(1) AS x UNION DISTINCT SELECT toInt64(-1) UNION DISTINCT SELECT toUInt8(1)) ORDER BY x;
SELECT x FROM (SELECT arrayJoin([1, NULL, 2]) AS x INTERSECT SELECT arrayJoin([NULL, 2])) ORDER BY x;
SELECT x FROM (SELECT arrayJoin([1, NULL, 2]) AS x EXCEPT SELECT NULL) ORDER BY x;
SELECT x, toTypeName(x) FROM (SELECT 1 AS x INTERSECT SELECT 1.0);
SELECT x FROM (SELECT 'a' AS x UNION DISTINCT SELECT toNullable('a') UNION DISTINCT SELECT NULL) ORDER BY x;
SELECT 1, 2 INTERSECT SELECT 1; -- { serverError UNION_ALL_RESULT_STRUCTURES_MISMATCH }
