SELECT 1 / 0, -1 / 0, 0 / 0;
SELECT toFloat64(5) / 0, 1.5 / 0;
SELECT intDiv(1, 0); -- { serverError ILLEGAL_DIVISION }
SELECT 1 % 0; -- { serverError ILLEGAL_DIVISION }
SELECT intDivOrZero(1, 0), moduloOrZero(5, 0);
SELECT 'after errors';
