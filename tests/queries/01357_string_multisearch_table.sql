-- reference: ClickHouse docs (modern): multiSearch* over a table column with constant needle lists. Not in 18.16.
CREATE TABLE msgs (id UInt32, text String) ENGINE = Memory;
INSERT INTO msgs VALUES (1, 'Disk full on node-1'), (2, 'CPU high; disk OK'), (3, 'all good'), (4, 'Память заполнена');
SELECT id, multiSearchAny(text, ['disk', 'cpu']), multiSearchAnyCaseInsensitive(text, ['disk', 'cpu']), multiSearchFirstIndexCaseInsensitive(text, ['cpu', 'disk']) FROM msgs ORDER BY id;
SELECT id, multiSearchAllPositionsCaseInsensitive(text, ['disk', 'cpu', 'ok']), multiSearchFirstPositionCaseInsensitive(text, ['ok', 'good']) FROM msgs ORDER BY id;
SELECT id FROM msgs WHERE multiSearchAnyCaseInsensitiveUTF8(text, ['ПАМЯТЬ', 'DISK']) ORDER BY id;
DROP TABLE msgs;
