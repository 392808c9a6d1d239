SELEC 1; -- { clientError SYNTAX_ERROR }
SELECT (1; -- { clientError SYNTAX_ERROR }
SELECT 1 +; -- { clientError SYNTAX_ERROR }
SELECT 'done';
