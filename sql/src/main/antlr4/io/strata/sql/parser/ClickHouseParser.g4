// Parser for the ClickHouse SQL dialect. One statement per parse: SqlParser splits scripts and
// cuts INSERT data off before the text reaches this grammar, so the data is never tokenized.
parser grammar ClickHouseParser;

options { tokenVocab = ClickHouseLexer; }

// A FORMAT clause may end any statement that returns rows (DESCRIBE, SHOW, EXISTS...): clients
// append one to everything they send. SELECT and INSERT consume their own FORMAT first.
singleStatement : statement (FORMAT formatName)? SEMICOLON? EOF;
singleExpression : columnExpr EOF;

statement
    : explainStatement
    | selectStatement
    | insertStatement
    | createDatabaseStatement
    | createTableStatement
    | createViewStatement
    | dropStatement
    | truncateStatement
    | renameStatement
    | exchangeStatement
    | existsStatement
    | showStatement
    | describeStatement
    | useStatement
    | setStatement
    | optimizeStatement
    | alterStatement
    | deleteStatement
    | killStatement
    | systemStatement
    | checkStatement
    | attachDetachStatement
    ;

// ---- SELECT --------------------------------------------------------------------------------

selectStatement
    : selectUnion (INTO OUTFILE STRING_LITERAL)? (FORMAT formatName)? settingsClause?
    ;

selectUnion : selectUnionElement (unionOperator selectUnionElement)*;

unionOperator : UNION (ALL | DISTINCT)? | INTERSECT (ALL | DISTINCT)? | EXCEPT (ALL | DISTINCT)?;

selectUnionElement : selectQuery | LPAREN selectUnion RPAREN;

selectQuery
    : withClause?
      SELECT (DISTINCT (ON LPAREN columnExprList RPAREN)? | ALL)? selectItemList
      (fromClause | arrayJoinClause+)?
      prewhereClause?
      whereClause?
      groupByClause?
      havingClause?
      windowClause?
      qualifyClause?
      orderByClause?
      limitByClause?
      limitClause?
      settingsClause?
    ;

withClause : WITH withItem (COMMA withItem)*;
withItem
    : identifier AS LPAREN selectUnion RPAREN       # withCte
    | columnExpr                                    # withExpression
    ;

selectItemList : selectItem (COMMA selectItem)*;
selectItem : columnExpr aliasIdentifier?;

fromClause : FROM joinExpr;
arrayJoinClause : (LEFT | INNER)? ARRAY JOIN columnExprList;
prewhereClause : PREWHERE columnExpr;
whereClause : WHERE columnExpr;
groupByClause
    : GROUP BY (
          ALL
        | (CUBE | ROLLUP) LPAREN columnExprList RPAREN
        | GROUPING SETS LPAREN groupingSet (COMMA groupingSet)* RPAREN
        | columnExprList
      ) (WITH (ROLLUP | CUBE))? (WITH TOTALS)?
    ;
groupingSet : LPAREN columnExprList? RPAREN | columnExpr;
havingClause : HAVING columnExpr;
windowClause : WINDOW namedWindow (COMMA namedWindow)*;
namedWindow : identifier AS LPAREN windowSpec RPAREN;
qualifyClause : QUALIFY columnExpr;
orderByClause : ORDER BY orderItem (COMMA orderItem)*;
limitByClause : LIMIT limitValue ((COMMA | OFFSET) limitValue)? BY columnExprList;
limitClause
    : LIMIT limitValue ((COMMA | OFFSET) limitValue)? (WITH TIES)?
    | OFFSET limitValue (ROW | ROWS)? (FETCH (FIRST | NEXT) limitValue (ROW | ROWS) (ONLY | WITH TIES))?
    ;
limitValue : columnExpr;
settingsClause : SETTINGS settingItem (COMMA settingItem)*;
settingItem : identifier EQ_SINGLE columnExpr;

orderItem
    : columnExpr (ASC | ASCENDING | DESC | DESCENDING)? (NULLS (FIRST | LAST))? (COLLATE STRING_LITERAL)?
      (WITH FILL (FROM columnExpr)? (TO columnExpr)? (STEP columnExpr)?)?
    ;

windowSpec
    : identifier? (PARTITION BY columnExprList)? (ORDER BY orderItem (COMMA orderItem)*)? windowFrame?
    ;
