SELECT sqrt(16), pow(2, 10), power(3, 2), exp(0), log(1), exp2(3), log2(8), log10(1000);
SELECT greatest(1, 5, 3), least(1, 5, 3), greatest('a', 'b'), least(1.5, 2);
SELECT sign(-5), sign(0), sign(3), abs(-2.5);
SELECT floor(-2.5), ceil(-2.5), round(-2.7), round(1234.5678, -2), floor(1.2345, 2);
SELECT intDiv(17, 5), 17 % 5, gcd(12, 18), lcm(4, 6);
