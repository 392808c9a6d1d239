-- reference: ClickHouse docs (modern): INTERSECT ALL / EXCEPT ALL count occurrences (multiset); bare INTERSECT and EXCEPT are ALL (intersect_default_mode, except_default_mode)
SELECT x FROM (SELECT arrayJoin([1, 1, 1, 2, 3]) AS x INTERSECT ALL SELECT arrayJoin([1, 1, 2, 4])) ORDER BY x;
SELECT x FROM (SELECT arrayJoin([1, 1, 1, 2, 3]) AS x EXCEPT ALL SELECT arrayJoin([1, 2, 4])) ORDER BY x;
SELECT x FROM (SELECT arrayJoin([1, 1, 1, 2, 3]) AS x INTERSECT SELECT arrayJoin([1, 1, 2, 4])) ORDER BY x;
SELECT x FROM (SELECT arrayJoin([1, 1, 1, 2, 3]) AS x INTERSECT DISTINCT SELECT arrayJoin([1, 1, 2, 4])) ORDER BY x;
SELECT x FROM (SELECT arrayJoin([1, 1, 1, 2, 3]) AS x EXCEPT DISTINCT SELECT arrayJoin([2, 4])) ORDER BY x;
SET intersect_default_mode = 'DISTINCT';
SELECT x FROM (SELECT arrayJoin([1, 1, 2]) AS x INTERSECT SELECT arrayJoin([1, 1])) ORDER BY x;
SET except_default_mode = 'DISTINCT';
SELECT x FROM (SELECT arrayJoin([1, 1, 2]) AS x EXCEPT SELECT 2) ORDER BY x;
SET except_default_mode = '';
SELECT 1 EXCEPT SELECT 2; -- { serverError EXPECTED_ALL_OR_DISTINCT }
