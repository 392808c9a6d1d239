CREATE TABLE `my table` (`col 1` UInt8, "col2" String) ENGINE = Memory;
INSERT INTO `my table` VALUES (1, 'a');
SELECT `col 1`, col2 FROM `my table`;
SELECT "col 1" + 1 AS `result value` FROM "my table";
SELECT name FROM system.columns WHERE database = currentDatabase() AND table = 'my table' ORDER BY position;
