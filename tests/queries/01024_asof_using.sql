-- reference: ClickHouse docs (modern)
-- ASOF JOIN USING: the last column is the closest-match column (left >= right).
CREATE TABLE trades (sym String, t UInt32, price Float64) ENGINE = Memory;
CREATE TABLE quotes (sym String, t UInt32, bid Float64) ENGINE = Memory;
INSERT INTO trades VALUES ('A', 10, 1.5), ('A', 20, 1.6), ('B', 5, 7), ('B', 15, 7.5), ('C', 1, 9);
INSERT INTO quotes VALUES ('A', 9, 1.4), ('A', 10, 1.45), ('A', 19, 1.55), ('B', 6, 6.9), ('B', 15, 7.4);
SELECT sym, t, price, bid FROM trades ASOF JOIN quotes USING (sym, t) ORDER BY sym, t;
SELECT sym, t, quotes.t, bid FROM trades ASOF LEFT JOIN quotes USING (sym, t) ORDER BY sym, t;
