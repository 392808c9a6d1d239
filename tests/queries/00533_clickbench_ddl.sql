-- ClickBench's modern DDL for ClickHouse: SQL-standard type names with NOT NULL, PRIMARY KEY in
-- the column list (the sorting key too), ENGINE = MergeTree without arguments,
-- add_minmax_index_for_numeric_columns, CREATE OR REPLACE.
CREATE OR REPLACE TABLE hits
(
    WatchID BIGINT NOT NULL,
    Title TEXT NOT NULL,
    EventTime TIMESTAMP NOT NULL,
    EventDate Date NOT NULL,
    CounterID INTEGER NOT NULL,
    UserAgentMinor VARCHAR(255) NOT NULL,
    IsRefresh SMALLINT NOT NULL,
    HitColor CHAR NOT NULL,
    PRIMARY KEY (CounterID, EventDate, EventTime, WatchID)
)
ENGINE = MergeTree SETTINGS add_minmax_index_for_numeric_columns = 1;
DESCRIBE TABLE hits;
SELECT sorting_key, primary_key FROM system.tables WHERE database = currentDatabase() AND name = 'hits';
INSERT INTO hits VALUES (3, 'b', '2013-07-02 00:00:01', '2013-07-02', 62, '5a', 0, 'E'), (1, 'a', '2013-07-01 00:00:00', '2013-07-01', 62, '', 1, 'F'), (2, 'c', '2013-07-01 12:00:00', '2013-07-01', 7, '0', 0, 'D');
SELECT CounterID, EventDate, WatchID, Title FROM hits ORDER BY CounterID, EventDate, EventTime, WatchID;
CREATE OR REPLACE TABLE hits (WatchID BIGINT NOT NULL, PRIMARY KEY (WatchID)) ENGINE = MergeTree;
SELECT count() FROM hits;
CREATE TABLE bad (a INTEGER NOT NULL, PRIMARY KEY (a)) ENGINE = MergeTree SETTINGS no_such_setting = 1; -- { serverError UNKNOWN_SETTING }
CREATE OR REPLACE TABLE hits (WatchID BIGINT NOT NULL, PRIMARY KEY (WatchID)) ENGINE = MergeTree SETTINGS no_such_setting = 1; -- { serverError UNKNOWN_SETTING }
SELECT name FROM system.tables WHERE database = currentDatabase() ORDER BY name;