windowFrame : (ROWS | RANGE) (BETWEEN frameBound AND frameBound | frameBound);
frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | columnExpr (PRECEDING | FOLLOWING)
    ;

// Tables: a left-deep chain of joins. ARRAY JOIN belongs to the chain because it may sit
// between ordinary joins and applies to everything on its left.
joinExpr : tableExpr joinPart*;

joinPart
    : GLOBAL? joinOperator? JOIN tableExpr joinConstraint?   # joinOp
    | (CROSS JOIN | PASTE JOIN | COMMA) tableExpr            # joinCross
    | (LEFT | INNER)? ARRAY JOIN columnExprList              # joinArray
    ;

joinOperator
    : (ALL | ANY | ASOF | SEMI | ANTI)? (INNER | LEFT OUTER? | RIGHT OUTER? | FULL OUTER?)
    | (INNER | LEFT OUTER? | RIGHT OUTER? | FULL OUTER?) (ALL | ANY | ASOF | SEMI | ANTI)?
    | (ALL | ANY | ASOF | SEMI | ANTI)
    ;

joinConstraint
    : ON columnExpr
    | USING LPAREN identifierList RPAREN
    | USING identifierList
    ;

tableExpr
    : tableFunctionCall tableAlias?                                          # tableFunctionExpr
    | tableIdentifier tableAlias? FINAL? sampleClause?                       # tableNameExpr
    | queryParameter FINAL? tableAlias?                                      # tableParameterExpr
    | LPAREN selectUnion RPAREN tableAlias?                                  # tableSubqueryExpr
    | LPAREN joinExpr RPAREN                                                 # tableParenExpr
    ;

tableAlias : AS identifier | aliasIdentifier;
sampleClause : SAMPLE ratioExpr (OFFSET ratioExpr)?;
ratioExpr : numberLiteral (SLASH numberLiteral)?;

tableFunctionCall : identifier LPAREN columnExprList? RPAREN;

// ---- INSERT --------------------------------------------------------------------------------

// Only the header: for VALUES and FORMAT the data has already been cut off by SqlParser.
insertStatement
    : INSERT INTO TABLE? (FUNCTION tableFunctionCall | tableIdentifier)
      (LPAREN identifierList? RPAREN)? settingsClause?
      (VALUES | FORMAT formatName | selectUnion)
    ;

// ---- CREATE --------------------------------------------------------------------------------

createDatabaseStatement
    : CREATE DATABASE (IF NOT EXISTS)? identifier (ENGINE EQ_SINGLE? engineExpr)? (COMMENT STRING_LITERAL)?
    ;

createTableStatement
    : (CREATE (OR REPLACE)? | REPLACE) TEMPORARY? TABLE (IF NOT EXISTS)? tableIdentifier
      (
          LPAREN tableElement (COMMA tableElement)* RPAREN storageClause? (AS selectUnion)?
        | AS tableFunctionCall
        | AS tableIdentifier storageClause?
        | storageClause? AS selectUnion
      )?
      (COMMENT STRING_LITERAL)?
    ;

tableElement
    // Listed before the column form so that `PRIMARY KEY (a)` is not read as a column named PRIMARY.
    : INDEX identifier columnExpr TYPE dataType (GRANULARITY DECIMAL_LITERAL)? # tableElementIndex
    | CONSTRAINT identifier (CHECK | ASSUME) columnExpr                       # tableElementConstraint
    | PRIMARY KEY columnExpr                                                  # tableElementPrimaryKey
    | columnDefinition                                                        # tableElementColumn
    ;

columnDefinition
    : identifier dataType? (NOT? NULL)?
      ((DEFAULT | MATERIALIZED | ALIAS) columnExpr | EPHEMERAL columnExpr?)?
      (COMMENT STRING_LITERAL)?
      codecClause?
      (TTL columnExpr)?
      (COMMENT STRING_LITERAL)?
      (PRIMARY KEY)?
    ;

codecClause : CODEC LPAREN codecItem (COMMA codecItem)* RPAREN;
codecItem : identifier (LPAREN columnExprList? RPAREN)?;

