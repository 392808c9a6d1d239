-- reference: ClickHouse docs (modern): operators by their function names, and math functions
SELECT plus(2, 3), minus(10, 4), multiply(6, 7), divide(7, 2);
SELECT plus(toDate('2024-01-31'), 1), minus(toDate('2024-03-01'), 1);
SELECT intExp2(10), intExp10(3), intExp2(0), intExp10(0);
SELECT degrees(pi()), radians(180) = pi(), round(degrees(1), 6);
SELECT hypot(3, 4), hypot(5, 12), log1p(0), round(log1p(1), 6);
SELECT ceiling(1.2), ceiling(-1.2), ceiling(1.234, 2), truncate(1.789), truncate(-1.789), truncate(1.789, 1);
SELECT space(3) = '   ', length(space(0)), concat('[', space(2), ']');
SELECT concatAssumeInjective('ab', 'cd', 'ef'), concatAssumeInjective('x', toString(1));
