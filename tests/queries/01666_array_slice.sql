-- reference: ClickHouse 18.16
SELECT arraySlice([1, 2, 3, 4, 5], 2, 2), arraySlice([1, 2, 3, 4, 5], -2), arraySlice([1, 2, 3, 4, 5], 2);
SELECT arraySlice([1, 2, 3], 5, 1), arraySlice([1, 2, 3, 4], -3, 2);
