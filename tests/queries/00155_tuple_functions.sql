SELECT tuple(1, 'a', NULL), tupleElement(tuple(1, 'a'), 1), untuple((1, 'x'));
SELECT (1, 2) + (3, 4), (2, 3) * 2, tupleElement(((1, 2), 3), 1);
