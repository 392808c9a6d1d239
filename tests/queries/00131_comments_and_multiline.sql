-- a line comment before the first statement
SELECT 1; -- a trailing comment
/* a block comment */ SELECT 2;
SELECT
    3 AS x,
    -- a comment inside a statement
    x + 1
;
SELECT 'semicolon; inside a string', 'dashes -- inside a string';
SELECT /* inline */ 5;
