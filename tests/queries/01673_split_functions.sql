-- reference: ClickHouse 18.16
SELECT splitByChar(',', 'a,b,,c'), splitByString('::', 'x::y::z');
SELECT arrayJoin(splitByChar(' ', 'p q r')) AS w ORDER BY w;
