SELECT concat('a', toString(1)), concat('x', 'y', ''), concat('', ''), 'a' || 'b' || 'c';
SELECT concat('id-', toString(number)) FROM numbers(3) ORDER BY number;
SELECT concat('a', 1, 'b'), concat(1, 2);
