-- reference: ClickHouse 18.16
SELECT arrayConcat([1], [2, 3], []), arrayPushBack([1, 2], 3), arrayPushFront([1, 2], 0);
SELECT arrayPopBack([1, 2, 3]), arrayPopFront([1, 2, 3]), arrayPopBack(emptyArrayUInt8());