storageClause : (engineClause | orderByStorage | partitionByStorage | primaryKeyStorage | sampleByStorage | ttlStorage | settingsClause)+;
engineClause : ENGINE EQ_SINGLE? engineExpr;
engineExpr : identifier (LPAREN columnExprList? RPAREN)?;
orderByStorage : ORDER BY columnExpr;
partitionByStorage : PARTITION BY columnExpr;
primaryKeyStorage : PRIMARY KEY columnExpr;
sampleByStorage : SAMPLE BY columnExpr;
ttlStorage : TTL ttlElement (COMMA ttlElement)*;
// A row TTL rule; DELETE is the default (and only supported) action.
ttlElement : columnExpr DELETE?;

createViewStatement
    : CREATE (OR REPLACE)? MATERIALIZED? VIEW (IF NOT EXISTS)? tableIdentifier
      (TO tableIdentifier)? (LPAREN tableElement (COMMA tableElement)* RPAREN)?
      storageClause? POPULATE? AS selectUnion
    ;

// Data types keep their source shape; AstBuilder prints them as normalized text.
dataType
    : identifier IDENTIFIER* (LPAREN (dataTypeArg (COMMA dataTypeArg)*)? RPAREN)?
    ;
dataTypeArg
    : STRING_LITERAL EQ_SINGLE DASH? numberLiteral   # typeArgEnumValue
    | literal                                        # typeArgLiteral
    | DASH numberLiteral                             # typeArgNegative
    | identifier dataType                            # typeArgNamed
    | dataType                                       # typeArgType
    ;

// ---- other statements ----------------------------------------------------------------------

dropStatement
    : (DROP | DETACH) (DATABASE | TEMPORARY? TABLE | VIEW | DICTIONARY) (IF EXISTS)? tableIdentifier PERMANENTLY? SYNC?
    ;
truncateStatement : TRUNCATE TEMPORARY? TABLE? (IF EXISTS)? tableIdentifier SYNC?;
renameStatement : RENAME (TABLE | DATABASE | DICTIONARY)? renamePair (COMMA renamePair)*;
renamePair : tableIdentifier TO tableIdentifier;
exchangeStatement : EXCHANGE TABLES? tableIdentifier AND tableIdentifier;
existsStatement : EXISTS (TEMPORARY? TABLE | DATABASE | VIEW | DICTIONARY)? tableIdentifier;

showStatement
    : SHOW DATABASES likeFilter? limitShow?                                           # showDatabases
    | SHOW FULL? TEMPORARY? TABLES ((FROM | IN) identifier)? likeFilter? limitShow?   # showTables
    | SHOW CREATE (TEMPORARY? TABLE | DATABASE | VIEW | DICTIONARY)? tableIdentifier  # showCreate
    | SHOW FULL? COLUMNS (FROM | IN) tableIdentifier ((FROM | IN) identifier)? likeFilter? limitShow? # showColumns
    | SHOW PROCESSLIST                                                                # showProcesslist
    | SHOW SETTINGS likeFilter?                                                       # showSettings
    | SHOW identifier likeFilter                                                      # showFunctions
    | SHOW identifier+                                                                # showOther
    ;
likeFilter : NOT? (LIKE | ILIKE) STRING_LITERAL;
limitShow : LIMIT columnExpr;

describeStatement : (DESCRIBE | DESC) TABLE? tableExpr;
formatName : identifier | NULL;
useStatement : USE identifier;
setStatement : SET settingItem (COMMA settingItem)*;
explainStatement : EXPLAIN (AST | SYNTAX | PLAN | PIPELINE | ESTIMATE)? (settingItem (COMMA settingItem)*)? statement;
optimizeStatement : OPTIMIZE TABLE tableIdentifier partitionSpec? FINAL? (DEDUPLICATE (BY columnExprList)?)?;
partitionSpec : PARTITION (ID STRING_LITERAL | columnExpr);

