SELECT * FROM no_such_db.t; -- { serverError UNKNOWN_DATABASE }
USE no_such_db; -- { serverError UNKNOWN_DATABASE }
CREATE TABLE no_such_db.t (a UInt8) ENGINE = Memory; -- { serverError UNKNOWN_DATABASE }
SELECT 'done';
