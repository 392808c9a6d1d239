SELECT toString(0.1), toString(1.0), toString(100), toString(-0.5);
SELECT toString(NULL), toString([1, 2]), toString((1, 'a')), toString(['x']);
SELECT toString(toDateTime('2024-03-01 12:34:56', 'UTC')), toString(true);
SELECT toString(18446744073709551615), toString(toInt8(-128));
