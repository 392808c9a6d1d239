-- reference: ClickHouse 18.16
SELECT arraySort([3, 1, 2]), arrayReverseSort([3, 1, 2]);
SELECT arraySort(x -> -x, [1, 2, 3]), arrayReverseSort(x -> -x, [1, 2, 3]);
SELECT arraySort((x, y) -> y, ['a', 'b', 'c'], [3, 1, 2]);
SELECT arraySort(['b', 'a', 'c']);
