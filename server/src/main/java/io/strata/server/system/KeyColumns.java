package io.strata.server.system;

import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Lambda;
import io.strata.sql.parser.SqlParser;
import java.util.HashSet;
import java.util.Set;

/**
 * The columns a key expression reads, for system.columns' is_in_*_key flags: ClickHouse sets
 * them for every column the key needs, so {@code ORDER BY toDate(ts)} marks {@code ts}.
 */
final class KeyColumns {
    private KeyColumns() {
    }

    /** Names of the identifiers in {@code keySql} (a comma-separated list, a tuple or one expression). */
    static Set<String> of(String keySql) {
        Set<String> out = new HashSet<>();
        if (keySql == null || keySql.isBlank()) return out;
        // a key list "a, f(b)" is not one expression; as a tuple it is, and names the same columns
        collect(SqlParser.parseExpression("(" + keySql + ")"), Set.of(), out);
        return out;
    }

    private static void collect(Expr e, Set<String> lambdaParams, Set<String> out) {
        switch (e) {
            case Identifier id -> {
                if (!lambdaParams.contains(id.name())) out.add(id.name());
            }
            case FunctionCall f -> {
                for (Expr a : f.args()) collect(a, lambdaParams, out);
            }
            case Aliased a -> collect(a.expr(), lambdaParams, out);
            case Lambda l -> {
                Set<String> inner = new HashSet<>(lambdaParams);
                inner.addAll(l.params());
                collect(l.body(), inner, out);
            }
            default -> {
                // literals and parameters name no column
            }
        }
    }
}
