SELECT equals('a', 'a'), notEquals('a', 'b'), 'abc' < 'abd', 'Z' < 'a', '10' < '9';
SELECT greater('b', 'a'), lessOrEquals('a', 'a'), 'a' = 'A', lower('A') = 'a';
