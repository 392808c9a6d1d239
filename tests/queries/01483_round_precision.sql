-- reference: ClickHouse 18.16
SELECT round(3.14159, 2), round(-3.14159, 3), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2);
SELECT floor(3.14159, 2), floor(-3.14159, 2), floor(1234.5678, -2), floor(-1234, -2);
SELECT ceil(3.14159, 2), ceil(-3.14159, 2), ceil(1234.5678, -2), ceil(1201, -2);
SELECT trunc(3.14159, 2), trunc(-3.14159, 2), trunc(1299, -2), trunc(-1299, -2);
SELECT round(toUInt8(255), -1), round(toInt16(-155), -1), toTypeName(round(toUInt8(255), -1)), toTypeName(round(1.5, 1));
