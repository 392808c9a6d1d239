SELECT 1 AS x, 'a' AS y FORMAT TabSeparated;
SELECT 1 AS x, 'a' AS y FORMAT TSV;
SELECT 1 AS x, 'a' AS y FORMAT TabSeparatedWithNames;
SELECT 1 AS x, 'a' AS y FORMAT TabSeparatedWithNamesAndTypes;
SELECT 1 AS x, 'a\tb' AS y FORMAT TabSeparatedRaw;
SELECT 1 AS x, 'a' AS y, NULL AS z FORMAT CSV;
SELECT 1 AS x, 'a' AS y FORMAT JSONEachRow;
