-- reference: ClickHouse 18.16
SELECT arrayResize([1, 2], 4), arrayResize([1, 2, 3], 1), arrayResize([1], 3, 9);
SELECT arrayResize(['a'], 2), arrayResize([1, 2, 3], -2);
