package io.strata.sql.ast;

import java.util.List;

/**
 * The window of {@code OVER (...)} or of a WINDOW clause entry. {@code baseWindow} names a window from the
 * WINDOW clause that this one extends ({@code OVER w} is a spec with only baseWindow set); frame may be null.
 */
public record WindowSpec(String baseWindow, List<Expr> partitionBy, List<OrderItem> orderBy, WindowFrame frame) {
    public WindowSpec {
        partitionBy = Immutable.list(partitionBy);
        orderBy = Immutable.list(orderBy);
    }

    public static WindowSpec named(String name) {
        return new WindowSpec(name, List.of(), List.of(), null);
    }
}
