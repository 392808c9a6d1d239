CREATE TABLE d (k UInt32, v String) ENGINE = MergeTree ORDER BY k;
INSERT INTO d VALUES (1, 'a'), (1, 'a'), (1, 'b'), (2, 'c');
INSERT INTO d VALUES (2, 'c'), (3, 'd'), (1, 'a');
OPTIMIZE TABLE d FINAL DEDUPLICATE;
SELECT k, v FROM d ORDER BY k, v;
SELECT count() FROM d;
OPTIMIZE TABLE d FINAL;
SELECT count() FROM d;
