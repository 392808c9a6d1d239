package io.strata.sql.ast;

import java.util.List;
import java.util.StringJoiner;

/**
 * The name ClickHouse gives a result column: the alias if there is one, else the expression in function
 * form ({@code 1 + 1} is {@code plus(1, 1)}), with arrays and tuples as {@code [1, 2]} and {@code (1, 'a')}.
 * Clients see these names, so they must match ClickHouse's character for character.
 */
public final class ColumnNameFormatter {
    private ColumnNameFormatter() {}

    public static String format(Expr expr) {
        return switch (expr) {
            case Literal l -> SqlFormatter.literal(l);
            case Identifier id -> id.name();
            case Asterisk a -> a.qualifier() == null ? "*" : a.qualifier() + ".*";
            case ColumnsMatcher m -> (m.qualifier() == null ? "" : m.qualifier() + ".") + "COLUMNS(" + SqlFormatter.quoteString(m.regexp()) + ")";
            case FunctionCall f -> function(f);
            case Lambda l -> "lambda(tuple(" + String.join(", ", l.params()) + "), " + format(l.body()) + ")";
            case SubqueryExpr s -> "(" + SqlFormatter.format(s.query()) + ")";
            case QueryParameter p -> "{" + p.name() + ":" + p.type() + "}";
            case Aliased a -> a.alias();
        };
    }

    private static String function(FunctionCall f) {
        boolean plain = f.parameters() == null && !f.distinct() && f.over() == null;
        if (plain && f.name().equals("array")) {
            return "[" + list(f.args()) + "]";
        }
        if (plain && f.name().equals("tuple") && f.args().size() >= 2) {
            return "(" + list(f.args()) + ")";
        }
        // ClickHouse renames f(DISTINCT x) to fDistinct(x) while parsing, and the column name shows it.
        StringBuilder sb = new StringBuilder(f.distinct() ? f.name() + "Distinct" : f.name());
        if (f.parameters() != null) {
            sb.append('(').append(list(f.parameters())).append(')');
        }
        sb.append('(').append(list(f.args())).append(')');
        if (f.over() != null) {
            WindowSpec w = f.over();
            boolean bare = w.partitionBy().isEmpty() && w.orderBy().isEmpty() && w.frame() == null;
            sb.append(" OVER ").append(bare && w.baseWindow() != null ? w.baseWindow() : "(" + SqlFormatter.window(w) + ")");
        }
        return sb.toString();
    }

    private static String list(List<Expr> exprs) {
        StringJoiner j = new StringJoiner(", ");
        exprs.forEach(e -> j.add(format(e)));
        return j.toString();
    }
}
