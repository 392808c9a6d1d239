package io.strata.server.query;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.InsertBlocks;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QueryRunner;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.EngineClause;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableWriter;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.FunctionRegistry;
import io.strata.formats.Formats;
import io.strata.formats.InputReader;
import io.strata.server.catalog.Catalog;
import io.strata.server.catalog.CreateTableRenderer;
import io.strata.server.system.RowsBuilder;
import io.strata.sql.analyzer.CatalogView;
import io.strata.sql.analyzer.TableHandle;
import io.strata.sql.ast.CodecSpec;
import io.strata.sql.ast.ColumnDef;
import io.strata.sql.ast.CreateDatabaseStatement;
import io.strata.sql.ast.CreateTableStatement;
import io.strata.sql.ast.DescribeStatement;
import io.strata.sql.ast.DropStatement;
import io.strata.sql.ast.ExistsStatement;
import io.strata.sql.ast.ExplainStatement;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.InsertStatement;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.ObjectKind;
import io.strata.sql.ast.RenameStatement;
import io.strata.sql.ast.SelectStatement;
import io.strata.sql.ast.SelectUnion;
import io.strata.sql.ast.SetStatement;
import io.strata.sql.ast.ShowCreateStatement;
import io.strata.sql.ast.ShowDatabasesStatement;
import io.strata.sql.ast.ShowTablesStatement;
import io.strata.sql.ast.SqlFormatter;
import io.strata.sql.ast.Statement;
import io.strata.sql.ast.TableName;
import io.strata.sql.ast.TableRef;
import io.strata.sql.ast.TruncateStatement;
import io.strata.sql.ast.UseStatement;
import io.strata.sql.parser.SqlParser;
import io.strata.sql.parser.SyntaxErrorException;
import io.strata.sql.planner.PlannedQuery;
import io.strata.sql.planner.SelectPlanner;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The engine's {@link QueryRunner}: parses one statement, runs DDL against the catalog, plans
 * SELECTs and INSERTs, and returns a streaming execution.
 */
public final class StrataQueryRunner implements QueryRunner {
    private final Catalog catalog;
    private final FunctionRegistry registry;
    private final ZoneId serverZone;
    private final TableFunctions tableFunctions;
    private final ProcessList processes;

    public StrataQueryRunner(Catalog catalog, FunctionRegistry registry, ZoneId serverZone) {
        this(catalog, registry, serverZone, new ProcessList(ProcessList.Limits.DEFAULTS));
    }

    /** The table functions queries may call, for system.table_functions. */
    public List<String> tableFunctionNames() {
        return TableFunctions.names();
    }

    /** A runner whose queries enter {@code processes} (limits, system.processes, KILL QUERY). */
    public StrataQueryRunner(Catalog catalog, FunctionRegistry registry, ZoneId serverZone, ProcessList processes) {
        this.catalog = catalog;
        this.registry = registry;
        this.serverZone = serverZone;
        this.tableFunctions = new TableFunctions(registry, catalog.dataPath());
        this.processes = processes;
    }

    /** The queries running through this runner. */
    public ProcessList processes() {
        return processes;
    }

    @Override
    public QueryExecution execute(QueryRequest request) {
        return execute(request, null);
    }

    @Override
    public QueryExecution execute(QueryRequest request, InsertBlocks blocks) {
        QuerySession session = request.session();
        String queryId = request.queryId() == null ? UUID.randomUUID().toString() : request.queryId();
        Settings settings = session.settings().withAll(request.settings());
        String sql = request.sql();
        long maxQuerySize = settings.getLong("max_query_size");
        Statement statement;
        String statementText; // without leading comments: INSERT data offsets count from its start
        try {
            io.strata.sql.parser.ParsedStatement parsed = SqlParser.parseSingle(sql);
            statement = parsed.statement();
            statementText = parsed.text();
        } catch (SyntaxErrorException e) {
            throw new DbException(ErrorCode.SYNTAX_ERROR, e.getMessage());
        }
        String outputFormat = null; // FORMAT after DESCRIBE, SHOW, EXISTS...: the rows go out in it
        if (statement instanceof io.strata.sql.ast.FormattedStatement f) {
            statement = f.statement();
            outputFormat = f.format();
        }
        if (maxQuerySize > 0 && sql.length() > maxQuerySize && !(statement instanceof InsertStatement)) {
            throw new DbException(ErrorCode.SYNTAX_ERROR, "Max query size exceeded");
        }
        checkReadonly(statement, settings.getLong("readonly"));
        Settings shown = withQuerySettings(statement, settings);
        RunningQuery running = processes.start(queryId, session.user(), request.client(), QueryKinds.text(statement, sql),
                QueryKinds.of(statement), QueryKinds.unlimited(statement), shown, session.database(),
                QueryKinds.parallel(statement) ? shown.maxThreads() : 1);
        try {
            if (request.cancellation() != null) request.cancellation().onCancel(running::cancel);
            Statement st = statement;
            // every execution context created while the statement runs joins the running query
            QueryExecution e = ScopedValue.where(ExecutionContext.OWNER, running)
                    .call(() -> run(st, statementText, request, blocks, session, settings, queryId));
            if (outputFormat != null) e = new FormatOverride(e, outputFormat);
            return new TrackedExecution(e, running);
        } catch (RuntimeException | Error t) {
            running.finish();
            throw t;
        }
    }

    /** {@code settings} with a SELECT's own SETTINGS clauses applied, as select() applies them. */
    private static Settings withQuerySettings(Statement statement, Settings settings) {
        if (!(statement instanceof SelectStatement s)) return settings;
        Settings effective = settings.withAll(settingsOf(s.settings()));
        for (var q : s.query().queries()) effective = effective.withAll(settingsOf(q.settings()));
        return effective;
    }

