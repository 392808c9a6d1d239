package io.strata.sql.parser;

import static io.strata.sql.parser.ExprBuilder.has;
import static io.strata.sql.parser.ExprBuilder.identifier;

import io.strata.sql.ast.*;
import io.strata.sql.parser.ClickHouseParser.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a parse tree into the immutable AST: queries and statements here, expressions in
 * {@link ExprBuilder}. One instance per parsed statement; it knows the statement text because INSERT
 * records where its inline data starts.
 */
final class AstBuilder {
    private final ExprBuilder exprs = new ExprBuilder(this);
    private final String text;

    AstBuilder(String text) {
        this.text = text;
    }

    Expr expression(SingleExpressionContext ctx) {
        return exprs.expr(ctx.columnExpr());
    }

    /** The statement, wrapped in a FormattedStatement when a FORMAT clause follows it. */
    Statement singleStatement(ClickHouseParser.SingleStatementContext c) {
        Statement st = statement(c.statement());
        if (c.formatName() == null) return st;
        String format = c.formatName().identifier() != null ? identifier(c.formatName().identifier()) : c.formatName().getText();
        return new FormattedStatement(st, format);
    }

    Statement statement(StatementContext ctx) {
        ParseTree child = ctx.getChild(0);
        return switch (child) {
            case SelectStatementContext c -> selectStatement(c);
            case InsertStatementContext c -> insert(c);
            case CreateDatabaseStatementContext c -> new CreateDatabaseStatement(identifier(c.identifier()),
                    c.IF() != null, c.engineExpr() == null ? null : identifier(c.engineExpr().identifier()),
                    c.engineExpr() == null ? null : engineArgs(c.engineExpr()), comment(c.STRING_LITERAL()));
            case CreateTableStatementContext c -> createTable(c);
            case CreateViewStatementContext c -> createView(c);
            case DropStatementContext c -> new DropStatement(objectKind(c), tableName(c.tableIdentifier()), c.IF() != null,
                    c.TEMPORARY() != null, c.DETACH() != null, c.PERMANENTLY() != null, c.SYNC() != null);
            case TruncateStatementContext c -> new TruncateStatement(tableName(c.tableIdentifier()), c.IF() != null);
            case RenameStatementContext c -> new RenameStatement(c.DATABASE() != null ? ObjectKind.DATABASE
                    : c.DICTIONARY() != null ? ObjectKind.DICTIONARY : ObjectKind.TABLE,
                    c.renamePair().stream().map(p -> new RenameStatement.Pair(tableName(p.tableIdentifier(0)),
                            tableName(p.tableIdentifier(1)))).toList());
            case ExchangeStatementContext c -> new ExchangeStatement(tableName(c.tableIdentifier(0)), tableName(c.tableIdentifier(1)));
            case ExistsStatementContext c -> new ExistsStatement(objectKind(c), tableName(c.tableIdentifier()), c.TEMPORARY() != null);
            case ShowStatementContext c -> show(c);
            case DescribeStatementContext c -> new DescribeStatement(tableExpr(c.tableExpr()));
            case UseStatementContext c -> new UseStatement(identifier(c.identifier()));
            case SetStatementContext c -> new SetStatement(settings(c.settingItem()));
            case ExplainStatementContext c -> new ExplainStatement(explainKind(c), settings(c.settingItem()), statement(c.statement()));
            case OptimizeStatementContext c -> new OptimizeStatement(tableName(c.tableIdentifier()), partition(c.partitionSpec()),
                    c.FINAL() != null, c.DEDUPLICATE() != null, exprs.exprs(c.columnExprList()));
            case AlterStatementContext c -> new AlterTableStatement(tableName(c.tableIdentifier()),
                    c.alterCommand().stream().map(this::alterCommand).toList(),
                    c.settingsClause() == null ? Map.of() : settings(c.settingsClause().settingItem()));
            case DeleteStatementContext c -> new DeleteStatement(tableName(c.tableIdentifier()), partition(c.partitionSpec()),
                    exprs.expr(c.columnExpr()), c.settingsClause() == null ? Map.of() : settings(c.settingsClause().settingItem()));
            case KillStatementContext c -> {
                String mode = c.SYNC() != null ? "SYNC" : c.identifier() != null ? identifier(c.identifier()).toUpperCase(Locale.ROOT) : null;
                yield c.MUTATION() != null ? new KillMutationStatement(exprs.expr(c.columnExpr()), mode)
                        : new KillQueryStatement(exprs.expr(c.columnExpr()), mode);
            }
            case SystemStatementContext c -> new SystemStatement(words(c.systemWord()));
            case CheckStatementContext c -> new CheckTableStatement(tableName(c.tableIdentifier()), partition(c.partitionSpec()));
            case AttachDetachStatementContext c -> new AttachStatement(c.DICTIONARY() != null ? ObjectKind.DICTIONARY
                    : c.VIEW() != null ? ObjectKind.VIEW : ObjectKind.TABLE, tableName(c.tableIdentifier()), c.IF() != null);
            default -> throw ExprBuilder.error(ctx, "unsupported statement");
        };
    }

