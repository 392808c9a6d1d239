-- reference: ClickHouse docs (modern): JSONExtract into Map, Nullable, Array(Tuple), Bool and Float32 types. Not in 18.16.
SELECT JSONExtract('{"m": {"x": 1, "y": 2}}', 'm', 'Map(String, UInt32)'), JSONExtract('{"m": {"x": "a", "y": 5}}', 'm', 'Map(String, String)');
SELECT JSONExtract('{"a": null}', 'a', 'Nullable(String)'), JSONExtract('{}', 'a', 'Nullable(Int32)'), JSONExtract('{"a": "x"}', 'a', 'Nullable(Int32)'), JSONExtract('{"a": 7}', 'a', 'Nullable(Int32)');
SELECT JSONExtract('[{"n": "a", "v": 1}, {"n": "b", "v": 2}]', 'Array(Tuple(n String, v UInt8))'), JSONExtract('[[1, 2], [3]]', 'Array(Array(Int64))');
SELECT JSONExtract('{"f": 1.5}', 'f', 'Float32'), JSONExtract('{"b": true}', 'b', 'Bool'), JSONExtract('{"b": false}', 'b', 'Bool'), JSONExtract('{"i": 300}', 'i', 'UInt8');
SELECT JSONExtract('{"s": [1, "x", true]}', 's', 'Array(String)'), JSONExtract('{"s": [1, "x", true]}', 's', 'Array(Int32)'), JSONExtract('{"n": 12}', 'n', 'String');
SELECT toTypeName(JSONExtract('{}', 'Map(String, Nullable(Float64))')), toTypeName(JSONExtract('{}', 'Tuple(a Int8, b String)'));
