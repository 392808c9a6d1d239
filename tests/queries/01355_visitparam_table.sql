-- reference: ClickHouse 18.16
-- visitParam* over a table of compact JSON event parameters.
CREATE TABLE ev (id UInt32, params String) ENGINE = Memory;
INSERT INTO ev VALUES (1, '{"price":10,"currency":"EUR","ok":true}'), (2, '{"price":25.5,"currency":"USD","ok":false}'), (3, '{"currency":"EUR"}'), (4, '{"price":"7","items":[1,2]}');
SELECT id, visitParamExtractFloat(params, 'price'), visitParamExtractString(params, 'currency'), visitParamExtractBool(params, 'ok'), visitParamHas(params, 'items') FROM ev ORDER BY id;
SELECT visitParamExtractString(params, 'currency') AS c, sum(visitParamExtractFloat(params, 'price')) FROM ev GROUP BY c ORDER BY c;
SELECT id, visitParamExtractRaw(params, 'items'), visitParamExtractUInt(params, 'price') FROM ev WHERE visitParamHas(params, 'price') ORDER BY id;
DROP TABLE ev;
