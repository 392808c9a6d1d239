// Lexer for the ClickHouse SQL dialect as Strata accepts it.
// Keywords are case-insensitive (caseInsensitive option); the parser decides where a keyword may
// also serve as an identifier, so this lexer never has to know about context.
lexer grammar ClickHouseLexer;

options { caseInsensitive = true; }

// Keywords (alphabetical). Every keyword must also be listed in ClickHouseParser.keyword so that it
// stays usable as a column or table name.
ADD : 'ADD';
AFTER : 'AFTER';
ALIAS : 'ALIAS';
ALL : 'ALL';
ALTER : 'ALTER';
AND : 'AND';
ANTI : 'ANTI';
ANY : 'ANY';
ARRAY : 'ARRAY';
AS : 'AS';
ASC : 'ASC';
ASCENDING : 'ASCENDING';
ASOF : 'ASOF';
ASSUME : 'ASSUME';
AST : 'AST';
ATTACH : 'ATTACH';
BETWEEN : 'BETWEEN';
BOTH : 'BOTH';
BY : 'BY';
CASE : 'CASE';
CAST : 'CAST';
CHECK : 'CHECK';
CLEAR : 'CLEAR';
CODEC : 'CODEC';
COLLATE : 'COLLATE';
COLUMN : 'COLUMN';
COLUMNS : 'COLUMNS';
COMMENT : 'COMMENT';
CONSTRAINT : 'CONSTRAINT';
CREATE : 'CREATE';
CROSS : 'CROSS';
CUBE : 'CUBE';
CURRENT : 'CURRENT';
DATABASE : 'DATABASE';
DATABASES : 'DATABASES';
DATE : 'DATE';
DAY : 'DAY';
DAYS : 'DAYS';
DEDUPLICATE : 'DEDUPLICATE';
DEFAULT : 'DEFAULT';
DELETE : 'DELETE';
DESC : 'DESC';
DESCENDING : 'DESCENDING';
DESCRIBE : 'DESCRIBE';
DETACH : 'DETACH';
DETACHED : 'DETACHED';
DICTIONARY : 'DICTIONARY';
DISTINCT : 'DISTINCT';
DIV : 'DIV';
DROP : 'DROP';
ELSE : 'ELSE';
END : 'END';
ENGINE : 'ENGINE';
EPHEMERAL : 'EPHEMERAL';
ESTIMATE : 'ESTIMATE';
EXCEPT : 'EXCEPT';
EXCHANGE : 'EXCHANGE';
EXISTS : 'EXISTS';
EXPLAIN : 'EXPLAIN';
EXTRACT : 'EXTRACT';
FALSE : 'FALSE';
FETCH : 'FETCH';
FILL : 'FILL';
FINAL : 'FINAL';
FIRST : 'FIRST';
FOLLOWING : 'FOLLOWING';
FOR : 'FOR';
FORMAT : 'FORMAT';
FROM : 'FROM';
FULL : 'FULL';
FUNCTION : 'FUNCTION';
GLOBAL : 'GLOBAL';
GRANULARITY : 'GRANULARITY';
GROUP : 'GROUP';
GROUPING : 'GROUPING';
HAVING : 'HAVING';
HOUR : 'HOUR';
HOURS : 'HOURS';
ID : 'ID';
IF : 'IF';
ILIKE : 'ILIKE';
IN : 'IN';
INDEX : 'INDEX';
INNER : 'INNER';
INSERT : 'INSERT';
INTERSECT : 'INTERSECT';
INTERVAL : 'INTERVAL';
INTO : 'INTO';
IS : 'IS';
JOIN : 'JOIN';
KEY : 'KEY';
KILL : 'KILL';
LAST : 'LAST';
LEADING : 'LEADING';
LEFT : 'LEFT';
LIKE : 'LIKE';
LIMIT : 'LIMIT';
LOGS : 'LOGS';
MATERIALIZE : 'MATERIALIZE';
MATERIALIZED : 'MATERIALIZED';
MINUTE : 'MINUTE';
MINUTES : 'MINUTES';
MOD : 'MOD';
MODIFY : 'MODIFY';
MONTH : 'MONTH';
MONTHS : 'MONTHS';
MUTATION : 'MUTATION';
NEXT : 'NEXT';
NOT : 'NOT';
NULL : 'NULL';
NULLS : 'NULLS';
OFFSET : 'OFFSET';
ON : 'ON';
ONLY : 'ONLY';
OPTIMIZE : 'OPTIMIZE';
OR : 'OR';
ORDER : 'ORDER';
OUTER : 'OUTER';
OUTFILE : 'OUTFILE';
OVER : 'OVER';
PARTITION : 'PARTITION';
PASTE : 'PASTE';
PERMANENTLY : 'PERMANENTLY';
PIPELINE : 'PIPELINE';
PLAN : 'PLAN';
POPULATE : 'POPULATE';
PRECEDING : 'PRECEDING';
PREWHERE : 'PREWHERE';
PRIMARY : 'PRIMARY';
PROCESSLIST : 'PROCESSLIST';
QUALIFY : 'QUALIFY';
QUARTER : 'QUARTER';
QUARTERS : 'QUARTERS';
QUERY : 'QUERY';
RANGE : 'RANGE';
RENAME : 'RENAME';
REPLACE : 'REPLACE';
RESET : 'RESET';
RIGHT : 'RIGHT';
ROLLUP : 'ROLLUP';
ROW : 'ROW';
ROWS : 'ROWS';
SAMPLE : 'SAMPLE';
SECOND : 'SECOND';
SECONDS : 'SECONDS';
SELECT : 'SELECT';
SEMI : 'SEMI';
SET : 'SET';
SETS : 'SETS';
SETTING : 'SETTING';
SETTINGS : 'SETTINGS';
SHOW : 'SHOW';
STEP : 'STEP';
SUBSTRING : 'SUBSTRING';
SYNC : 'SYNC';
SYNTAX : 'SYNTAX';
SYSTEM : 'SYSTEM';
TABLE : 'TABLE';
TABLES : 'TABLES';
TEMPORARY : 'TEMPORARY';
TEST : 'TEST';
THEN : 'THEN';
TIES : 'TIES';
TIMESTAMP : 'TIMESTAMP';
TO : 'TO';
TOTALS : 'TOTALS';
TRAILING : 'TRAILING';
TRIM : 'TRIM';
TRUE : 'TRUE';
TRUNCATE : 'TRUNCATE';
TTL : 'TTL';
TYPE : 'TYPE';
UNBOUNDED : 'UNBOUNDED';
UNION : 'UNION';
UPDATE : 'UPDATE';
USE : 'USE';
USING : 'USING';
VALUES : 'VALUES';
VIEW : 'VIEW';
WEEK : 'WEEK';
WEEKS : 'WEEKS';
WHEN : 'WHEN';
WHERE : 'WHERE';
WINDOW : 'WINDOW';
WITH : 'WITH';
YEAR : 'YEAR';
YEARS : 'YEARS';

