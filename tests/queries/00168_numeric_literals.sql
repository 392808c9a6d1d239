SELECT 0x1F, 0xff, 1e3, 1.5e2, .5, 2., -0x10;
SELECT toTypeName(0x1F), toTypeName(1e3), toTypeName(.5);
SELECT inf, -inf, nan, isNaN(nan), toTypeName(inf);
SELECT 0b101, toTypeName(0b101);
