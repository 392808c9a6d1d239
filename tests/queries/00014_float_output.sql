SELECT 0.1 + 0.2, 0.1, 0.5, 1.25, -0.75;
SELECT 1.0, 2.0 * 3, 100.5, 3.14159;
SELECT toFloat32(0.1), toFloat32(1.5), toFloat32(1) / 3;
SELECT 1 / 0 AS x, -x, isInfinite(x), isNaN(0 / 0), isFinite(1.0);
SELECT floor(2.7), ceil(2.2), round(2.6), round(3.14159, 2), trunc(-2.7);
