-- reference: ClickHouse docs (modern); values that depend on the server are checked by form
SELECT length(version()) > 0, length(strataVersion()) > 0, toTypeName(revision()), revision() > 0;
SELECT displayName() != '', hostName() != '', currentDatabase();
SELECT toTypeName(uptime()), uptime() >= 0;
SELECT timeZone() = serverTimeZone(), timeZone() != '';
