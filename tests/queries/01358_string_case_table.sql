-- reference: ClickHouse 18.16
-- lower/upper and their UTF8 forms as grouping keys.
CREATE TABLE words (w String) ENGINE = Memory;
INSERT INTO words VALUES ('Apple'), ('APPLE'), ('apple'), ('Ёлка'), ('ЁЛКА'), ('Zebra');
SELECT lowerUTF8(w) AS k, count() FROM words GROUP BY k ORDER BY k;
SELECT lower(w) AS k, count() FROM words GROUP BY k ORDER BY k;
SELECT upperUTF8(w), upper(w), lengthUTF8(w), length(w) FROM words ORDER BY w;
DROP TABLE words;
