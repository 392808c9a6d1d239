package io.strata.sql.ast;

import java.util.List;

/** {@code x -> body} or {@code (x, y) -> body}, only meaningful as an argument of a higher-order function. */
public record Lambda(List<String> params, Expr body) implements Expr {
    public Lambda {
        params = Immutable.list(params);
    }
}
