-- reference: ClickHouse 18.16
SELECT has([1, 2, 3], 2), has([1, 2, 3], 5), has(['a'], 'a');
SELECT hasAll([1, 2, 3], [1, 3]), hasAll([1, 2], [4]), hasAny([1, 2], [3, 2]), hasAny([1], []);
