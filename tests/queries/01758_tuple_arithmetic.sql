-- reference: ClickHouse docs (modern)
SELECT tuplePlus((1, 2), (3, 4)), tupleMinus((5, 5), (1, 2)), tupleMultiply((2, 3), (4, 5)), tupleDivide((8, 9), (2, 3));
SELECT tupleMultiplyByNumber((1, 2.5), 2), tupleDivideByNumber((6, 3), 3);
SELECT vectorSum((1, 2), (10, 20)), vectorDifference((1, 2), (10, 20));