alterStatement : ALTER TABLE tableIdentifier alterCommand (COMMA alterCommand)* settingsClause?;
alterCommand
    : ADD COLUMN (IF NOT EXISTS)? columnDefinition (AFTER identifier | FIRST)?   # alterAddColumn
    | DROP COLUMN (IF EXISTS)? identifier                                      # alterDropColumn
    | MODIFY COLUMN (IF EXISTS)? columnDefinition                              # alterModifyColumn
    | RENAME COLUMN (IF EXISTS)? identifier TO identifier                      # alterRenameColumn
    | COMMENT COLUMN (IF EXISTS)? identifier STRING_LITERAL                    # alterCommentColumn
    | CLEAR COLUMN (IF EXISTS)? identifier (IN partitionSpec)?                 # alterClearColumn
    | ADD INDEX (IF NOT EXISTS)? identifier columnExpr TYPE dataType (GRANULARITY DECIMAL_LITERAL)? (AFTER identifier | FIRST)? # alterAddIndex
    | DROP INDEX (IF EXISTS)? identifier                                       # alterDropIndex
    | MATERIALIZE INDEX (IF EXISTS)? identifier (IN partitionSpec)?            # alterMaterializeIndex
    | DELETE (IN partitionSpec)? WHERE columnExpr                              # alterDelete
    | UPDATE assignment (COMMA assignment)* (IN partitionSpec)? WHERE columnExpr # alterUpdate
    | (DROP DETACHED? | DETACH | ATTACH) partitionSpec                          # alterPartition
    | MODIFY ORDER BY columnExpr                                               # alterModifyOrderBy
    | MODIFY TTL ttlElement (COMMA ttlElement)*                                # alterModifyTtl
    | MODIFY SETTING settingItem (COMMA settingItem)*                          # alterModifySetting
    ;
assignment : identifier EQ_SINGLE columnExpr;

killStatement : KILL (QUERY | MUTATION) WHERE columnExpr (SYNC | identifier)?;
// Lightweight DELETE: rows are masked at once and removed by later merges.
deleteStatement : DELETE FROM tableIdentifier (IN partitionSpec)? WHERE columnExpr settingsClause?;
systemStatement : SYSTEM systemWord+;
systemWord : ~(SEMICOLON);
checkStatement : CHECK TABLE tableIdentifier partitionSpec?;
attachDetachStatement : ATTACH (TABLE | DICTIONARY | VIEW)? (IF NOT EXISTS)? tableIdentifier;

// ---- expressions ---------------------------------------------------------------------------

// Alternatives are ordered from the tightest binding to the loosest: ANTLR gives earlier
// alternatives of a left-recursive rule the higher precedence.
columnExpr
    : columnExpr LBRACKET columnExpr RBRACKET                                # exprArrayAccess
    | columnExpr DOT (DECIMAL_LITERAL | FLOATING_LITERAL)                     # exprTupleAccess
    | columnExpr DOUBLE_COLON dataType                                       # exprCastOperator
    | DASH columnExpr                                                        # exprNegate
    | columnExpr (ASTERISK | SLASH | PERCENT | DIV | MOD) columnExpr          # exprMultiplicative
    | columnExpr (PLUS | DASH) columnExpr                                    # exprAdditive
    | columnExpr CONCAT columnExpr                                           # exprConcat
    | columnExpr (EQ_DOUBLE | EQ_SINGLE | NOT_EQ | LE | GE | LT | GT) columnExpr # exprComparison
    | columnExpr NOT? (LIKE | ILIKE) columnExpr                              # exprLike
    | columnExpr GLOBAL? NOT? IN columnExpr                                  # exprIn
    | columnExpr IS NOT? NULL                                                # exprIsNull
    | columnExpr NOT? BETWEEN betweenOperand AND betweenOperand              # exprBetween
    | NOT columnExpr                                                         # exprNot
    | columnExpr AND columnExpr                                              # exprAnd
    | columnExpr OR columnExpr                                               # exprOr
    | <assoc=right> columnExpr QUESTION columnExpr COLON columnExpr             # exprTernary
    | columnExpr AS identifier                                               # exprAlias
    | lambdaParameters ARROW columnExpr                                      # exprLambda
    | primaryExpr                                                            # exprPrimary
    ;

// The bounds of BETWEEN bind tighter than comparison, so the AND between them can never be read as a
// logical AND: `a BETWEEN 1 AND 2 AND c` is `(a BETWEEN 1 AND 2) AND c`, and SLL prediction suffices.
betweenOperand
    : betweenOperand LBRACKET columnExpr RBRACKET                            # boundArrayAccess
    | betweenOperand DOUBLE_COLON dataType                                   # boundCast
    | DASH betweenOperand                                                    # boundNegate
    | betweenOperand (ASTERISK | SLASH | PERCENT | DIV | MOD) betweenOperand  # boundMultiplicative
    | betweenOperand (PLUS | DASH) betweenOperand                            # boundAdditive
    | betweenOperand CONCAT betweenOperand                                   # boundConcat
    | primaryExpr                                                            # boundPrimary
    ;