    // ---- SELECT ----

    private SelectStatement selectStatement(SelectStatementContext c) {
        return new SelectStatement(selectUnion(c.selectUnion()),
                c.OUTFILE() != null ? TextEscaping.unquote(c.STRING_LITERAL().getText()) : null,
                c.formatName() != null ? c.formatName().getText().startsWith("`") || c.formatName().getText().startsWith("\"")
                        ? identifier(c.formatName().identifier()) : c.formatName().getText() : null,
                c.settingsClause() == null ? Map.of() : settings(c.settingsClause().settingItem()));
    }

    SelectUnion selectUnion(SelectUnionContext c) {
        List<SelectQuery> queries = new ArrayList<>();
        for (SelectUnionElementContext element : c.selectUnionElement()) {
            if (element.selectQuery() != null) {
                queries.add(selectQuery(element.selectQuery()));
            } else {
                SelectUnion nested = selectUnion(element.selectUnion());
                // A nested chain keeps its own grouping by becoming a FROM subquery; see SelectUnion.
                queries.add(nested.queries().size() == 1 ? nested.queries().get(0)
                        : SelectQuery.simple(List.of(new Asterisk(null)), new SubqueryRef(nested, null)));
            }
        }
        List<UnionMode> modes = c.unionOperator().stream().map(AstBuilder::unionMode).toList();
        return new SelectUnion(queries, modes);
    }

    private static UnionMode unionMode(UnionOperatorContext c) {
        if (c.UNION() != null) {
            return c.ALL() != null ? UnionMode.UNION_ALL : c.DISTINCT() != null ? UnionMode.UNION_DISTINCT : UnionMode.UNION;
        }
        if (c.INTERSECT() != null) {
            return c.ALL() != null ? UnionMode.INTERSECT_ALL : c.DISTINCT() != null ? UnionMode.INTERSECT_DISTINCT : UnionMode.INTERSECT;
        }
        return c.ALL() != null ? UnionMode.EXCEPT_ALL : c.DISTINCT() != null ? UnionMode.EXCEPT_DISTINCT : UnionMode.EXCEPT;
    }

