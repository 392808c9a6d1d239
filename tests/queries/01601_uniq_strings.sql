-- reference: ClickHouse 18.16
SELECT uniq(toString(number)) FROM numbers(200000);
SELECT uniq(concat('k', toString(number % 1000))) FROM numbers(5000);
SELECT uniq(x) FROM (SELECT arrayJoin(['a', 'b', 'a', '', 'c']) AS x);
