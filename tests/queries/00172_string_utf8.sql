SELECT substringUTF8('привет', 2, 3), lengthUTF8('日本語'), length('日本語'), reverseUTF8('абв');
SELECT upper('straße'), lower('ÄÖÜ'), lowerUTF8('ÄÖÜ');
SELECT concatWithSeparator('-', 'a', 'b', 'c'), splitByWhitespace(' a  b c ');
