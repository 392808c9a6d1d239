SELECT * FROM missing_table; -- { serverError UNKNOWN_TABLE }
INSERT INTO missing_table VALUES (1); -- { serverError UNKNOWN_TABLE }
SELECT 'still running';
