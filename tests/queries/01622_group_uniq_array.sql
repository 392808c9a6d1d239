-- reference: ClickHouse 18.16
SELECT arraySort(groupUniqArray(number % 4)) FROM numbers(20);
SELECT arraySort(groupUniqArray(toString(number % 3))) FROM numbers(20);
