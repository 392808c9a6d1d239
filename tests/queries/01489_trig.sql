-- reference: ClickHouse 18.16
SELECT sin(0), cos(0), tan(0), asin(1), acos(1), atan(1);
SELECT round(sin(pi() / 6), 10), round(cos(pi() / 3), 10), round(tan(pi() / 4), 10);
SELECT asin(2), acos(-2), atan(1e300);
SELECT number, round(sin(number), 8), round(cos(number), 8), round(atan(number), 8) FROM numbers(5) ORDER BY number;
