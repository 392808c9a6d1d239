SELECT number, multiIf(number < 2, 'small', number < 4, 'medium', 'large') FROM numbers(6) ORDER BY number;
SELECT number, CASE number WHEN 0 THEN 'zero' WHEN 1 THEN 'one' ELSE 'many' END FROM numbers(3) ORDER BY number;
SELECT number, CASE WHEN number > 1 THEN 'big' END FROM numbers(3) ORDER BY number;
SELECT CASE WHEN 1 = 1 THEN 10 ELSE 20 END, CASE 5 WHEN 5 THEN 'five' END;
