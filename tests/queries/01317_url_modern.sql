-- reference: ClickHouse docs (modern) and src/Functions/URL: netloc, port, encodeURLComponent and the Form variants,
-- cutToFirstSignificantSubdomainWithWWW and cutURLParameter with an array are not in 18.16; the cases below
-- (user info, hosts without a dot, URLs without a scheme, a lone fragment) changed after 18.16.
SELECT netloc('http://paul@www.example.com:80/'), netloc('https://example.com/a?b'), netloc('//cdn.example.net/x'), netloc('example.com');
SELECT port('http://paul@www.example.com:80/'), port('http://example.com/'), port('http://example.com:8123'), port('http://example.com:x/'), port('http://example.com/', toUInt16(443));
SELECT toTypeName(port('http://e.com:1'));
SELECT encodeURLComponent('a b&c=d/é'), encodeURLFormComponent('a b&c'), decodeURLFormComponent('a+b%20c%2B'), decodeURLComponent(encodeURLComponent('x y?z'));
SELECT cutToFirstSignificantSubdomainWithWWW('http://www.example.co.uk/x'), cutToFirstSignificantSubdomainWithWWW('https://news.yandex.ru/'), cutToFirstSignificantSubdomain('http://www.example.co.uk/x');
SELECT cutURLParameter('http://bigmir.net/?a=b&c=d&e=f#g', ['a', 'e']), cutURLParameter('http://e.com/?aa=1&a=2', 'a'), cutURLParameter('http://e.com/?a=1', emptyArrayString());
SELECT domain('example.com/path'), domain('//example.com/x'), domain('http://localhost/test'), domain('https://user:pass@host.example.com/'), domain('http://www.example.com.');
SELECT queryStringAndFragment('http://example.com/#x'), cutQueryStringAndFragment('http://example.com/#x'), topLevelDomain('example.org'), protocol('http:/');
SELECT port('http://example.com:8080', 70000); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
