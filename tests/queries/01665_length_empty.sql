-- reference: ClickHouse 18.16
SELECT length([1, 2]), length(emptyArrayString()), empty([]), empty([1]), notEmpty([1]), notEmpty(emptyArrayUInt8());
