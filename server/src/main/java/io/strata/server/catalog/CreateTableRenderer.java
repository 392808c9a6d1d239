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
        StringBuilder sb = new StringBuilder("CREATE TABLE ");
        sb.append(quoteIfNeeded(def.database())).append('.').append(quoteIfNeeded(def.name())).append("\n(\n");
        boolean first = true;
        for (ColumnDefinition c : def.columns()) {
            if (!first) sb.append(",\n");
            first = false;
            sb.append("    ").append(backquote(c.name())).append(' ').append(c.type().name());
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
            sb.append(",\n    INDEX ").append(quoteIfNeeded(i.name())).append(' ').append(i.expression()).append(" TYPE ")
                    .append(i.type()).append(" GRANULARITY ").append(i.granularity());
        }
        sb.append("\n)\nENGINE = ");
        EngineClause e = def.engine();
        sb.append(e.name());
        if (!e.arguments().isEmpty()) sb.append('(').append(String.join(", ", e.arguments())).append(')');
        if (e.partitionBy() != null) sb.append("\nPARTITION BY ").append(e.partitionBy());
        if (e.primaryKey() != null) sb.append("\nPRIMARY KEY ").append(e.primaryKey());
        if (e.orderBy() != null) sb.append("\nORDER BY ").append(e.orderBy());
        if (e.sampleBy() != null) sb.append("\nSAMPLE BY ").append(e.sampleBy());
        if (e.ttl() != null) sb.append("\nTTL ").append(e.ttl());
        if (!e.settings().isEmpty()) {
            sb.append("\nSETTINGS ");
            boolean f = true;
            for (Map.Entry<String, String> s : e.settings().entrySet()) {
                if (!f) sb.append(", ");
                f = false;
                sb.append(s.getKey()).append(" = ").append(s.getValue());
            }
        }
        if (def.comment() != null && !def.comment().isEmpty()) sb.append("\nCOMMENT ").append(quoteString(def.comment()));
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
