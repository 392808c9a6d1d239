package io.strata.server.catalog;

import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.EngineClause;
import io.strata.core.table.IndexDefinition;
import io.strata.core.table.TableDefinition;
import java.util.Map;

/**
 * Renders a table definition as ClickHouse's SHOW CREATE TABLE prints it; the same text is the
 * table's persisted metadata file, re-parsed at start-up.
 */
public final class CreateTableRenderer {
    private CreateTableRenderer() {
    }

    public static String render(TableDefinition def) {
        return render(def, false);
    }

    /**
     * The CREATE statement on one line when {@code oneLine} (system.tables.create_table_query:
     * {@code CREATE TABLE db.t (`a` UInt8) ENGINE = ...}), else as SHOW CREATE TABLE prints it.
     */
    public static String render(TableDefinition def, boolean oneLine) {
        String clauseSeparator = oneLine ? " " : "\n";
        StringBuilder sb = new StringBuilder("CREATE TABLE ");
        sb.append(quoteIfNeeded(def.database())).append('.').append(quoteIfNeeded(def.name())).append(oneLine ? " (" : "\n(\n");
        boolean first = true;
        for (ColumnDefinition c : def.columns()) {
            if (!first) sb.append(oneLine ? ", " : ",\n");
            first = false;
            if (!oneLine) sb.append("    ");
            sb.append(backquote(c.name())).append(' ').append(c.type().name());
            if (c.defaultKind() != ColumnDefinition.DefaultKind.NONE) {
                sb.append(' ').append(c.defaultKind().sql());
                if (c.defaultExpression() != null && !c.defaultExpression().isEmpty()) {
                    sb.append(' ').append(c.defaultExpression());
                }
            }
            if (c.comment() != null && !c.comment().isEmpty()) sb.append(" COMMENT ").append(quoteString(c.comment()));
            if (c.codec() != null && !c.codec().isEmpty()) sb.append(" CODEC(").append(c.codec()).append(')');
            if (c.ttl() != null && !c.ttl().isEmpty()) sb.append(" TTL ").append(c.ttl());
        }
        for (IndexDefinition i : def.indexes()) {
            sb.append(oneLine ? ", " : ",\n    ").append("INDEX ").append(quoteIfNeeded(i.name())).append(' ').append(i.expression())
                    .append(" TYPE ").append(i.type()).append(" GRANULARITY ").append(i.granularity());
        }
        sb.append(oneLine ? ")" : "\n)").append(clauseSeparator).append("ENGINE = ").append(engine(def.engine(), clauseSeparator));
        if (def.comment() != null && !def.comment().isEmpty()) {
            sb.append(clauseSeparator).append("COMMENT ").append(quoteString(def.comment()));
        }
        return sb.toString();
    }

    /**
     * The engine clause without {@code ENGINE = }: name, arguments, PARTITION BY, PRIMARY KEY,
     * ORDER BY, SAMPLE BY, TTL, SETTINGS, each clause after {@code separator} (a new line in SHOW
     * CREATE TABLE, a space in system.tables.engine_full).
     */
    public static String engine(EngineClause e, String separator) {
        StringBuilder sb = new StringBuilder(e.name());
        if (!e.arguments().isEmpty()) sb.append('(').append(String.join(", ", e.arguments())).append(')');
        if (e.partitionBy() != null) sb.append(separator).append("PARTITION BY ").append(e.partitionBy());
        if (e.primaryKey() != null) sb.append(separator).append("PRIMARY KEY ").append(e.primaryKey());
        if (e.orderBy() != null) sb.append(separator).append("ORDER BY ").append(e.orderBy());
        if (e.sampleBy() != null) sb.append(separator).append("SAMPLE BY ").append(e.sampleBy());
        if (e.ttl() != null) sb.append(separator).append("TTL ").append(e.ttl());
        if (!e.settings().isEmpty()) {
            sb.append(separator).append("SETTINGS ");
            boolean first = true;
            for (Map.Entry<String, String> s : e.settings().entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(s.getKey()).append(" = ").append(s.getValue());
            }
        }
        return sb.toString();
    }

    public static String backquote(String name) {
        return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`";
    }

    /** Identifiers are printed bare when they are plain words, as ClickHouse does for db.table. */
    public static String quoteIfNeeded(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : backquote(name);
    }

    public static String quoteString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
