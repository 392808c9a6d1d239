-- reference: ClickHouse 18.16 for identity, ignore, transform, defaultValueOfArgumentType, emptyArray*;
-- ClickHouse docs (modern) for isConstant, caseWithExpression and the block functions
SELECT identity(5), ignore(1, 'a', [2]), toTypeName(ignore(1));
SELECT isConstant(1), isConstant(number), isConstant(materialize(1)) FROM numbers(1);
SELECT sleep(0), throwIf(number = 5) FROM numbers(3) ORDER BY number;
SELECT throwIf(number = 1) FROM numbers(3); -- { serverError FUNCTION_THROW_IF_VALUE_IS_NON_ZERO }
SELECT transform(number, [1, 2], ['one', 'two'], 'other') AS t FROM numbers(4) ORDER BY number;
SELECT transform(2, [1, 2, 3], [10, 20, 30]), transform(9, [1, 2, 3], [10, 20, 30]);
SELECT caseWithExpression(2, 1, 'a', 2, 'b', 'c'), caseWithExpr(5, 1, 'a', 2, 'b', 'c');
SELECT defaultValueOfArgumentType(toInt8(7)), defaultValueOfArgumentType('x'), defaultValueOfArgumentType([1]);
SELECT emptyArrayUInt8(), emptyArrayUInt16(), emptyArrayUInt32(), emptyArrayUInt64(), emptyArrayInt8(), emptyArrayInt16(), emptyArrayInt32(), emptyArrayInt64();
SELECT emptyArrayFloat32(), emptyArrayFloat64(), emptyArrayString(), emptyArrayDate(), emptyArrayDateTime(), toTypeName(emptyArrayDate());
SELECT max(blockSize()) <= 3, sum(rowNumberInBlock() < 3) FROM numbers(10) SETTINGS max_block_size = 3;