    private SelectQuery selectQuery(SelectQueryContext c) {
        List<WithItem> with = new ArrayList<>();
        if (c.withClause() != null) {
            for (WithItemContext item : c.withClause().withItem()) {
                with.add(withItem(item));
            }
        }
        List<Expr> select = new ArrayList<>();
        for (SelectItemContext item : c.selectItemList().selectItem()) {
            Expr e = exprs.expr(item.columnExpr());
            select.add(item.aliasIdentifier() == null ? e : new Aliased(e, identifier(item.aliasIdentifier())));
        }
        TableExpr from = null;
        if (c.fromClause() != null) {
            from = joinExpr(c.fromClause().joinExpr());
        }
        for (ArrayJoinClauseContext aj : c.arrayJoinClause()) {
            from = new ArrayJoinExpr(from, aj.LEFT() != null, exprs.exprs(aj.columnExprList()));
        }
        Expr having = c.havingClause() == null ? null : exprs.expr(c.havingClause().columnExpr());
        List<NamedWindow> windows = c.windowClause() == null ? List.of() : c.windowClause().namedWindow().stream()
                .map(w -> new NamedWindow(identifier(w.identifier()), exprs.windowSpec(w.windowSpec()))).toList();
        return new SelectQuery(with, c.DISTINCT() != null, exprs.exprs(c.columnExprList()), select, from,
                c.prewhereClause() == null ? null : exprs.expr(c.prewhereClause().columnExpr()),
                c.whereClause() == null ? null : exprs.expr(c.whereClause().columnExpr()),
                c.groupByClause() == null ? null : groupBy(c.groupByClause()),
                having, windows,
                c.qualifyClause() == null ? null : exprs.expr(c.qualifyClause().columnExpr()),
                c.orderByClause() == null ? List.of() : c.orderByClause().orderItem().stream().map(this::orderItem).toList(),
                c.limitByClause() == null ? null : limitBy(c.limitByClause()),
                c.limitClause() == null ? null : limit(c.limitClause()),
                c.settingsClause() == null ? Map.of() : settings(c.settingsClause().settingItem()));
    }

    private WithItem withItem(WithItemContext item) {
        return switch (item) {
            case WithCteContext cte -> new WithItem(identifier(cte.identifier()), new SubqueryExpr(selectUnion(cte.selectUnion())), true);
            case WithExpressionContext we -> {
                Expr e = exprs.expr(we.columnExpr());
                if (!(e instanceof Aliased a)) {
                    throw ExprBuilder.error(we, "an expression in WITH needs an alias");
                }
                yield new WithItem(a.alias(), a.expr(), false);
            }
            default -> throw ExprBuilder.error(item, "unsupported WITH element");
        };
    }

    private GroupBy groupBy(GroupByClauseContext c) {
        GroupBy.Modifier modifier = !c.ROLLUP().isEmpty() ? GroupBy.Modifier.ROLLUP
                : !c.CUBE().isEmpty() ? GroupBy.Modifier.CUBE : GroupBy.Modifier.NONE;
        List<List<Expr>> sets = null;
        if (c.GROUPING() != null) {
            sets = c.groupingSet().stream().map(s -> s.LPAREN() != null ? exprs.exprs(s.columnExprList())
                    : List.of(exprs.expr(s.columnExpr()))).toList();
        }
        boolean all = c.ALL() != null;
        return new GroupBy(sets == null && !all ? exprs.exprs(c.columnExprList()) : List.of(), modifier, c.TOTALS() != null, sets, all);
    }

    OrderItem orderItem(OrderItemContext c) {
        boolean desc = c.DESC() != null || c.DESCENDING() != null;
        Boolean nullsFirst = c.NULLS() == null ? null : c.FIRST() != null;
        String collation = c.COLLATE() != null ? TextEscaping.unquote(c.STRING_LITERAL().getText()) : null;
        OrderItem.WithFill fill = null;
        if (c.FILL() != null) {
            fill = new OrderItem.WithFill(exprAfter(c, ClickHouseLexer.FROM), exprAfter(c, ClickHouseLexer.TO), exprAfter(c, ClickHouseLexer.STEP));
        }
        return new OrderItem(exprs.expr(c.columnExpr(0)), desc, nullsFirst, collation, fill);
    }

