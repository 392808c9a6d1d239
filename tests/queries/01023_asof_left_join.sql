-- reference: ClickHouse docs (modern)
-- ASOF LEFT JOIN keeps trades without an earlier quote.
CREATE TABLE trades (sym String, t UInt32, price Float64) ENGINE = Memory;
CREATE TABLE quotes (sym String, t UInt32, bid Float64) ENGINE = Memory;
INSERT INTO trades VALUES ('A', 10, 1.5), ('A', 20, 1.6), ('B', 5, 7), ('B', 15, 7.5), ('C', 1, 9);
INSERT INTO quotes VALUES ('A', 9, 1.4), ('A', 10, 1.45), ('A', 19, 1.55), ('B', 6, 6.9), ('B', 15, 7.4);
SELECT trades.sym, trades.t, price, quotes.t, bid FROM trades ASOF LEFT JOIN quotes ON trades.sym = quotes.sym AND trades.t >= quotes.t ORDER BY 1, 2;
SELECT trades.sym, trades.t, quotes.t, bid FROM trades ASOF LEFT JOIN quotes ON trades.sym = quotes.sym AND trades.t >= quotes.t ORDER BY 1, 2 SETTINGS join_use_nulls = 1;
