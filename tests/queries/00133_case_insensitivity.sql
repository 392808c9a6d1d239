select COUNT(*), Sum(number), MAX(number), min(number), AVG(number) from numbers(5);
SeLeCt 1 As x WhErE 1 oRdEr By x LiMiT 1;
SELECT number FROM numbers(3) WHERE number IN (1, 2) ORDER BY number DESC;
SELECT NULL, null, Null, TRUE, false;
