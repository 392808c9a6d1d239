package io.strata.server.query;

import io.strata.sql.ast.AlterTableStatement;
import io.strata.sql.ast.AttachStatement;
import io.strata.sql.ast.CheckTableStatement;
import io.strata.sql.ast.CreateDatabaseStatement;
import io.strata.sql.ast.CreateTableStatement;
import io.strata.sql.ast.CreateViewStatement;
import io.strata.sql.ast.DeleteStatement;
import io.strata.sql.ast.DescribeStatement;
import io.strata.sql.ast.DropStatement;
import io.strata.sql.ast.ExchangeStatement;
import io.strata.sql.ast.ExistsStatement;
import io.strata.sql.ast.ExplainStatement;
import io.strata.sql.ast.InsertStatement;
import io.strata.sql.ast.KillMutationStatement;
import io.strata.sql.ast.KillQueryStatement;
import io.strata.sql.ast.OptimizeStatement;
import io.strata.sql.ast.RenameStatement;
import io.strata.sql.ast.SelectQuery;
import io.strata.sql.ast.SelectStatement;
import io.strata.sql.ast.SetStatement;
import io.strata.sql.ast.ShowProcessListStatement;
import io.strata.sql.ast.Statement;
import io.strata.sql.ast.SystemStatement;
import io.strata.sql.ast.TableRef;
import io.strata.sql.ast.TruncateStatement;
import io.strata.sql.ast.UseStatement;
import java.util.Locale;

/** What the {@link ProcessList} needs to know of a parsed statement before it runs. */
final class QueryKinds {
    private QueryKinds() {
    }

    /** ClickHouse's query kind (IAST::QueryKind) as system.processes names it. */
    static String of(Statement s) {
        return switch (s) {
            case SelectStatement _ -> ProcessList.SELECT;
            case InsertStatement _ -> ProcessList.INSERT;
            case CreateDatabaseStatement _ -> "Create";
            case CreateTableStatement _ -> "Create";
            case CreateViewStatement _ -> "Create";
            case AttachStatement _ -> "Create";
            case DropStatement _ -> "Drop";
            case TruncateStatement _ -> "Drop";
            case RenameStatement _ -> "Rename";
            case ExchangeStatement _ -> "Rename";
            case AlterTableStatement _ -> "Alter";
            case DeleteStatement _ -> "Delete";
            case OptimizeStatement _ -> "Optimize";
            case CheckTableStatement _ -> "Check";
            case SystemStatement _ -> "System";
            case SetStatement _ -> "Set";
            case UseStatement _ -> "Use";
            case ExistsStatement _ -> "Exists";
            case DescribeStatement _ -> "Describe";
            case ExplainStatement _ -> "Explain";
            case KillQueryStatement _ -> "KillQuery";
            case KillMutationStatement _ -> "KillQuery";
            default -> "Show";
        };
    }

    /**
     * Queries the concurrency limits never refuse, as in ClickHouse: KILL QUERY and reads of
     * system.processes (SHOW PROCESSLIST too), so an overloaded server can be looked at and relieved.
     */
    static boolean unlimited(Statement s) {
        if (s instanceof KillQueryStatement || s instanceof ShowProcessListStatement) return true;
        if (!(s instanceof SelectStatement sel) || sel.query().queries().isEmpty()) return false;
        SelectQuery first = sel.query().queries().getFirst();
        return first.from() instanceof TableRef t && t.database() != null
                && t.database().toLowerCase(Locale.ROOT).equals("system") && t.table().equals("processes");
    }

    /** Statements that run query pipelines and so may use several worker threads. */
    static boolean parallel(Statement s) {
        return s instanceof SelectStatement
                || s instanceof InsertStatement i && i.select() != null
                || s instanceof CreateTableStatement c && c.asSelect() != null
                || s instanceof AlterTableStatement || s instanceof DeleteStatement;
    }

    /** The text system.processes shows: an INSERT without its inline data, as ClickHouse does. */
    static String text(Statement s, String sql) {
        if (s instanceof InsertStatement i) {
            String data = i.data(sql);
            if (!data.isEmpty()) return sql.substring(0, sql.length() - data.length()).strip();
        }
        return sql.strip();
    }
}
