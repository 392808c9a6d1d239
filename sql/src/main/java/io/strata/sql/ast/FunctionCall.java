package io.strata.sql.ast;

import java.util.Arrays;
import java.util.List;

/**
 * A call {@code name(args)}. {@code parameters} holds the first list of a parametric aggregate
 * ({@code quantile(0.5)(x)} has parameters [0.5] and args [x]) and is null for an ordinary call.
 * {@code distinct} is set by {@code f(DISTINCT x)}; {@code over} is the window of a window function, or null.
 */
public record FunctionCall(String name, List<Expr> args, List<Expr> parameters, boolean distinct, WindowSpec over)
        implements Expr {
    public FunctionCall {
        args = Immutable.list(args);
        parameters = Immutable.nullableList(parameters);
    }

    public static FunctionCall of(String name, Expr... args) {
        return new FunctionCall(name, Arrays.asList(args), null, false, null);
    }

    public static FunctionCall of(String name, List<Expr> args) {
        return new FunctionCall(name, args, null, false, null);
    }
}
