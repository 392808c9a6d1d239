SELECT * FROM values('a UInt8, b String', (1, 'x'), (2, 'y')) ORDER BY a;
SELECT a + 1, upper(b) FROM values('a UInt8, b String', (1, 'x'), (2, 'y')) ORDER BY a;
SELECT toTypeName(a), toTypeName(b) FROM values('a UInt8, b String', (1, 'x')) LIMIT 1;
SELECT sum(x) FROM values('x Int32', 1, 2, 3);