    private QueryExecution run(Statement statement, String statementText, QueryRequest request, InsertBlocks blocks,
                               QuerySession session, Settings settings, String queryId) {
        return switch (statement) {
            case SelectStatement s -> select(s, session, settings, request.parameters(), queryId);
            case InsertStatement s -> insert(s, statementText, request.data(), blocks, session, settings, request.parameters(), queryId);
            case CreateDatabaseStatement s -> {
                catalog.createDatabase(s.name(), s.ifNotExists());
                yield empty(settings, queryId);
            }
            case CreateTableStatement s -> createTable(s, session, settings, request.parameters(), queryId);
            case io.strata.sql.ast.CreateViewStatement s -> {
                Views.create(s, db(s.name(), session), catalog, q -> planner(session, settings, request.parameters()).plan(q));
                yield empty(settings, queryId);
            }
            case DropStatement s -> {
                drop(s, session);
                yield empty(settings, queryId);
            }
            case TruncateStatement s -> {
                String db = db(s.table(), session);
                TableHandle temporary = s.table().database() == null ? SessionTables.find(session, s.table().name()) : null;
                if (temporary == null && s.ifExists() && !catalog.tableExists(db, s.table().name())) yield empty(settings, queryId);
                (temporary != null ? temporary : catalog.table(db, s.table().name())).engine().truncate();
                yield empty(settings, queryId);
            }
            case RenameStatement s -> {
                for (RenameStatement.Pair p : s.pairs()) {
                    catalog.renameTable(db(p.from(), session), p.from().name(), db(p.to(), session), p.to().name(),
                            CreateTableRenderer::render);
                }
                yield empty(settings, queryId);
            }
            case ExistsStatement s -> {
                boolean exists = s.kind() == ObjectKind.DATABASE ? catalog.databaseExists(s.name().name())
                        : s.temporary() ? SessionTables.find(session, s.name().name()) != null
                        : catalog.tableExists(db(s.name(), session), s.name().name());
                RowsBuilder r = new RowsBuilder(Header.of("result", DataTypes.UINT8));
                r.add(exists ? 1 : 0);
                yield rows(r, settings, queryId, null);
            }
            case ShowDatabasesStatement s -> {
                RowsBuilder r = new RowsBuilder(Header.of("name", DataTypes.STRING));
                for (String d : catalog.databaseNames()) {
                    if (s.like() == null || like(d, s.like().pattern(), s.like().caseInsensitive()) != s.like().negated()) r.add(d);
                }
                yield rows(r, settings, queryId, null);
            }
            case ShowTablesStatement s -> {
                String db = s.database() != null ? s.database() : session.database();
                RowsBuilder r = new RowsBuilder(Header.of("name", DataTypes.STRING));
                List<String> tableNames = new ArrayList<>();
                if (s.temporary()) tableNames.addAll(SessionTables.of(session).names());
                else for (TableHandle t : catalog.tables(db)) tableNames.add(t.definition().name());
                for (String n : tableNames) {
                    if (s.like() == null || like(n, s.like().pattern(), s.like().caseInsensitive()) != s.like().negated()) r.add(n);
                }
                yield rows(r, settings, queryId, null);
            }
            case ShowCreateStatement s -> {
                RowsBuilder r = new RowsBuilder(Header.of("statement", DataTypes.STRING));
                if (s.kind() == ObjectKind.DATABASE) {
                    if (!catalog.databaseExists(s.name().name())) throw Catalog.unknownDatabase(s.name().name());
                    r.add("CREATE DATABASE " + s.name().name() + "\nENGINE = Atomic");
                } else {
                    TableHandle temporary = s.name().database() == null ? SessionTables.find(session, s.name().name()) : null;
                    TableHandle h = temporary != null ? temporary : catalog.table(db(s.name(), session), s.name().name());
                    String create = CreateTableRenderer.render(h.definition());
                    r.add(temporary == null ? create
                            : create.replaceFirst("^CREATE TABLE " + SessionTables.DATABASE + "\\.", "CREATE TEMPORARY TABLE "));
                }
                yield rows(r, settings, queryId, null);
            }
            case DescribeStatement s -> describe(s, session, settings, request.parameters(), queryId);
            case UseStatement s -> {
                if (!catalog.databaseExists(s.database())) throw Catalog.unknownDatabase(s.database());
                session.setDatabase(s.database());
                yield empty(settings, queryId);
            }
            case SetStatement s -> {
                Settings updated = session.settings();
                for (Map.Entry<String, Expr> e : s.settings().entrySet()) updated = updated.with(e.getKey(), settingValue(e.getValue()));
                session.setSettings(updated);
                yield empty(settings, queryId);
            }
            case ExplainStatement s -> explain(s, session, settings, request.parameters(), queryId);
            case io.strata.sql.ast.OptimizeStatement s -> {
                TableHandle h = table(s.table(), session);
                h.engine().optimize(partitionText(s.partition()), s.isFinal(), s.deduplicate());
                yield empty(settings, queryId);
            }
            case io.strata.sql.ast.AlterTableStatement s when IndexDefinitions.onlyIndexCommands(s.commands()) -> {
                TableHandle h = catalog.table(db(s.table(), session), s.table().name());
                IndexDefinitions.alter(catalog, h, s.commands(), StrataQueryRunner::partitionText);
                yield empty(settings, queryId);
            }
            case io.strata.sql.ast.CheckTableStatement s -> {
                TableHandle h = catalog.table(db(s.table(), session), s.table().name());
                List<io.strata.core.table.TableEngine.CheckResult> results = h.engine().check();
                if (settings.getBool("check_query_single_value_result")) {
                    RowsBuilder r = new RowsBuilder(Header.of("result", DataTypes.UINT8));
                    boolean ok = true;
                    for (var c : results) ok &= c.passed();
                    r.add(ok ? 1 : 0);
                    yield rows(r, settings, queryId, null);
                }
                RowsBuilder r = new RowsBuilder(Header.of("part_path", DataTypes.STRING, "is_passed", DataTypes.UINT8,
                        "message", DataTypes.STRING));
                for (var c : results) r.add(c.partPath(), c.passed() ? 1 : 0, c.message());
                yield rows(r, settings, queryId, null);
            }
            case io.strata.sql.ast.AlterTableStatement s -> {
                Settings effective = settings.withAll(settingsOf(s.settings()));
                new TableAlterations(catalog, planner(session, effective, request.parameters())).alter(db(s.table(), session), s, effective);
                yield empty(settings, queryId);
            }
            case io.strata.sql.ast.DeleteStatement s -> {
                Settings effective = settings.withAll(settingsOf(s.settings()));
                new TableAlterations(catalog, planner(session, effective, request.parameters())).delete(db(s.table(), session), s, effective);
                yield empty(settings, queryId);
            }
            case io.strata.sql.ast.KillMutationStatement s -> killMutation(s, session, settings, request.parameters(), queryId);
            case io.strata.sql.ast.KillQueryStatement s -> killQuery(s, session, settings, request.parameters(), queryId);
            case io.strata.sql.ast.ShowProcessListStatement s ->
                    select((SelectStatement) SqlParser.parseStatement("SELECT * FROM system.processes"), session, settings,
                            request.parameters(), queryId);
            case io.strata.sql.ast.SystemStatement s -> {
                system(s, session);
                yield empty(settings, queryId);
            }
            default -> throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Statement " + statement.getClass().getSimpleName()
                    .replace("Statement", "") + " is not supported yet");
        };
    }

    /**
     * {@code KILL MUTATION WHERE cond}: the mutations system.mutations lists under the condition
     * are forgotten (TEST only lists them); one row per mutation with its kill_status.
     */
    private QueryExecution killMutation(io.strata.sql.ast.KillMutationStatement s, QuerySession session, Settings settings,
                                        Map<String, String> params, String queryId) {
        String select = "SELECT database, table, mutation_id, command FROM system.mutations WHERE " + SqlFormatter.format(s.where());
        PlannedQuery p = planner(session, settings, params).plan(((SelectStatement) SqlParser.parseStatement(select)).query());
        ExecutionContext ctx = new ExecutionContext(settings, functionContext(settings), new QueryProgress());
        RowsBuilder r = new RowsBuilder(Header.of("kill_status", DataTypes.STRING, "database", DataTypes.STRING, "table", DataTypes.STRING,
                "mutation_id", DataTypes.STRING, "command", DataTypes.STRING));
        try (ChunkSource src = p.open().apply(ctx)) {
            for (Chunk c = src.next(); c != null; c = src.next()) {
                for (int i = 0; i < c.rowCount(); i++) {
                    String[] v = new String[4];
                    for (int k = 0; k < 4; k++) v[k] = ((io.strata.core.column.StringColumn) c.column(k).materialize()).getString(i);
                    String status = "unknown";
                    if (!"TEST".equals(s.mode())) {
                        status = catalog.tableExists(v[0], v[1]) && catalog.table(v[0], v[1]).engine().killMutation(v[2]) ? "waiting" : "finished";
                    }
                    r.add(status, v[0], v[1], v[2], v[3]);
                }
            }
        }
        return rows(r, settings, queryId, null);
    }

    /** {@code KILL QUERY WHERE cond}: the queries system.processes lists under the condition, this one excepted. */
    private QueryExecution killQuery(io.strata.sql.ast.KillQueryStatement s, QuerySession session, Settings settings,
                                     Map<String, String> params, String queryId) {
        String select = "SELECT query_id, user, query FROM system.processes WHERE " + SqlFormatter.format(s.where());
        PlannedQuery p = planner(session, settings, params).plan(((SelectStatement) SqlParser.parseStatement(select)).query());
        ExecutionContext ctx = new ExecutionContext(settings, functionContext(settings), new QueryProgress());
        List<KillQuery.Target> targets = new ArrayList<>();
        try (ChunkSource src = p.open().apply(ctx)) {
            for (Chunk c = src.next(); c != null; c = src.next()) {
                for (int i = 0; i < c.rowCount(); i++) {
                    String[] v = new String[3];
                    for (int k = 0; k < 3; k++) v[k] = ((io.strata.core.column.StringColumn) c.column(k).materialize()).getString(i);
                    if (!v[0].equals(queryId)) targets.add(new KillQuery.Target(v[0], v[1], v[2]));
                }
            }
        }
        // as ClickHouse: no result at all when the condition selects no query
        if (targets.isEmpty()) return empty(settings, queryId);
        return rows(KillQuery.run(processes, targets, s.mode(), ctx), settings, queryId, null);
    }

    /** SYSTEM STOP MERGES / START MERGES [db.]table: pauses or resumes merges and mutations. */
    private void system(io.strata.sql.ast.SystemStatement s, QuerySession session) {
        List<String> w = s.words().stream().map(StrataQueryRunner::upper).toList();
        if (w.size() >= 2 && (w.get(0).equals("STOP") || w.get(0).equals("START")) && w.get(1).equals("MERGES") && w.size() <= 3) {
            boolean stop = w.get(0).equals("STOP");
            if (w.size() == 3) {
                String name = s.words().get(2);
                int dot = name.indexOf('.');
                String db = dot < 0 ? session.database() : name.substring(0, dot);
                catalog.table(db, dot < 0 ? name : name.substring(dot + 1)).engine().stopMerges(stop);
            } else {
                for (String db : catalog.databaseNames()) {
                    if (db.equals(Catalog.SYSTEM)) continue;
                    for (TableHandle t : catalog.tables(db)) t.engine().stopMerges(stop);
                }
            }
            return;
        }
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "SYSTEM " + String.join(" ", s.words()) + " is not supported yet");
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** A PARTITION clause as the engine takes it: {@code ID 'x'} or the expression's SQL. */
    private static String partitionText(io.strata.sql.ast.PartitionSpec p) {
        if (p == null) return null;
        if (p.id() != null) return "ID " + SqlFormatter.quoteString(p.id());
        return SqlFormatter.format(p.expr());
    }

    private static boolean isReadOnly(Statement s) {
        return s instanceof SelectStatement || s instanceof ShowDatabasesStatement || s instanceof ShowTablesStatement
                || s instanceof ShowCreateStatement || s instanceof DescribeStatement || s instanceof ExistsStatement
                || s instanceof ExplainStatement || s instanceof UseStatement
                || s instanceof io.strata.sql.ast.ShowProcessListStatement;
    }

    /**
     * ClickHouse's {@code readonly}: 1 allows read queries and USE; 2 also SET (of anything but
     * readonly itself) and CREATE TEMPORARY TABLE.
     */
    private static void checkReadonly(Statement statement, long readonly) {
        if (readonly <= 0 || isReadOnly(statement)) return;
        if (statement instanceof SetStatement set) {
            for (String name : set.settings().keySet()) {
                if (readonly == 1 || name.equals("readonly")) {
                    throw new DbException(ErrorCode.READONLY, "Cannot modify '" + name + "' setting in readonly mode");
                }
            }
            return;
        }
        if (readonly >= 2 && statement instanceof CreateTableStatement c && c.temporary()) return;
        throw new DbException(ErrorCode.READONLY, "Cannot execute query in readonly mode");
    }

    private static String settingValue(Expr e) {
        if (e instanceof Literal l) {
            Object v = l.value();
            if (v instanceof Boolean b) return b ? "1" : "0";
            return String.valueOf(v);
        }
        return SqlFormatter.format(e);
    }

    private static Map<String, String> settingsOf(Map<String, Expr> m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> e : m.entrySet()) out.put(e.getKey(), settingValue(e.getValue()));
        return out;
    }

    private String db(TableName t, QuerySession session) {
        return t.database() != null ? t.database() : session.database();
    }

    /** The table a name means: a session's temporary table first when no database is written. */
    private TableHandle table(TableName t, QuerySession session) {
        if (t.database() == null) {
            TableHandle temporary = SessionTables.find(session, t.name());
            if (temporary != null) return temporary;
        }
        return catalog.table(db(t, session), t.name());
    }

    private static boolean like(String s, String pattern, boolean ci) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%') re.append(".*");
            else if (c == '_') re.append('.');
            else if (c == '\\' && i + 1 < pattern.length()) re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), ci ? Pattern.CASE_INSENSITIVE | Pattern.DOTALL : Pattern.DOTALL).matcher(s).matches();
    }

    // ------------------------------------------------------------------------------------

    private FunctionContext functionContext(Settings settings) {
        String tz = settings.getString("session_timezone");
        ZoneId zone = tz.isEmpty() ? serverZone : ZoneId.of(tz);
        return new FunctionContext(zone, Instant.now(), settings);
    }

    private SelectPlanner planner(QuerySession session, Settings settings, Map<String, String> parameters) {
        return new SelectPlanner(catalogView(session), registry, functionContext(settings), settings,
                parameters == null ? Map.of() : parameters);
    }

    private CatalogView catalogView(QuerySession session) {
        return new CatalogView() {
            @Override
            public TableHandle table(String database, String name) {
                if (database == null) {
                    TableHandle temporary = SessionTables.find(session, name);
                    if (temporary != null) return temporary;
                }
                return catalog.table(database == null ? session.database() : database, name);
            }

            @Override
            public TableHandle tableFunction(String name, List<Column> arguments) {
                return tableFunctions.resolve(name, arguments);
            }

            @Override
            public boolean isTableFunction(String name) {
                return tableFunctions.exists(name);
            }

            @Override
            public String currentDatabase() {
                return session.database();
            }

            @Override
            public String currentUser() {
                return session.user();
            }

            @Override
            public java.nio.file.Path temporaryDirectory() {
                // the server's tmp path (<data>/tmp); the in-memory engine uses java.io.tmpdir
                return catalog.dataPath() == null ? CatalogView.super.temporaryDirectory() : catalog.dataPath().resolve("tmp");
            }
        };
    }

    private QueryExecution select(SelectStatement s, QuerySession session, Settings settings, Map<String, String> params,
                                  String queryId) {
        Settings effective = settings.withAll(settingsOf(s.settings()));
        for (var q : s.query().queries()) effective = effective.withAll(settingsOf(q.settings()));
        PlannedQuery plan = planner(session, effective, params).plan(s.query());
        ExecutionContext ctx = new ExecutionContext(effective, functionContext(effective), new QueryProgress());
        ChunkSource source = plan.open().apply(ctx);
        return new StreamingExecution(plan.header(), source, s.format(), ctx, queryId,
                plan.totals() == null ? null : plan.totals()::get);
    }

    private QueryExecution empty(Settings settings, String queryId) {
        ExecutionContext ctx = new ExecutionContext(settings, functionContext(settings), new QueryProgress());
        return new StreamingExecution(Header.EMPTY, null, null, ctx, queryId, null);
    }

    private QueryExecution rows(RowsBuilder r, Settings settings, String queryId, String format) {
        ExecutionContext ctx = new ExecutionContext(settings, functionContext(settings), new QueryProgress());
        Chunk c = r.build();
        List<Chunk> list = c.rowCount() == 0 ? List.of() : List.of(c);
        return new StreamingExecution(r.header(), new io.strata.server.engine.ChunkListSource(list), format, ctx, queryId, null);
    }

    private QueryExecution explain(ExplainStatement s, QuerySession session, Settings settings, Map<String, String> params,
                                   String queryId) {
        RowsBuilder r = new RowsBuilder(Header.of("explain", DataTypes.STRING));
        if (s.statement() instanceof SelectStatement sel) {
            List<String> lines = switch (s.kind()) {
                case AST -> io.strata.sql.ast.ExplainFormatter.ast(sel.query());
                case SYNTAX -> List.of(io.strata.sql.ast.ExplainFormatter.syntax(sel.query()).split("\n"));
                case PIPELINE -> io.strata.sql.planner.PlanExplainer.pipeline(planner(session, settings, params).plan(sel.query()).explain());
                default -> io.strata.sql.planner.PlanExplainer.plan(planner(session, settings, params).plan(sel.query()).explain());
            };
            for (String line : lines) if (!line.isBlank()) r.add(line);
        } else {
            r.add(SqlFormatter.format(s.statement()));
        }
        return rows(r, settings, queryId, null);
    }

    // ------------------------------------------------------------------------------------

    private QueryExecution describe(DescribeStatement s, QuerySession session, Settings settings, Map<String, String> params,
                                    String queryId) {
        DataType str = DataTypes.STRING;
        RowsBuilder r = new RowsBuilder(Header.of("name", str, "type", str, "default_type", str, "default_expression", str,
                "comment", str, "codec_expression", str, "ttl_expression", str));
        if (s.table() instanceof TableRef t && !(t.database() == null && false)) {
            TableHandle temporary = t.database() == null ? SessionTables.find(session, t.table()) : null;
            TableHandle h = temporary != null ? temporary : catalog.table(t.database() != null ? t.database() : session.database(), t.table());
            for (ColumnDefinition c : h.definition().columns()) {
                r.add(c.name(), c.type().name(), c.defaultKind().sql(), nz(c.defaultExpression()), nz(c.comment()),
                        c.codec() == null ? "" : c.codec(), nz(c.ttl()));
            }
        } else {
            io.strata.sql.ast.SelectQuery q = io.strata.sql.ast.SelectQuery.simple(
                    List.of(new io.strata.sql.ast.Asterisk(null)), s.table());
            PlannedQuery p = planner(session, settings, params).plan(SelectUnion.of(q));
            for (int i = 0; i < p.header().size(); i++) r.add(p.header().name(i), p.header().type(i).name(), "", "", "", "", "");
        }
        return rows(r, settings, queryId, null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void drop(DropStatement s, QuerySession session) {
        if (s.kind() != ObjectKind.DATABASE && s.name().database() == null
                && (s.temporary() || SessionTables.find(session, s.name().name()) != null)) {
            // DROP [TEMPORARY] TABLE t: the session's temporary table comes first, as it does for queries
            if (!SessionTables.of(session).drop(s.name().name()) && !s.ifExists()) {
                throw new DbException(ErrorCode.UNKNOWN_TABLE, "Temporary table " + s.name().name() + " does not exist");
            }
            return;
        }
        if (s.kind() == ObjectKind.DATABASE) {
            catalog.dropDatabase(s.name().name(), s.ifExists());
            if (s.name().name().equals(session.database())) session.setDatabase(Catalog.DEFAULT);
        } else {
            catalog.dropTable(db(s.name(), session), s.name().name(), s.ifExists());
        }
    }

    private QueryExecution createTable(CreateTableStatement s, QuerySession session, Settings settings,
                                       Map<String, String> params, String queryId) {
        if (s.temporary()) return createTemporaryTable(s, session, settings, params, queryId);
        String db = db(s.name(), session);
        if (!catalog.databaseExists(db)) throw Catalog.unknownDatabase(db);
        if (s.ifNotExists() && catalog.tableExists(db, s.name().name())) return empty(settings, queryId);
        List<ColumnDefinition> columns = new ArrayList<>();
        List<io.strata.core.table.IndexDefinition> indexes = new ArrayList<>();
        EngineClause engine = null;
        PlannedQuery asSelect = null;
        if (s.asTable() != null) {
            TableHandle other = catalog.table(db(s.asTable(), session), s.asTable().name());
            columns.addAll(other.definition().columns());
            indexes.addAll(other.definition().indexes());
            engine = other.definition().engine();
        }
        if (!s.indexes().isEmpty()) indexes = IndexDefinitions.of(s.indexes());
        if (s.asTableFunction() != null) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED, "CREATE TABLE AS table function is not supported yet");
        }
        for (ColumnDef c : s.columns()) columns.add(columnDefinition(c, s.storage().primaryKey() != null));
        if (s.asSelect() != null) {
            asSelect = planner(session, settings, params).plan(s.asSelect());
            if (s.columns().isEmpty()) {
                for (int i = 0; i < asSelect.header().size(); i++) {
                    columns.add(ColumnDefinition.of(asSelect.header().name(i), asSelect.header().type(i)));
                }
            }
        }
        if (s.storage().engine() != null) engine = engineClause(s);
        if (engine == null) {
            throw new DbException(ErrorCode.INCORRECT_QUERY, "Table engine is not specified in CREATE query");
        }
        if (columns.isEmpty()) {
            throw new DbException(ErrorCode.EMPTY_LIST_OF_COLUMNS_PASSED, "Empty list of columns passed");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ColumnDefinition c : columns) {
            if (!names.add(c.name())) throw new DbException(ErrorCode.DUPLICATE_COLUMN, "Column " + c.name() + " already exists");
        }
        if (!indexes.isEmpty() && !catalog.factory(engine.name()).supportsSkippingIndices()) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Engine " + engine.name() + " doesn't support skipping indices.");
        }
        // CREATE OR REPLACE of an existing table: the new table is made under a temporary name
        // first, so that a failing definition leaves the old one in place, then takes its name.
        boolean replace = s.orReplace() && catalog.tableExists(db, s.name().name());
        String createName = replace ? "_tmp_replace_" + s.name().name() + "_" + java.util.UUID.randomUUID().toString().replace("-", "")
                : s.name().name();
        TableDefinition def = new TableDefinition(db, createName, columns, engine, null, s.comment(), indexes);
        def = def.withCreateQuery(CreateTableRenderer.render(def));
        catalog.createTable(def, s.ifNotExists(), CreateTableRenderer::render);
        if (replace) {
            catalog.dropTable(db, s.name().name(), false);
            catalog.renameTable(db, createName, db, s.name().name(), CreateTableRenderer::render);
        }
        if (asSelect != null) {
            ExecutionContext ctx = new ExecutionContext(settings, functionContext(settings), new QueryProgress());
            insertChunks(catalog.table(db, s.name().name()), storedInsertColumns(def, null), asSelect.header(),
                    asSelect.open().apply(ctx), session, settings, params, ctx);
        }
        return empty(settings, queryId);
    }

    /**
     * CREATE TEMPORARY TABLE: a table of the session only (Memory unless an engine is given, as
     * ClickHouse allows since 23.3), without a database, dropped with the session.
     */
    private QueryExecution createTemporaryTable(CreateTableStatement s, QuerySession session, Settings settings,
                                                Map<String, String> params, String queryId) {
        if (s.name().database() != null) {
            throw new DbException(ErrorCode.BAD_DATABASE_FOR_TEMPORARY_TABLE,
                    "Temporary tables cannot be inside a database. You should not specify a database for a temporary table");
        }
        SessionTables tables = SessionTables.of(session);
        String name = s.name().name();
        if (tables.contains(name)) {
            if (s.ifNotExists()) return empty(settings, queryId);
            throw new DbException(ErrorCode.TABLE_ALREADY_EXISTS, "Temporary table " + name + " already exists");
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        for (ColumnDef c : s.columns()) columns.add(columnDefinition(c, s.storage().primaryKey() != null));
        PlannedQuery asSelect = null;
        if (s.asSelect() != null) {
            asSelect = planner(session, settings, params).plan(s.asSelect());
            if (s.columns().isEmpty()) {
                for (int i = 0; i < asSelect.header().size(); i++) {
                    columns.add(ColumnDefinition.of(asSelect.header().name(i), asSelect.header().type(i)));
                }
            }
        } else if (s.asTable() != null) {
            columns.addAll(table(s.asTable(), session).definition().columns());
        }
        if (columns.isEmpty()) throw new DbException(ErrorCode.EMPTY_LIST_OF_COLUMNS_PASSED, "Empty list of columns passed");
        EngineClause engine = s.storage().engine() != null ? engineClause(s)
                : EngineClause.of("Memory");
        TableDefinition def = new TableDefinition(SessionTables.DATABASE, name, columns, engine, null, s.comment(), List.of());
        TableHandle h = catalog.createDetachedTable(def, CreateTableRenderer::render);
        tables.add(h);
        if (asSelect != null) {
            ExecutionContext ctx = new ExecutionContext(settings, functionContext(settings), new QueryProgress());
            try {
                insertChunks(h, storedInsertColumns(h.definition(), null), asSelect.header(), asSelect.open().apply(ctx),
                        session, settings, params, ctx);
            } catch (RuntimeException e) {
                tables.drop(name);
                throw e;
            }
        }
        return empty(settings, queryId);
    }

    static ColumnDefinition columnDefinition(ColumnDef c, boolean unused) {
        if (c.type() == null && c.defaultExpr() == null) {
            throw new DbException(ErrorCode.UNKNOWN_TYPE, "Column " + c.name() + " has no type");
        }
        DataType type = c.type() == null ? DataTypes.STRING : DataTypes.parse(c.type());
        if (Boolean.TRUE.equals(c.nullable())) type = DataTypes.makeNullableSafe(type);
        ColumnDefinition.DefaultKind kind = c.defaultKind() == null ? ColumnDefinition.DefaultKind.NONE
                : ColumnDefinition.DefaultKind.valueOf(c.defaultKind().name());
        String codec = codecText(c);
        return new ColumnDefinition(c.name(), type, kind, c.defaultExpr() == null ? null : SqlFormatter.format(c.defaultExpr()),
                codec, c.comment(), c.ttl() == null ? null : SqlFormatter.format(c.ttl()));
    }

    /** A column's CODEC(...) list as the definition keeps it, or null without one. */
    static String codecText(ColumnDef c) {
        if (c.codecs().isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        for (CodecSpec cs : c.codecs()) {
            parts.add(cs.args().isEmpty() ? cs.name()
                    : cs.name() + "(" + String.join(", ", cs.args().stream().map(SqlFormatter::format).toList()) + ")");
        }
        return String.join(", ", parts);
    }

    private static EngineClause engineClause(CreateTableStatement s) {
        var st = s.storage();
        List<String> args = new ArrayList<>();
        if (st.engineArgs() != null) for (Expr e : st.engineArgs()) args.add(SqlFormatter.format(e));
        Map<String, String> set = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> e : st.settings().entrySet()) set.put(e.getKey(), SqlFormatter.format(e.getValue()));
        String ttl = st.ttl().isEmpty() ? null : String.join(", ", st.ttl().stream().map(SqlFormatter::format).toList());
        return new EngineClause(st.engine(), args, fmt(st.orderBy()), fmt(st.partitionBy()), fmt(st.primaryKey()),
                fmt(st.sampleBy()), ttl, set);
    }

    private static String fmt(Expr e) {
        return e == null ? null : SqlFormatter.format(e);
    }

    /** Re-creates a definition from its persisted CREATE statement (catalog start-up). */
    public TableDefinition definitionFromSql(String database, String sql) {
        Statement st;
        try {
            st = SqlParser.parseStatement(sql);
        } catch (SyntaxErrorException e) {
            throw new DbException(ErrorCode.SYNTAX_ERROR, "Cannot parse table metadata: " + e.getMessage());
        }
        if (!(st instanceof CreateTableStatement s)) {
            throw new DbException(ErrorCode.INCORRECT_QUERY, "Table metadata is not a CREATE TABLE statement");
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        for (ColumnDef c : s.columns()) columns.add(columnDefinition(c, false));
        TableDefinition def = new TableDefinition(database, s.name().name(), columns, engineClause(s), null, s.comment(),
                IndexDefinitions.of(s.indexes()));
        return def.withCreateQuery(CreateTableRenderer.render(def));
    }

    // ------------------------------------------------------------------------------------

    /** Columns an INSERT provides: the list given, else every ordinary (non-MATERIALIZED/ALIAS) column. */
    private static List<ColumnDefinition> storedInsertColumns(TableDefinition def, List<String> names) {
        List<ColumnDefinition> out = new ArrayList<>();
        if (names == null) {
            for (ColumnDefinition c : def.columns()) {
                if (c.defaultKind() == ColumnDefinition.DefaultKind.NONE || c.defaultKind() == ColumnDefinition.DefaultKind.DEFAULT) out.add(c);
            }
            return out;
        }
        for (String n : names) {
            ColumnDefinition c = def.column(n);
            if (c == null) {
                throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, "No such column " + n + " in table "
                        + def.database() + "." + def.name());
            }
            if (c.defaultKind() == ColumnDefinition.DefaultKind.MATERIALIZED || c.defaultKind() == ColumnDefinition.DefaultKind.ALIAS) {
                throw new DbException(ErrorCode.ILLEGAL_COLUMN, "Cannot insert column " + n + ", because it is "
                        + c.defaultKind().sql() + " column");
            }
            out.add(c);
        }
        return out;
    }

    private QueryExecution insert(InsertStatement s, String sql, InputStream body, InsertBlocks blocks, QuerySession session,
                                  Settings settings, Map<String, String> params, String queryId) {
        if (s.tableFunction() != null) throw new DbException(ErrorCode.NOT_IMPLEMENTED, "INSERT INTO FUNCTION is not supported yet");
        Settings effective = settings.withAll(settingsOf(s.settings()));
        TableHandle h = table(s.table(), session);
        List<ColumnDefinition> target = storedInsertColumns(h.definition(), s.columns());
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (ColumnDefinition c : target) {
            names.add(c.name());
            types.add(c.type());
        }
        Header header = new Header(names, types);
        ExecutionContext ctx = new ExecutionContext(effective, functionContext(effective), new QueryProgress());
        ChunkSource source;
        Header sourceHeader;
        InputReader input = null;
        if (s.select() != null) {
            PlannedQuery p = planner(session, effective, params).plan(s.select());
            if (p.header().size() != header.size()) {
                throw new DbException(ErrorCode.NUMBER_OF_COLUMNS_DOESNT_MATCH, "Number of columns doesn't match: "
                        + p.header().size() + " in SELECT, " + header.size() + " in table");
            }
            source = p.open().apply(ctx);
            sourceHeader = p.header();
        } else if (blocks != null && body == null && (s.data(sql).isBlank() || blocks.replacesInlineData())) {
            // the native protocol: the client learns the columns, then sends blocks of them
            source = blocks.open(header, h.definition());
            sourceHeader = header;
        } else {
            String inline = s.data(sql);
            InputStream in = new ByteArrayInputStream(inline.getBytes(StandardCharsets.UTF_8));
            if (body != null) in = new SequenceInputStream(in, body);
            // read in modest pieces; insertChunks squashes them into blocks of max_insert_block_size
            // rows (or min_insert_block_size_bytes), so memory stays bounded however large the input
            int block = (int) Math.min(65536, Math.max(1, effective.getLong("max_insert_block_size")));
            io.strata.formats.InputFormat format = Formats.input(s.format());
            io.strata.core.format.FormatSettings formatSettings = Formats.formatSettings(effective, functionContext(effective).timeZone());
            InputReader reader = io.strata.formats.text.ParallelLinesInput.applies(format, effective)
                    ? new io.strata.formats.text.ParallelLinesInput(in, format, header, formatSettings, effective, block)
                    : format.create(in, header, formatSettings, effective);
            source = () -> reader.read(block);
            sourceHeader = header;
            input = reader;
        }
        try {
            insertChunks(h, target, sourceHeader, source, session, effective, params, ctx);
            // rows skipped under input_format_allow_errors_*: the reader logged them, protocols may report them
            if (input != null) ctx.progress().skippedInputRows.addAndGet(input.skippedRows());
        } catch (io.strata.formats.values.ValuesExpressionException e) {
            if (s.select() != null || body != null || !"Values".equals(s.format())) throw e;
            // VALUES with expressions (e.g. (1 + 1, now())): read again field by field as ClickHouse's
            // Values format does, evaluating only the fields that are not literals, so the literals
            // beside them keep their exact values; the failed attempt committed nothing
            SelectPlanner planner = planner(session, effective, params);
            InputReader evaluating = new io.strata.formats.values.ValuesInputFormat().create(
                    new ByteArrayInputStream(s.data(sql).getBytes(StandardCharsets.UTF_8)), header,
                    Formats.formatSettings(effective, functionContext(effective).timeZone()),
                    (text, type) -> planner.cast(planner.compileOver(Header.EMPTY, SqlParser.parseExpression(text)), type)
                            .evaluate(new Chunk(new Column[0], 1)));
            ExecutionContext retry = new ExecutionContext(effective, functionContext(effective), new QueryProgress());
            int block = (int) Math.min(65536, Math.max(1, effective.getLong("max_insert_block_size")));
            insertChunks(h, target, header, () -> evaluating.read(block), session, effective, params, retry);
            ctx = retry;
        }
        return new StreamingExecution(Header.EMPTY, null, null, ctx, queryId, null);
    }

    /**
     * Converts source chunks to the table's stored columns (casts, DEFAULT/MATERIALIZED
     * expressions, type defaults) and writes them in one atomic commit.
     */
    private void insertChunks(TableHandle h, List<ColumnDefinition> target, Header sourceHeader, ChunkSource source,
                              QuerySession session, Settings settings, Map<String, String> params, ExecutionContext ctx) {
        SelectPlanner planner = planner(session, settings, params);
        TableDefinition def = h.definition();
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        List<Expression> provided = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            names.add(target.get(i).name());
            types.add(target.get(i).type());
            provided.add(planner.cast(new ColumnReference(i, sourceHeader.type(i)), target.get(i).type()));
        }
        // DEFAULT/MATERIALIZED expressions may refer to provided columns and to each other: compute
        // them in dependency order, each appended to the chunk as soon as its inputs exist
        List<String> known = new ArrayList<>(names);
        List<DataType> knownTypes = new ArrayList<>(types);
        List<Expression> computed = new ArrayList<>();
        List<ColumnDefinition> pending = new ArrayList<>();
        for (ColumnDefinition c : def.columns()) {
            if (!names.contains(c.name()) && c.defaultExpression() != null && !c.defaultExpression().isEmpty()
                    && c.defaultKind() != ColumnDefinition.DefaultKind.ALIAS) {
                pending.add(c);
            }
        }
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            DbException last = null;
            for (java.util.Iterator<ColumnDefinition> it = pending.iterator(); it.hasNext(); ) {
                ColumnDefinition c = it.next();
                Expression e;
                try {
                    e = planner.compileOver(new Header(known, knownTypes), SqlParser.parseExpression(c.defaultExpression()));
                } catch (DbException ex) {
                    if (ex.code() != ErrorCode.UNKNOWN_IDENTIFIER) throw ex;
                    last = ex;
                    continue;
                }
                computed.add(planner.cast(e, c.type()));
                known.add(c.name());
                knownTypes.add(c.type());
                it.remove();
                progress = true;
            }
            if (!progress && last != null) throw last;
        }
        List<Expression> stored = new ArrayList<>();
        for (ColumnDefinition c : def.storedColumns()) {
            int p = known.indexOf(c.name());
            if (p >= 0) {
                stored.add(new ColumnReference(p, c.type()));
            } else {
                stored.add(new io.strata.exec.expression.ConstantExpression(c.type().defaultColumn(1)));
            }
        }
        TableWriter writer = h.engine().writer(settings);
        boolean ok = false;
        long blockRows = Math.max(1, settings.getLong("max_insert_block_size"));
        // a block is held twice while it is sorted and written (and the next one is parsed meanwhile):
        // keep it to a small share of the heap whatever the setting says
        long blockBytes = Math.max(1, Math.min(settings.getLong("min_insert_block_size_bytes"), Runtime.getRuntime().maxMemory() / 16));
        List<Chunk> squash = new ArrayList<>();
        long squashRows = 0, squashBytes = 0;
        try (ChunkSource src = source) {
            Chunk c;
            while ((c = src.next()) != null) {
                ctx.checkInterrupted();
                if (c.rowCount() == 0) continue;
                Column[] prov = new Column[provided.size()];
                for (int i = 0; i < prov.length; i++) prov[i] = provided.get(i).evaluate(c).materialize();
                Chunk pc = new Chunk(prov, c.rowCount());
                for (Expression e : computed) {
                    Column[] ext = java.util.Arrays.copyOf(pc.columns(), pc.width() + 1);
                    ext[pc.width()] = e.evaluate(pc).materialize();
                    pc = new Chunk(ext, c.rowCount());
                }
                Column[] out = new Column[stored.size()];
                for (int i = 0; i < out.length; i++) out[i] = stored.get(i).evaluate(pc).materialize();
                Chunk sc = new Chunk(out, c.rowCount());
                squash.add(sc);
                squashRows += sc.rowCount();
                squashBytes += sc.byteSize();
                ctx.progress().writtenRows.addAndGet(sc.rowCount());
                ctx.progress().writtenBytes.addAndGet(sc.byteSize());
                if (squashRows >= blockRows || squashBytes >= blockBytes) {
                    writer.write(squash.size() == 1 ? squash.get(0) : io.strata.exec.operator.Columns.concat(squash));
                    squash.clear();
                    squashRows = squashBytes = 0;
                }
            }
            if (!squash.isEmpty()) {
                writer.write(squash.size() == 1 ? squash.get(0) : io.strata.exec.operator.Columns.concat(squash));
                squash.clear();
            }
            writer.commit();
            ok = true;
        } finally {
            if (!ok) writer.abort();
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