// Literal keywords: inf and nan are numeric literals in ClickHouse, never identifiers.
INF : 'inf' | 'infinity';
NAN_SQL : 'nan';

// Numbers. A float with a leading dot (.5) is not a token: the parser builds it from DOT and a
// number, because the lexer cannot tell `.5` from the tuple access in `t.1`.
HEXADECIMAL_LITERAL : '0x' [0-9a-f]+;
BINARY_LITERAL : '0b' [01]+;
FLOATING_LITERAL
    : DIGIT+ '.' DIGIT* EXPONENT?
    | DIGIT+ EXPONENT
    ;
DECIMAL_LITERAL : DIGIT+;

// Strings: backslash escapes and doubled quotes; unescaping happens in AstBuilder.
STRING_LITERAL : '\'' ( ~[\\'] | '\\' . | '\'\'' )* '\'';

// Identifiers: plain, `backtick quoted` and "double quoted".
IDENTIFIER : [a-z_\u0080-\uFFFF] [a-z_0-9$\u0080-\uFFFF]*;
BACKQUOTED_IDENTIFIER : '`' ( ~[\\`] | '\\' . | '``' )* '`';
DOUBLE_QUOTED_IDENTIFIER : '"' ( ~[\\"] | '\\' . | '""' )* '"';

fragment DIGIT : [0-9];
fragment EXPONENT : 'e' [+-]? DIGIT+;

// Operators and punctuation.
ARROW : '->';
DOUBLE_COLON : '::';
COLON : ':';
COMMA : ',';
CONCAT : '||';
DASH : '-';
DOT : '.';
EQ_DOUBLE : '==';
EQ_SINGLE : '=';
GE : '>=';
GT : '>';
LE : '<=';
LT : '<';
NOT_EQ : '!=' | '<>';
LBRACE : '{';
RBRACE : '}';
LBRACKET : '[';
RBRACKET : ']';
LPAREN : '(';
RPAREN : ')';
PERCENT : '%';
PLUS : '+';
QUESTION : '?';
SEMICOLON : ';';
SLASH : '/';
ASTERISK : '*';

// Comments and whitespace never reach the parser.
LINE_COMMENT : '--' ~[\r\n]* -> skip;
BLOCK_COMMENT : '/*' .*? '*/' -> skip;
WHITESPACE : [ \t\r\n\f\u000B]+ -> skip;
