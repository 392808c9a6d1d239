-- reference: ClickHouse docs (modern); generateUUIDv4 is random: only its form is checked
SELECT toTypeName(generateUUIDv4()), length(toString(generateUUIDv4())), substring(toString(generateUUIDv4()), 15, 1);
SELECT generateUUIDv4() = generateUUIDv4(), count(DISTINCT u) FROM (SELECT generateUUIDv4() AS u FROM numbers(100));
SELECT toUUIDOrNull('61f0c404-5cb3-11e7-907b-a6006ad3dba0'), toUUIDOrNull('not a uuid');
SELECT toUUIDOrZero('61f0c404-5cb3-11e7-907b-a6006ad3dba0'), toUUIDOrZero('nope'), toTypeName(toUUIDOrNull('x'));
