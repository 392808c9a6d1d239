package io.strata.sql.parser;

import io.strata.sql.ast.Asterisk;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.LikeFilter;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.OrderItem;
import io.strata.sql.ast.SelectQuery;
import io.strata.sql.ast.SelectStatement;
import io.strata.sql.ast.SelectUnion;
import io.strata.sql.ast.TableRef;
import java.util.List;

/**
 * {@code SHOW FUNCTIONS [[NOT] [I]LIKE 'pattern']} is, as in ClickHouse, a query of system.functions:
 * {@code SELECT * FROM system.functions [WHERE name LIKE 'pattern']} (ordered by name here, so that
 * the listing is stable).
 */
final class ShowFunctions {
    private ShowFunctions() {
    }

    static SelectStatement query(LikeFilter like) {
        Expr where = null;
        if (like != null) {
            String fn = like.negated() ? (like.caseInsensitive() ? "notILike" : "notLike") : like.caseInsensitive() ? "ilike" : "like";
            where = FunctionCall.of(fn, Identifier.of("name"), Literal.of(like.pattern()));
        }
        SelectQuery q = new SelectQuery(null, false, null, List.of(new Asterisk(null, List.of())),
                new TableRef("system", "functions", null, false, null), null, where, null, null, null, null,
                List.of(OrderItem.of(Identifier.of("name"), false)), null, null, null);
        return new SelectStatement(SelectUnion.of(q), null, null, null);
    }
}
