SELECT toTypeName(count()), toTypeName(sum(toUInt8(1))), toTypeName(sum(toInt8(1))), toTypeName(sum(toFloat32(1))), toTypeName(avg(toUInt8(1)));
SELECT toTypeName(min(toUInt8(1))), toTypeName(max(toInt16(1))), toTypeName(any('a')), toTypeName(uniqExact(1)), toTypeName(uniq(1));
SELECT toTypeName(sum(toUInt32(1))), toTypeName(sum(toInt64(1))), toTypeName(sum(toUInt64(1)));
