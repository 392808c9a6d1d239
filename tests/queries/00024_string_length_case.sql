SELECT length('hello'), length(''), length('привет'), lengthUTF8('привет');
SELECT lower('HeLLo'), upper('HeLLo'), lowerUTF8('ПРИВЕТ'), upperUTF8('привет');
SELECT empty(''), notEmpty(''), empty('a'), notEmpty('a');
SELECT reverse('abc'), repeat('ab', 3), concat('a', 'b', 'c'), 'x' || 'y';
