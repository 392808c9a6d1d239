package io.strata.server.query;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.EngineClause;
import io.strata.core.table.TableDefinition;
import io.strata.server.catalog.Catalog;
import io.strata.server.catalog.CreateTableRenderer;
import io.strata.sql.ast.CreateViewStatement;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.SelectUnion;
import io.strata.sql.ast.SqlFormatter;
import io.strata.sql.planner.PlannedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * CREATE [OR REPLACE] VIEW [IF NOT EXISTS] v AS SELECT ...: a table with the View engine whose
 * columns are the query's result columns and whose engine argument is the query text.
 */
final class Views {
    private Views() {
    }

    static void create(CreateViewStatement s, String db, Catalog catalog, Function<SelectUnion, PlannedQuery> planner) {
        if (s.materialized()) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED, "MATERIALIZED VIEW is not supported yet");
        }
        if (!catalog.databaseExists(db)) throw Catalog.unknownDatabase(db);
        String name = s.name().name();
        if (s.ifNotExists() && catalog.tableExists(db, name)) return;
        // the view's tables are resolved in its own database, then and whenever it is read
        SelectUnion query = io.strata.sql.planner.ViewQuery.qualify(s.query(), db);
        PlannedQuery plan = planner.apply(query); // checks the query and gives the view's columns
        List<ColumnDefinition> columns = new ArrayList<>();
        for (int i = 0; i < plan.header().size(); i++) columns.add(ColumnDefinition.of(plan.header().name(i), plan.header().type(i)));
        String text = SqlFormatter.literal(Literal.of(SqlFormatter.format(query)));
        EngineClause engine = new EngineClause("View", List.of(text), null, null, null, null, null, Map.of());
        if (s.orReplace() && catalog.tableExists(db, name)) catalog.dropTable(db, name, true);
        TableDefinition def = new TableDefinition(db, name, columns, engine, null, null, List.of());
        catalog.createTable(def.withCreateQuery(CreateTableRenderer.render(def)), s.ifNotExists(), CreateTableRenderer::render);
    }
}
