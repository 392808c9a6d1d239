-- reference: src/Functions/URL of ClickHouse (port.cpp, netloc.h): port(url[, default UInt16]) and netloc; not in 18.16.
SELECT port('http://example.com:8080/path'), port('https://example.com/'), port('//example.com:99'), port('example.com:7/x'), port('http://example.com:65536/');
SELECT port('http://example.com:abc/'), port('http://localhost:80/'), port('ftp://user:pw@files.example.org:21/'), port('http://example.com/', toUInt16(80));
SELECT netloc('http://paul@www.example.com:80/'), netloc('https://a.b.c:8443?q=1'), netloc('ftp://user:pw@files.example.org:21/pub'), netloc('http://x.com#frag'), netloc('');
SELECT u, port(u), netloc(u) FROM (SELECT arrayJoin(['http://a.com:1/', 'http://b.org/', 'https://c.net:443/x']) AS u) ORDER BY u;
