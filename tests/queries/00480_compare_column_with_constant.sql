CREATE TABLE cmp (d Date, u UInt64, i Int32, s String, f Float64, n Nullable(UInt8)) ENGINE = MergeTree ORDER BY d;
INSERT INTO cmp VALUES ('2024-01-01', 1, -5, 'a', 0.5, 1), ('2024-01-02', 18446744073709551615, 7, '', 1.5, NULL), ('2024-01-03', 3, 0, 'abc', -2, 0);
SELECT d, d = '2024-01-02', d != '2024-01-02', d < '2024-01-02', d <= '2024-01-02', d > '2024-01-02', d >= '2024-01-02' FROM cmp ORDER BY d;
SELECT d, '2024-01-02' = d, '2024-01-02' < d, '2024-01-02' >= d FROM cmp ORDER BY d;
SELECT count() FROM cmp WHERE d BETWEEN '2024-01-02' AND '2024-01-03';
SELECT u, u > 2, u < 18446744073709551615, u = 3, u >= 1 FROM cmp ORDER BY u;
SELECT i, i < 0, i >= 0, i != 7, i = -5, i > -6 FROM cmp ORDER BY i;
SELECT s, s = '', s != '', s < 'abc', s >= 'a', s > 'ab' FROM cmp ORDER BY s;
SELECT f, f > 0, f < 1, f = 1.5 FROM cmp ORDER BY f;
SELECT n, n = 1, n != 0, n > 0 FROM cmp ORDER BY d;
SELECT d FROM cmp WHERE d > '2024-01-01' AND s != '' ORDER BY d;
SELECT i, i > 0 AND u > 2, i < 0 OR s = '', i > -10 AND u > 0 AND s != 'zz' FROM cmp ORDER BY i;
SELECT count() FROM cmp WHERE d = 'not a date'; -- { serverError CANNOT_PARSE_DATE }
