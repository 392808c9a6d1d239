SELECT argMin(s, v), argMax(s, v) FROM values('s String, v Int32', ('a', 5), ('b', -1), ('c', 9), ('d', 3));
SELECT argMin(number, abs(toInt64(number) - 13)), argMax(toString(number), number) FROM numbers(20);
SELECT k, argMin(name, score), argMax(name, score) FROM values('k UInt8, name String, score Float64', (1, 'x', 1.5), (1, 'y', 0.5), (2, 'z', 3), (2, 'w', 4)) GROUP BY k ORDER BY k;
