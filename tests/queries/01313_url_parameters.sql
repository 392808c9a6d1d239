-- reference: ClickHouse 18.16
-- extractURLParameter, extractURLParameters, extractURLParameterNames.
SELECT extractURLParameter('http://example.com/?a=1&b=2&c=3', 'b'), extractURLParameter('http://example.com/?a=1&b=2&c=3', 'd'), extractURLParameter('http://example.com/?aa=1&a=2', 'a');
SELECT extractURLParameter('http://example.com/?a=1&a=2', 'a'), extractURLParameter('http://example.com/#a=5', 'a'), extractURLParameter('http://example.com/?a=&b=1', 'a'), extractURLParameter('http://example.com/?a=x#frag', 'a');
SELECT extractURLParameters('http://example.com/?a=1&b=2&c=3'), extractURLParameters('http://example.com/path?a&b=2&c'), extractURLParameters('http://example.com/'), extractURLParameters('http://example.com/?x=1#y=2');
SELECT extractURLParameterNames('http://example.com/?a=1&b=2&c=3'), extractURLParameterNames('http://example.com/path?a&b=2&c'), extractURLParameterNames('http://example.com/'), extractURLParameterNames('https://e.com/s?q=search&lang=en#top');
SELECT u, extractURLParameter(u, 'id'), extractURLParameters(u) FROM (SELECT arrayJoin(['https://news.yandex.ru/story?id=5&id=6&b=', 'http://e.com/?x=1', 'http://f.com/?id=9']) AS u) ORDER BY u;
