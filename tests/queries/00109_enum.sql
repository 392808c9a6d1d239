CREATE TABLE t (e Enum8('low' = 1, 'mid' = 5, 'high' = 10), v UInt8) ENGINE = Memory;
INSERT INTO t VALUES ('high', 1), ('low', 2), ('mid', 3), ('mid', 4);
SELECT e, v FROM t ORDER BY e, v;
SELECT e, CAST(e AS Int8), toString(e) FROM t WHERE e = 'low';
SELECT e, count() FROM t GROUP BY e ORDER BY e;
SELECT toTypeName(e) FROM t LIMIT 1;
INSERT INTO t VALUES ('none', 5); -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
SELECT count() FROM t;
