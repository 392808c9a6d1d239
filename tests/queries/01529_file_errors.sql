-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT * FROM file('../strata_01590.tsv', 'TSV', 'a UInt8'); -- { serverError DATABASE_ACCESS_DENIED }
SELECT * FROM file('/etc/passwd', 'TSV', 'a String'); -- { serverError DATABASE_ACCESS_DENIED }
SELECT * FROM file('strata_no_such_file.tsv', 'TSV', 'a UInt8'); -- { serverError FILE_DOESNT_EXIST }
SELECT * FROM file('strata_01590.tsv', 'NoSuchFormat', 'a UInt8'); -- { serverError UNKNOWN_FORMAT }
SELECT * FROM file('strata_01590.tsv', 'TSV'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
