package io.strata.nativeproto;

import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.TableDefinition;

/**
 * A table's columns as ClickHouse's ColumnsDescription text, the body of a TableColumns packet
 * that tells an inserting client the defaults of the columns it may omit:
 * <pre>
 * columns format version: 1
 * 3 columns:
 * `a` UInt8
 * `s` String	DEFAULT	'x'
 * </pre>
 * Only the default kind and expression follow the type (tab-separated); comments and codecs,
 * which clients do not need for defaults, are left out so that old clients parse it too.
 */
public final class TableColumnsText {
    private TableColumnsText() {
    }

    public static String of(TableDefinition table) {
        StringBuilder sb = new StringBuilder("columns format version: 1\n");
        sb.append(table.columns().size()).append(" columns:\n");
        for (ColumnDefinition c : table.columns()) {
            sb.append(backQuote(c.name())).append(' ').append(c.type().name());
            if (c.defaultKind() != ColumnDefinition.DefaultKind.NONE && c.defaultExpression() != null
                    && !c.defaultExpression().isEmpty()) {
                sb.append('\t').append(c.defaultKind().sql()).append('\t').append(c.defaultExpression());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String backQuote(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 2).append('`');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '`' || c == '\\') sb.append('\\');
            sb.append(c);
        }
        return sb.append('`').toString();
    }
}
