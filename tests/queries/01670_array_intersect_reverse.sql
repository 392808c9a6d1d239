-- reference: ClickHouse 18.16
SELECT arraySort(arrayIntersect([1, 2, 3], [2, 3, 4])), arrayReverse([1, 2, 3]), arrayReverse(['x']);
