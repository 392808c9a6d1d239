-- reference: ClickHouse 18.16
SELECT indexOf([1, 2, 3], 2), indexOf([1, 2, 3], 9), indexOf(['a', 'b'], 'b');
SELECT countEqual([1, 2, 1, 1], 1), countEqual(['a', 'b'], 'c');
