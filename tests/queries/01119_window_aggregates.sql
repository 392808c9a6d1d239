-- reference: ClickHouse docs (modern)
SELECT number, min(number) OVER w AS mn, max(number) OVER w AS mx, avg(number) OVER w AS av, uniqExact(number % 2) OVER w AS u, uniq(number % 3) OVER w AS u3 FROM numbers(5) WINDOW w AS (ORDER BY number) ORDER BY number;
SELECT number, quantileExact(0.5)(number) OVER (ORDER BY number ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS q, sumIf(number, number % 2 = 1) OVER (ORDER BY number) AS si, countDistinct(number % 2) OVER (ORDER BY number) AS cd FROM numbers(5) ORDER BY number;
SELECT number, argMax(number, -number) OVER (ORDER BY number ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) AS am, arraySort(groupUniqArray(number % 2) OVER (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) AS gu FROM numbers(4) ORDER BY number;
