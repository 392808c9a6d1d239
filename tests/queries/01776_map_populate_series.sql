-- reference: ClickHouse docs (modern); mapPopulateSeries and CAST((keys, values) AS Map) are not in ClickHouse 18.16
-- the integer keys from the smallest to the largest (or to max), missing ones with value 0
SELECT mapPopulateSeries([1, 2, 4], [11, 22, 44], 5) AS res, toTypeName(res);
SELECT mapPopulateSeries(map(1, 10, 5, 20), 6) AS res, toTypeName(res);
SELECT mapPopulateSeries([3, 1, 3], [5, 7, 2]), mapPopulateSeries(map(3, 5, 1, 7));
SELECT mapPopulateSeries([toInt8(-2), 1], [toInt8(1), 2]), mapPopulateSeries([toInt64(-2)], [toUInt16(3)], 0);
SELECT mapPopulateSeries([5], [1], 2), mapPopulateSeries([5], [1], 5), mapPopulateSeries(emptyArrayUInt8(), emptyArrayUInt8());
SELECT number, mapPopulateSeries(range(number), range(number), toUInt8(number + 1)) FROM numbers(4) ORDER BY number;
SELECT mapPopulateSeries([1], [1], 300); -- { serverError CANNOT_CONVERT_TYPE }
SELECT mapPopulateSeries([1.5], [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapPopulateSeries([1], [1], 2, 3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT mapPopulateSeries([1], 1); -- { serverError BAD_ARGUMENTS }
SELECT mapPopulateSeries([1, 2], [1]); -- { serverError BAD_ARGUMENTS }
SELECT mapPopulateSeries([toUInt64(0), 2000000000], [1, 2]); -- { serverError TOO_LARGE_ARRAY_SIZE }
-- CAST to Map from a tuple (keys, values), from an array of pairs and from another Map
SELECT CAST(([1, 2, 3], ['Ready', 'Steady', 'Go']), 'Map(UInt8, String)') AS m, toTypeName(m);
SELECT CAST(([1, 2], [0.5, 1]) AS Map(String, Float32)) AS m, toTypeName(m);
SELECT CAST([(1, 2), (3, 4)], 'Map(UInt8, UInt8)') AS m, toTypeName(m);
SELECT CAST(map('a', 1), 'Map(String, UInt64)') AS m, toTypeName(m);
SELECT CAST(([], []), 'Map(UInt8, String)');
SELECT number, CAST((range(number), arrayMap(x -> toString(x * 10), range(number))), 'Map(UInt64, String)') FROM numbers(4) ORDER BY number;
SELECT CAST(([1, 2], ['Ready', 'Steady', 'Go']), 'Map(UInt8, String)'); -- { serverError TYPE_MISMATCH }
SELECT 'done';
