package io.strata.server;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.QueryRunner;
import io.strata.core.settings.Settings;
import io.strata.core.table.TableEngineFactory;
import io.strata.core.type.DataType;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.FunctionRegistry;
import io.strata.server.catalog.Catalog;
import io.strata.server.query.ProcessList;
import io.strata.server.query.StrataQueryRunner;
import io.strata.server.system.ProcessTables;
import io.strata.server.system.SystemTables;
import io.strata.sql.analyzer.CatalogView;
import io.strata.sql.analyzer.TableHandle;
import io.strata.sql.parser.SqlParser;
import io.strata.sql.planner.SelectPlanner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The composition root of one Strata instance: catalog, function registry, engines and the
 * query runner. `strata server` and `strata local` both open one; tests open in-memory ones.
 */
public final class Engine implements AutoCloseable {
    private final Catalog catalog;
    private final StrataQueryRunner runner;
    private final ZoneId timeZone;

    private Engine(Catalog catalog, StrataQueryRunner runner, ZoneId timeZone) {
        this.catalog = catalog;
        this.runner = runner;
        this.timeZone = timeZone;
    }

    /**
     * Opens an engine. With a data path, databases and table definitions persist under it;
     * with null, everything lives in memory.
     */
    public static Engine open(Path dataPath) {
        ZoneId zone = ZoneId.systemDefault();
        FunctionRegistry registry = FunctionRegistry.get();
        registry.setCombinatorResolver(io.strata.exec.function.aggregate.AggregateFunctions::resolveCombinators);
        TableEngineFactory.EngineServices services = new TableEngineFactory.EngineServices() {
            @Override
            public TableEngineFactory.CompiledExpression compile(String sql, Header input) {
                SelectPlanner planner = new SelectPlanner(noTables(), registry,
                        new FunctionContext(zone, Instant.now(), Settings.DEFAULTS), Settings.DEFAULTS, Map.of());
                Expression e = planner.compileOver(input, SqlParser.parseExpression(sql));
                return new TableEngineFactory.CompiledExpression() {
                    @Override public DataType type() { return e.type(); }
                    @Override public Column evaluate(Chunk chunk) { return e.evaluate(chunk); }
                };
            }

            @Override
            public Settings settings() {
                return Settings.DEFAULTS;
            }
        };
        Catalog catalog = new Catalog(dataPath == null ? null : dataPath.toAbsolutePath(), services);
        ProcessList processes = new ProcessList(ProcessList.Limits.DEFAULTS);
        StrataQueryRunner runner = new StrataQueryRunner(catalog, registry, zone, processes);
        SystemTables.register(catalog, registry);
        io.strata.server.system.TableFunctionsTable.register(catalog, runner::tableFunctionNames);
        ProcessTables.register(catalog, processes);
        catalog.load(runner::definitionFromSql);
        return new Engine(catalog, runner, zone);
    }

    private static CatalogView noTables() {
        return new CatalogView() {
            @Override public TableHandle table(String database, String name) { throw Catalog.unknownTable(database, name); }
            @Override public TableHandle tableFunction(String name, List<Column> arguments) { throw Catalog.unknownTable("", name); }
            @Override public boolean isTableFunction(String name) { return false; }
            @Override public String currentDatabase() { return Catalog.DEFAULT; }
        };
    }

    /** The runner protocols execute queries through. */
    public QueryRunner runner() {
        return runner;
    }

    /** The queries running now (limits, system.processes, KILL QUERY); the server configures its limits. */
    public ProcessList processes() {
        return runner.processes();
    }

    /** The catalog (tests and tools that reach a table's engine directly). */
    public Catalog catalog() {
        return catalog;
    }

    /** Splits a script into statement texts (respecting strings, comments and inline INSERT data). */
    public static List<String> splitStatements(String script) {
        return SqlParser.splitStatements(script);
    }

    /** The server's time zone (X-ClickHouse-Timezone, DateTime without explicit zone). */
    public ZoneId timeZone() {
        return timeZone;
    }

    @Override
    public void close() {
        catalog.close();
    }
}
