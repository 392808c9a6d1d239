-- reference: ClickHouse docs (modern); window functions are not in 18.16
-- Named windows (WINDOW clause) shared by ranking functions: ntile, percent_rank, cume_dist, rank, dense_rank.
CREATE TABLE s (cls String, student String, score UInt32) ENGINE = MergeTree ORDER BY (cls, student);
INSERT INTO s VALUES ('x', 'ann', 90), ('x', 'bob', 80), ('x', 'cat', 80);
INSERT INTO s VALUES ('x', 'dan', 70), ('x', 'eve', 60), ('y', 'fay', 50), ('y', 'gus', 75);
SELECT cls, student, score, rank() OVER w, dense_rank() OVER w, row_number() OVER w FROM s WINDOW w AS (PARTITION BY cls ORDER BY score DESC, student) ORDER BY cls, score DESC, student;
SELECT cls, student, ntile(2) OVER w, ntile(3) OVER w FROM s WINDOW w AS (PARTITION BY cls ORDER BY score DESC, student) ORDER BY cls, student;
SELECT cls, student, score, percent_rank() OVER w, cume_dist() OVER w FROM s WINDOW w AS (PARTITION BY cls ORDER BY score) ORDER BY cls, score, student;
SELECT student, rank() OVER w AS r FROM s WINDOW w AS (ORDER BY score DESC) ORDER BY r, student;
SELECT cls, student, sum(score) OVER w1, max(score) OVER w2 FROM s WINDOW w1 AS (PARTITION BY cls), w2 AS (PARTITION BY cls ORDER BY student) ORDER BY cls, student;
SELECT cls, student, first_value(student) OVER w, last_value(student) OVER w FROM s WINDOW w AS (PARTITION BY cls ORDER BY score DESC, student ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY cls, student;
