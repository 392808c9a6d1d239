-- reference: ClickHouse docs (modern): an invalid document gives the default of every JSON function's type. Not in 18.16.
SELECT isValidJSON(''), isValidJSON('{'), isValidJSON('{"a":}'), isValidJSON('[1 2]'), isValidJSON('{"a":1}x'), isValidJSON('tru'), isValidJSON('"\\x"'), isValidJSON('1.'), isValidJSON('-');
SELECT isValidJSON('null'), isValidJSON('123'), isValidJSON('"s"'), isValidJSON('[]'), isValidJSON(' [ {} , [ ] ] '), isValidJSON('-0.5e-3'), isValidJSON('"\\u00e9"');
SELECT JSONHas('{"a":1', 'a'), JSONLength('[1,2'), JSONType('{"a":'), JSONExtractInt('{"a":1}}', 'a'), JSONExtractString('["x"', 1), JSONExtractRaw('{bad}');
SELECT JSONExtractKeys('{"a":1,}'), JSONExtractArrayRaw('[1,]'), JSONExtractKeysAndValuesRaw('nope'), JSONExtract('{"a":', 'a', 'Nullable(Int8)'), JSONExtract('', 'Array(Int8)');
