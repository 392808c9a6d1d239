-- reference: ClickHouse 18.16
-- protocol, domain, domainWithoutWWW, topLevelDomain, firstSignificantSubdomain, cutToFirstSignificantSubdomain.
SELECT protocol('http://www.example.com/a'), protocol('https://example.com'), protocol('svn+ssh://host.example.com/x'), protocol('ftp://f.example.org/'), protocol('example.com'), protocol('');
SELECT domain('http://www.example.com/a/b'), domain('https://sub.domain.co.uk:8080/p'), domain('svn+ssh://www.some.svn-hosting.com:80/repo/trunk'), domain('ftp://ftp.example.org');
SELECT domainWithoutWWW('http://www.example.com/a/b'), domainWithoutWWW('https://sub.domain.co.uk:8080/p'), domainWithoutWWW('http://www2.example.com/');
SELECT topLevelDomain('http://www.example.com/a/b'), topLevelDomain('https://sub.domain.co.uk:8080/p'), topLevelDomain('http://127.0.0.1:8123/'), topLevelDomain('svn+ssh://www.some.svn-hosting.com:80/repo/trunk');
SELECT firstSignificantSubdomain('https://news.yandex.ru/'), firstSignificantSubdomain('https://news.yandex.com.tr/'), firstSignificantSubdomain('http://www.example.co.uk/x'), firstSignificantSubdomain('http://a.b.c.example.org/'), firstSignificantSubdomain('http://example.com');
SELECT cutToFirstSignificantSubdomain('https://news.yandex.com.tr/'), cutToFirstSignificantSubdomain('http://www.example.co.uk/x'), cutToFirstSignificantSubdomain('http://a.b.c.example.org/'), cutToFirstSignificantSubdomain('http://www.tr');
SELECT u, domain(u), topLevelDomain(u), firstSignificantSubdomain(u) FROM (SELECT arrayJoin(['http://www.example.com/a', 'https://mail.google.com/mail/u/0/', 'http://bigmir.net/?a=b', 'https://news.yandex.ru/story?id=5']) AS u) ORDER BY u;