lambdaParameters : identifier | LPAREN identifier (COMMA identifier)* RPAREN;

primaryExpr
    : literal                                                                # primaryLiteral
    | DOT (DECIMAL_LITERAL | FLOATING_LITERAL)                               # primaryLeadingDotFloat
    | INTERVAL columnExpr intervalUnit                                       # primaryInterval
    | CAST LPAREN columnExpr AS dataType RPAREN                              # primaryCast
    | EXTRACT LPAREN intervalUnit FROM columnExpr RPAREN                     # primaryExtract
    | SUBSTRING LPAREN columnExpr FROM columnExpr (FOR columnExpr)? RPAREN   # primarySubstring
    | TRIM LPAREN (BOTH | LEADING | TRAILING) columnExpr FROM columnExpr RPAREN # primaryTrim
    | (DATE | TIMESTAMP) STRING_LITERAL                                      # primaryTypedLiteral
    | CASE columnExpr? (WHEN columnExpr THEN columnExpr)+ (ELSE columnExpr)? END # primaryCase
    | EXISTS LPAREN selectUnion RPAREN                                       # primaryExists
    | COLUMNS LPAREN STRING_LITERAL RPAREN columnsExcept?                    # primaryColumnsMatcher
    | (identifier DOT)* ASTERISK columnsExcept?                              # primaryAsterisk
    | functionCall                                                           # primaryFunction
    | queryParameter                                                         # primaryParameter
    | LBRACKET columnExprList? RBRACKET                                      # primaryArray
    | LPAREN selectUnion RPAREN                                              # primarySubquery
    | LPAREN columnExprList COMMA? RPAREN                                    # primaryParens
    | LPAREN RPAREN                                                          # primaryEmptyTuple
    | identifier (DOT identifier)*                                           # primaryIdentifier
    ;

functionCall
    : functionName (parametersOpen=LPAREN columnExprList? RPAREN)?
      LPAREN (DISTINCT | ALL)? (functionArgs)? RPAREN
      (OVER (LPAREN windowSpec RPAREN | identifier))?
    ;
functionArgs : columnExpr (COMMA columnExpr)*;

// Operator names stay callable as functions: and(a, b), in(x, s), not(x).
functionName : identifier | AND | OR | NOT | IN | LIKE | ILIKE;

queryParameter : LBRACE identifier COLON dataType RBRACE;

intervalUnit
    : NANOSECOND | NANOSECONDS | MICROSECOND | MICROSECONDS | MILLISECOND | MILLISECONDS | SECOND | SECONDS | MINUTE | MINUTES | HOUR | HOURS | DAY | DAYS | WEEK | WEEKS
    | MONTH | MONTHS | QUARTER | QUARTERS | YEAR | YEARS
    ;

columnExprList : columnExpr (COMMA columnExpr)*;

literal
    : numberLiteral
    | STRING_LITERAL
    | NULL
    | TRUE
    | FALSE
    ;
numberLiteral
    : FLOATING_LITERAL | DECIMAL_LITERAL | HEXADECIMAL_LITERAL | BINARY_LITERAL | INF | NAN_SQL
    ;

tableIdentifier : (identifier DOT)? identifier;
identifierList : identifier (COMMA identifier)*;

identifier : IDENTIFIER | BACKQUOTED_IDENTIFIER | DOUBLE_QUOTED_IDENTIFIER | keyword;

// A bare alias (`SELECT x y`, `FROM t a`) must not swallow the keyword that starts the next clause.
aliasIdentifier : IDENTIFIER | BACKQUOTED_IDENTIFIER | DOUBLE_QUOTED_IDENTIFIER | aliasKeyword;

