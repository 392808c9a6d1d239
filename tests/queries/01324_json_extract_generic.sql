-- reference: tests/queries/0_stateless/00918_json_functions of ClickHouse (JSONExtract with a type is not in 18.16).
SELECT JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'Tuple(String, Array(Float64))');
SELECT JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'Tuple(a String, b Array(Float64))');
SELECT JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'Tuple(b Array(Float64), a String)');
SELECT JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'Tuple(a FixedString(6), c UInt8)');
SELECT JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'a', 'String'), JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 'Array(Float32)');
SELECT JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 'Tuple(Int8, Float32, UInt16)'), JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 'Array(Int8)');
SELECT JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 'Array(Nullable(Int8))'), JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 'Array(UInt8)'), JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 'Array(Nullable(UInt8))');
SELECT JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 1, 'Int8'), JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 2, 'Int32'), JSONExtract('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 4, 'Nullable(Int64)');
SELECT JSONExtract('{"passed": true}', 'passed', 'UInt8');
SELECT JSONExtract('{"day": "Thursday"}', 'day', 'Enum8(\'Sunday\' = 0, \'Monday\' = 1, \'Tuesday\' = 2, \'Wednesday\' = 3, \'Thursday\' = 4, \'Friday\' = 5, \'Saturday\' = 6)');
SELECT JSONExtract('{"day": 5}', 'day', 'Enum8(\'Sunday\' = 0, \'Monday\' = 1, \'Tuesday\' = 2, \'Wednesday\' = 3, \'Thursday\' = 4, \'Friday\' = 5, \'Saturday\' = 6)');
SELECT JSONExtract('{"a":3,"b":5,"c":7}', 'Tuple(a Int, b Int)'), JSONExtract('{"a":3,"b":5,"c":7}', 'Tuple(c Int, a Int)'), JSONExtract('{"a":3,"b":5,"c":7}', 'Tuple(b Int, d Int)');
SELECT JSONExtract('{"a":3,"b":5,"c":7}', 'Tuple(Int, Int)'), JSONExtract('{"a":3}', 'Tuple(Int, Int)'), JSONExtract('[3,5,7]', 'Tuple(Int, Int)'), JSONExtract('[3]', 'Tuple(Int, Int)');
SELECT JSONExtract('{"v":1.1}', 'v', 'UInt64'), JSONExtract('{"v":1.1}', 'v', 'Nullable(UInt64)'), JSONExtract('{"v":-1e300}', 'v', 'Float64'), JSONExtract('{"v":-1e300}', 'v', 'UInt64'), JSONExtract('{"v":-1e300}', 'v', 'Int8');
SELECT JSONExtract('{"m": {"x": 1, "y": 2}}', 'm', 'Map(String, UInt32)'), JSONExtract('{"a": null}', 'a', 'Nullable(String)'), JSONExtract('{}', 'a', 'Nullable(Int32)');
SELECT toTypeName(JSONExtract('{}', 'Array(Nullable(Int8))'));
SELECT JSONExtract('{}', 'a', 'NoSuchType'); -- { serverError UNKNOWN_TYPE }