    /** The expression right after a keyword among ctx's children, or null when the keyword is absent. */
    private Expr exprAfter(ParserRuleContext ctx, int tokenType) {
        for (int i = 0; i + 1 < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof TerminalNode t && t.getSymbol().getType() == tokenType
                    && ctx.getChild(i + 1) instanceof ColumnExprContext e) {
                return exprs.expr(e);
            }
        }
        return null;
    }

    private Limit limit(LimitClauseContext c) {
        List<LimitValueContext> v = c.limitValue();
        if (c.LIMIT() == null) {
            return new Limit(v.size() > 1 ? value(v.get(1)) : null, value(v.get(0)), c.TIES() != null);
        }
        if (v.size() == 1) {
            return new Limit(value(v.get(0)), null, c.TIES() != null);
        }
        // LIMIT m, n means OFFSET m LIMIT n.
        boolean comma = c.COMMA() != null;
        return new Limit(value(v.get(comma ? 1 : 0)), value(v.get(comma ? 0 : 1)), c.TIES() != null);
    }

    private LimitBy limitBy(LimitByClauseContext c) {
        List<LimitValueContext> v = c.limitValue();
        List<Expr> by = exprs.exprs(c.columnExprList());
        if (v.size() == 1) {
            return new LimitBy(value(v.get(0)), null, by);
        }
        boolean comma = c.COMMA() != null;
        return new LimitBy(value(v.get(comma ? 1 : 0)), value(v.get(comma ? 0 : 1)), by);
    }

    private Expr value(LimitValueContext c) {
        return exprs.expr(c.columnExpr());
    }

    Map<String, Expr> settings(List<SettingItemContext> items) {
        Map<String, Expr> settings = new LinkedHashMap<>();
        for (SettingItemContext item : items) {
            settings.put(identifier(item.identifier()), exprs.expr(item.columnExpr()));
        }
        return settings;
    }

    // ---- FROM ----

    private TableExpr joinExpr(JoinExprContext c) {
        TableExpr result = tableExpr(c.tableExpr());
        for (JoinPartContext part : c.joinPart()) {
            result = switch (part) {
                case JoinOpContext j -> join(result, j);
                case JoinCrossContext j -> new JoinExpr(result, tableExpr(j.tableExpr()),
                        j.CROSS() != null ? JoinKind.CROSS : j.PASTE() != null ? JoinKind.PASTE : JoinKind.COMMA,
                        JoinStrictness.DEFAULT, false, null, List.of());
                case JoinArrayContext j -> new ArrayJoinExpr(result, j.LEFT() != null, exprs.exprs(j.columnExprList()));
                default -> throw ExprBuilder.error(part, "unsupported join");
            };
        }
        return result;
    }

    private TableExpr join(TableExpr left, JoinOpContext j) {
        JoinKind kind = JoinKind.INNER;
        JoinStrictness strictness = JoinStrictness.DEFAULT;
        if (j.joinOperator() != null) {
            JoinOperatorContext op = j.joinOperator();
            kind = op.LEFT() != null ? JoinKind.LEFT : op.RIGHT() != null ? JoinKind.RIGHT : op.FULL() != null ? JoinKind.FULL : JoinKind.INNER;
            strictness = op.ALL() != null ? JoinStrictness.ALL : op.ANY() != null ? JoinStrictness.ANY
                    : op.ASOF() != null ? JoinStrictness.ASOF : op.SEMI() != null ? JoinStrictness.SEMI
                    : op.ANTI() != null ? JoinStrictness.ANTI : JoinStrictness.DEFAULT;
        }
        Expr on = null;
        List<String> using = List.of();
        JoinConstraintContext constraint = j.joinConstraint();
        if (constraint != null) {
            if (constraint.ON() != null) {
                on = exprs.expr(constraint.columnExpr());
            } else {
                using = constraint.identifierList().identifier().stream().map(ExprBuilder::identifier).toList();
            }
        }
        return new JoinExpr(left, tableExpr(j.tableExpr()), kind, strictness, j.GLOBAL() != null, on, using);
    }

    TableExpr tableExpr(TableExprContext ctx) {
        return switch (ctx) {
            case TableFunctionExprContext c -> new TableFunctionRef(tableFunction(c.tableFunctionCall()), alias(c.tableAlias()));
            case TableNameExprContext c -> {
                TableName name = tableName(c.tableIdentifier());
                SampleClause sample = null;
                if (c.sampleClause() != null) {
                    List<RatioExprContext> r = c.sampleClause().ratioExpr();
                    sample = new SampleClause(ratio(r.get(0)), r.size() > 1 ? ratio(r.get(1)) : null);
                }
                yield new TableRef(name.database(), name.name(), alias(c.tableAlias()), c.FINAL() != null, sample);
            }
            case TableParameterExprContext c -> new TableParameterRef(exprs.queryParameter(c.queryParameter()),
                    alias(c.tableAlias()), c.FINAL() != null);
            case TableSubqueryExprContext c -> new SubqueryRef(selectUnion(c.selectUnion()), alias(c.tableAlias()));
            case TableParenExprContext c -> joinExpr(c.joinExpr());
            default -> throw ExprBuilder.error(ctx, "unsupported table expression");
        };
    }

    private Expr ratio(RatioExprContext c) {
        Expr a = exprs.number(c.numberLiteral(0));
        return c.SLASH() == null ? a : FunctionCall.of("divide", a, exprs.number(c.numberLiteral(1)));
    }

    private static String alias(TableAliasContext c) {
        if (c == null) {
            return null;
        }
        return c.identifier() != null ? identifier(c.identifier()) : identifier(c.aliasIdentifier());
    }

    FunctionCall tableFunction(TableFunctionCallContext c) {
        return FunctionCall.of(identifier(c.identifier()), exprs.exprs(c.columnExprList()));
    }

    static TableName tableName(TableIdentifierContext c) {
        List<IdentifierContext> parts = c.identifier();
        return parts.size() == 1 ? TableName.of(identifier(parts.get(0))) : new TableName(identifier(parts.get(0)), identifier(parts.get(1)));
    }

    // ---- INSERT ----

    private InsertStatement insert(InsertStatementContext c) {
        TableName table = c.tableIdentifier() == null ? null : tableName(c.tableIdentifier());
        FunctionCall function = c.tableFunctionCall() == null ? null : tableFunction(c.tableFunctionCall());
        List<String> columns = c.LPAREN() == null ? null : c.identifierList() == null ? List.of()
                : c.identifierList().identifier().stream().map(ExprBuilder::identifier).toList();
        Map<String, Expr> settings = c.settingsClause() == null ? Map.of() : settings(c.settingsClause().settingItem());
        if (c.selectUnion() != null) {
            return new InsertStatement(table, function, columns, settings, selectUnion(c.selectUnion()), null, -1);
        }
        if (c.VALUES() != null) {
            return new InsertStatement(table, function, columns, settings, null, "Values",
                    StatementSplitter.skipBlanks(text, c.VALUES().getSymbol().getStopIndex() + 1));
        }
        Token last = c.formatName().getStop();
        String format = c.formatName().identifier() != null ? identifier(c.formatName().identifier()) : c.formatName().getText();
        return new InsertStatement(table, function, columns, settings, null, format, StatementSplitter.skipToFormatData(text, last.getStopIndex() + 1));
    }

    // ---- CREATE ----

    private CreateTableStatement createTable(CreateTableStatementContext c) {
        TableElements elements = tableElements(c.tableElement());
        StorageSpec storage = storage(c.storageClause(), elements.primaryKey);
        TableName asTable = null;
        FunctionCall asFunction = null;
        SelectUnion asSelect = c.selectUnion() == null ? null : selectUnion(c.selectUnion());
        List<TableIdentifierContext> names = c.tableIdentifier();
        if (names.size() > 1) {
            asTable = tableName(names.get(1));
        }
        if (c.tableFunctionCall() != null) {
            asFunction = tableFunction(c.tableFunctionCall());
        }
        return new CreateTableStatement(tableName(names.get(0)), c.OR() != null || c.REPLACE() != null, c.TEMPORARY() != null,
                c.IF() != null, elements.columns, elements.indexes, elements.constraints, storage, asTable, asFunction, asSelect,
                comment(c.STRING_LITERAL()));
    }

    private CreateViewStatement createView(CreateViewStatementContext c) {
        TableElements elements = tableElements(c.tableElement());
        List<TableIdentifierContext> names = c.tableIdentifier();
        return new CreateViewStatement(tableName(names.get(0)), c.OR() != null, c.IF() != null, c.MATERIALIZED() != null,
                c.TO() != null ? tableName(names.get(1)) : null, elements.columns,
                storage(c.storageClause() == null ? null : c.storageClause(), elements.primaryKey), c.POPULATE() != null,
                selectUnion(c.selectUnion()));
    }

    private record TableElements(List<ColumnDef> columns, List<IndexDef> indexes, List<ConstraintDef> constraints, Expr primaryKey) {
    }

    private TableElements tableElements(List<TableElementContext> list) {
        List<ColumnDef> columns = new ArrayList<>();
        List<IndexDef> indexes = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        Expr primaryKey = null;
        for (TableElementContext e : list) {
            switch (e) {
                case TableElementColumnContext c -> columns.add(column(c.columnDefinition()));
                case TableElementIndexContext c -> indexes.add(new IndexDef(identifier(c.identifier()), exprs.expr(c.columnExpr()),
                        exprs.typeText(c.dataType()), c.DECIMAL_LITERAL() == null ? null : Long.parseLong(c.DECIMAL_LITERAL().getText())));
                case TableElementConstraintContext c -> constraints.add(new ConstraintDef(identifier(c.identifier()),
                        c.ASSUME() != null, exprs.expr(c.columnExpr())));
                case TableElementPrimaryKeyContext c -> primaryKey = exprs.expr(c.columnExpr());
                default -> throw ExprBuilder.error(e, "unsupported table element");
            }
        }
        return new TableElements(columns, indexes, constraints, primaryKey);
    }

    private StorageSpec storage(StorageClauseContext c, Expr columnListPrimaryKey) {
        if (c == null) {
            return columnListPrimaryKey == null ? StorageSpec.EMPTY
                    : new StorageSpec(null, null, null, null, columnListPrimaryKey, null, null, null);
        }
        String engine = null;
        List<Expr> engineArgs = null;
        if (!c.engineClause().isEmpty()) {
            EngineExprContext e = c.engineClause(0).engineExpr();
            engine = identifier(e.identifier());
            engineArgs = engineArgs(e);
        }
        Expr primaryKey = c.primaryKeyStorage().isEmpty() ? columnListPrimaryKey : exprs.expr(c.primaryKeyStorage(0).columnExpr());
        return new StorageSpec(engine, engineArgs,
                c.orderByStorage().isEmpty() ? null : exprs.expr(c.orderByStorage(0).columnExpr()),
                c.partitionByStorage().isEmpty() ? null : exprs.expr(c.partitionByStorage(0).columnExpr()),
                primaryKey,
                c.sampleByStorage().isEmpty() ? null : exprs.expr(c.sampleByStorage(0).columnExpr()),
                c.ttlStorage().isEmpty() ? List.of() : ttl(c.ttlStorage(0).ttlElement()),
                c.settingsClause().isEmpty() ? Map.of() : settings(c.settingsClause(0).settingItem()));
    }

    private List<Expr> engineArgs(EngineExprContext e) {
        return e.LPAREN() == null ? null : exprs.exprs(e.columnExprList());
    }

    private ColumnDef column(ColumnDefinitionContext c) {
        ColumnDef.DefaultKind kind = c.DEFAULT() != null ? ColumnDef.DefaultKind.DEFAULT
                : c.MATERIALIZED() != null ? ColumnDef.DefaultKind.MATERIALIZED
                : c.ALIAS() != null ? ColumnDef.DefaultKind.ALIAS
                : c.EPHEMERAL() != null ? ColumnDef.DefaultKind.EPHEMERAL : null;
        Expr defaultExpr = kind == null ? null : exprAfter(c, ((TerminalNode) findToken(c, kind.name())).getSymbol().getType());
        Expr ttl = exprAfter(c, ClickHouseLexer.TTL);
        List<CodecSpec> codecs = c.codecClause() == null ? List.of() : c.codecClause().codecItem().stream()
                .map(i -> new CodecSpec(identifier(i.identifier()), exprs.exprs(i.columnExprList()))).toList();
        Boolean nullable = c.NULL() == null ? null : c.NOT() == null;
        return new ColumnDef(identifier(c.identifier()), c.dataType() == null ? null : exprs.typeText(c.dataType()), nullable,
                kind, defaultExpr, codecs, ttl, c.STRING_LITERAL().isEmpty() ? null : TextEscaping.unquote(c.STRING_LITERAL(0).getText()),
                c.PRIMARY() != null);
    }

    private static ParseTree findToken(ParserRuleContext ctx, String upperText) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof TerminalNode t && t.getText().toUpperCase(Locale.ROOT).equals(upperText)) {
                return t;
            }
        }
        throw ExprBuilder.error(ctx, "missing " + upperText);
    }

    private static String comment(TerminalNode literal) {
        return literal == null ? null : TextEscaping.unquote(literal.getText());
    }

    private static String comment(List<TerminalNode> literals) {
        return literals.isEmpty() ? null : TextEscaping.unquote(literals.get(literals.size() - 1).getText());
    }

    // ---- other statements ----

    private static ObjectKind objectKind(ParserRuleContext c) {
        return has(c, ClickHouseLexer.DATABASE) ? ObjectKind.DATABASE : has(c, ClickHouseLexer.VIEW) ? ObjectKind.VIEW
                : has(c, ClickHouseLexer.DICTIONARY) ? ObjectKind.DICTIONARY : ObjectKind.TABLE;
    }

    private Statement show(ShowStatementContext ctx) {
        return switch (ctx) {
            case ShowDatabasesContext c -> new ShowDatabasesStatement(like(c.likeFilter()), limitShow(c.limitShow()));
            case ShowTablesContext c -> new ShowTablesStatement(c.FULL() != null, c.TEMPORARY() != null,
                    c.identifier() == null ? null : identifier(c.identifier()), like(c.likeFilter()), limitShow(c.limitShow()));
            case ShowCreateContext c -> new ShowCreateStatement(objectKind(c), tableName(c.tableIdentifier()));
            case ShowColumnsContext c -> {
                TableName t = tableName(c.tableIdentifier());
                if (c.identifier() != null) {
                    t = new TableName(identifier(c.identifier()), t.name());
                }
                yield new ShowColumnsStatement(c.FULL() != null, t, like(c.likeFilter()), limitShow(c.limitShow()));
            }
            case ShowProcesslistContext c -> new ShowProcessListStatement();
            case ShowSettingsContext c -> new ShowSettingsStatement(like(c.likeFilter()));
            case ShowFunctionsContext c when identifier(c.identifier()).equalsIgnoreCase("FUNCTIONS") ->
                    ShowFunctions.query(like(c.likeFilter()));
            case ShowOtherContext c when c.identifier().size() == 1 && identifier(c.identifier(0)).equalsIgnoreCase("FUNCTIONS") ->
                    ShowFunctions.query(null);
            case ShowOtherContext c -> new ShowOtherStatement(c.identifier().stream().map(ExprBuilder::identifier).toList());
            default -> throw ExprBuilder.error(ctx, "unsupported SHOW");
        };
    }

    private static LikeFilter like(LikeFilterContext c) {
        return c == null ? null : new LikeFilter(TextEscaping.unquote(c.STRING_LITERAL().getText()), c.ILIKE() != null, c.NOT() != null);
    }

    private Expr limitShow(LimitShowContext c) {
        return c == null ? null : exprs.expr(c.columnExpr());
    }

    private static ExplainStatement.Kind explainKind(ExplainStatementContext c) {
        return c.AST() != null ? ExplainStatement.Kind.AST : c.SYNTAX() != null ? ExplainStatement.Kind.SYNTAX
                : c.PIPELINE() != null ? ExplainStatement.Kind.PIPELINE : c.ESTIMATE() != null ? ExplainStatement.Kind.ESTIMATE
                : ExplainStatement.Kind.PLAN;
    }

    /** TTL rules: their expressions (DELETE, the only action, is implied). */
    private List<Expr> ttl(List<TtlElementContext> elements) {
        List<Expr> out = new ArrayList<>();
        for (TtlElementContext e : elements) out.add(exprs.expr(e.columnExpr()));
        return out;
    }

    private PartitionSpec partition(PartitionSpecContext c) {
        if (c == null) {
            return null;
        }
        return c.ID() != null ? new PartitionSpec(null, TextEscaping.unquote(c.STRING_LITERAL().getText()))
                : new PartitionSpec(exprs.expr(c.columnExpr()), null);
    }

    private AlterCommand alterCommand(AlterCommandContext ctx) {
        return switch (ctx) {
            case AlterAddColumnContext c -> new AlterCommand.AddColumn(column(c.columnDefinition()), c.IF() != null,
                    c.AFTER() != null ? identifier(c.identifier()) : null, c.FIRST() != null);
            case AlterDropColumnContext c -> new AlterCommand.DropColumn(identifier(c.identifier()), c.IF() != null);
            case AlterModifyColumnContext c -> new AlterCommand.ModifyColumn(column(c.columnDefinition()), c.IF() != null);
            case AlterRenameColumnContext c -> new AlterCommand.RenameColumn(identifier(c.identifier(0)), identifier(c.identifier(1)), c.IF() != null);
            case AlterCommentColumnContext c -> new AlterCommand.CommentColumn(identifier(c.identifier()),
                    TextEscaping.unquote(c.STRING_LITERAL().getText()), c.IF() != null);
            case AlterClearColumnContext c -> new AlterCommand.ClearColumn(identifier(c.identifier()), c.IF() != null, partition(c.partitionSpec()));
            case AlterAddIndexContext c -> new AlterCommand.AddIndex(new IndexDef(identifier(c.identifier(0)), exprs.expr(c.columnExpr()),
                    exprs.typeText(c.dataType()), c.DECIMAL_LITERAL() == null ? null : Long.parseLong(c.DECIMAL_LITERAL().getText())),
                    c.IF() != null, c.AFTER() != null ? identifier(c.identifier(1)) : null, c.FIRST() != null);
            case AlterDropIndexContext c -> new AlterCommand.DropIndex(identifier(c.identifier()), c.IF() != null);
            case AlterMaterializeIndexContext c -> new AlterCommand.MaterializeIndex(identifier(c.identifier()), c.IF() != null, partition(c.partitionSpec()));
            case AlterDeleteContext c -> new AlterCommand.Delete(exprs.expr(c.columnExpr()), partition(c.partitionSpec()));
            case AlterUpdateContext c -> {
                Map<String, Expr> assignments = new LinkedHashMap<>();
                for (AssignmentContext a : c.assignment()) {
                    assignments.put(identifier(a.identifier()), exprs.expr(a.columnExpr()));
                }
                yield new AlterCommand.Update(assignments, exprs.expr(c.columnExpr()), partition(c.partitionSpec()));
            }
            case AlterPartitionContext c -> new AlterCommand.PartitionCommand(c.DETACHED() != null ? AlterCommand.PartitionAction.DROP_DETACHED
                    : c.DROP() != null ? AlterCommand.PartitionAction.DROP
                    : c.DETACH() != null ? AlterCommand.PartitionAction.DETACH : AlterCommand.PartitionAction.ATTACH, partition(c.partitionSpec()));
            case AlterModifyOrderByContext c -> new AlterCommand.ModifyOrderBy(exprs.expr(c.columnExpr()));
            case AlterModifyTtlContext c -> new AlterCommand.ModifyTtl(ttl(c.ttlElement()));
            case AlterModifySettingContext c -> new AlterCommand.ModifySettings(settings(c.settingItem()));
            default -> throw ExprBuilder.error(ctx, "unsupported ALTER command");
        };
    }

    /** SYSTEM words, with a dotted name such as db.t glued into one word. */
    private static List<String> words(List<SystemWordContext> tokens) {
        List<String> words = new ArrayList<>();
        boolean glue = false;
        for (SystemWordContext w : tokens) {
            Token t = w.getStart();
            String s = t.getType() == ClickHouseLexer.BACKQUOTED_IDENTIFIER || t.getType() == ClickHouseLexer.DOUBLE_QUOTED_IDENTIFIER
                    || t.getType() == ClickHouseLexer.STRING_LITERAL ? TextEscaping.unquote(t.getText()) : t.getText();
            if (t.getType() == ClickHouseLexer.DOT && !words.isEmpty()) {
                words.set(words.size() - 1, words.getLast() + ".");
                glue = true;
            } else if (glue) {
                words.set(words.size() - 1, words.getLast() + s);
                glue = false;
            } else {
                words.add(s);
            }
        }
        return words;
    }
}
