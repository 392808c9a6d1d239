-- reference: ClickHouse 18.16
SELECT arrayStringConcat(['a', 'b', 'c']), arrayStringConcat(['a', 'b'], ', '), arrayStringConcat(emptyArrayString(), '-');