// Keywords usable as plain names. Words that open or join clauses (FROM, WHERE, AND, ...) are left out,
// so that `SELECT a, FROM t` stays an error; they can still be used in backquotes.
keyword
    : ADD | AFTER | ALIAS | ALL | ALTER | ANTI | ANY | ARRAY | ASC | ASCENDING | ASOF | ASSUME | AST
    | ATTACH | BOTH | BY | CAST | CHECK | CLEAR | CODEC | COLLATE | COLUMN | COLUMNS | COMMENT
    | CONSTRAINT | CREATE | CROSS | CUBE | CURRENT | DATABASE | DATABASES | DATE | DAY | DAYS
    | DEDUPLICATE | DEFAULT | DELETE | DESC | DESCENDING | DESCRIBE | DETACH | DETACHED | DICTIONARY | DIV
    | DROP | END | ENGINE | EPHEMERAL | ESTIMATE | EXCHANGE | EXISTS | EXPLAIN | EXTRACT | FETCH
    | FILL | FINAL | FIRST | FOLLOWING | FOR | FORMAT | FULL | FUNCTION | GLOBAL | GRANULARITY
    | GROUPING | HOUR | HOURS | ID | IF | INDEX | INNER | INSERT | INTERVAL | INTO | KEY | KILL
    | LAST | LEADING | LEFT | LOGS | MATERIALIZE | MATERIALIZED | MICROSECOND | MICROSECONDS | MILLISECOND
    | MILLISECONDS | MINUTE | MINUTES | MOD | MODIFY | MONTH | MONTHS | MUTATION | NANOSECOND | NANOSECONDS | NEXT | NULLS | OFFSET | ONLY | OPTIMIZE | OUTER | OUTFILE | OVER | PARTITION
    | PASTE | PERMANENTLY | PIPELINE | PLAN | POPULATE | PRECEDING | PRIMARY | PROCESSLIST | QUARTER
    | QUARTERS | QUERY | RANGE | RENAME | REPLACE | RESET | RIGHT | ROLLUP | ROW | ROWS | SAMPLE
    | SECOND | SECONDS | SEMI | SET | SETS | SETTING | SETTINGS | SHOW | STEP | SUBSTRING | SYNC
    | SYNTAX | SYSTEM | TABLE | TABLES | TEMPORARY | TEST | TIES | TIMESTAMP | TO | TOTALS
    | TRAILING | TRIM | TRUNCATE | TTL | TYPE | UNBOUNDED | UPDATE | USE | VALUES | VIEW | WEEK
    | WEEKS | WITH | YEAR | YEARS
    ;

aliasKeyword
    : ADD | AFTER | ALIAS | ALTER | ASSUME | AST | ATTACH | BOTH | BY | CASE | CAST | CHECK | CLEAR 
    | CODEC | COLUMN | COLUMNS | COMMENT | CONSTRAINT | CREATE | CUBE | CURRENT | DATABASE | DATABASES 
    | DATE | DAY | DAYS | DEDUPLICATE | DEFAULT | DELETE | DESCRIBE | DETACH | DETACHED | DICTIONARY | DROP | 
    ENGINE | EPHEMERAL | ESTIMATE | EXCHANGE | EXISTS | EXPLAIN | EXTRACT | FILL | FIRST | 
    FOLLOWING | FUNCTION | GRANULARITY | GROUPING | HOUR | HOURS | ID | IF | INDEX | INSERT | INTERVAL 
    | KEY | KILL | LAST | LEADING | LOGS | MATERIALIZE | MATERIALIZED | MICROSECOND | MICROSECONDS | MILLISECOND
    | MILLISECONDS | MINUTE | MINUTES | MODIFY | MONTH | MONTHS | MUTATION | NANOSECOND | NANOSECONDS | NEXT | ONLY | OPTIMIZE | OUTFILE | PARTITION | PERMANENTLY | 
    PIPELINE | PLAN | POPULATE | PRECEDING | PRIMARY | PROCESSLIST | QUARTER | QUARTERS | QUERY | RANGE 
    | RENAME | REPLACE | RESET | ROLLUP | ROW | ROWS | SECOND | SECONDS | SELECT | SET | SETS | SETTING 
    | SHOW | STEP | SUBSTRING | SYNC | SYNTAX | SYSTEM | TABLE | TABLES | TEMPORARY | TEST | TIES | 
    TIMESTAMP | TO | TOTALS | TRAILING | TRIM | TRUNCATE | TTL | TYPE | UNBOUNDED | UPDATE | USE 
    | VALUES | VIEW | WEEK | WEEKS | YEAR | YEARS
    ;

// `* EXCEPT (a, b)` / `COLUMNS('re') EXCEPT c`: columns left out of a matcher
columnsExcept : EXCEPT (LPAREN identifier (COMMA identifier)* RPAREN | identifier);
