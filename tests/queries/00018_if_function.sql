SELECT if(1, 'yes', 'no'), if(0, 'yes', 'no');
SELECT if(1 > 2, 1, 2), if(NULL, 1, 2);
SELECT toTypeName(if(number = 0, toUInt8(1), toInt8(-1))), if(number = 1, toUInt8(1), toInt8(-1)) FROM numbers(1);
SELECT toTypeName(if(number = 0, 1, NULL)), if(number = 1, 1, NULL) FROM numbers(1);
SELECT number, if(number % 2 = 0, 'even', 'odd') FROM numbers(4) ORDER BY number;
SELECT if(number = 0, 1, 'a') FROM numbers(1); -- { serverError NO_COMMON_TYPE }
