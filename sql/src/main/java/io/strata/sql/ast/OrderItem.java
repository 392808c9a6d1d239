package io.strata.sql.ast;

/**
 * One ORDER BY element. nullsFirst is null when NULLS FIRST/LAST is not written (the default depends on the
 * direction); collation and fill are null when absent.
 */
public record OrderItem(Expr expr, boolean descending, Boolean nullsFirst, String collation, WithFill fill) {
    public static OrderItem of(Expr expr, boolean descending) {
        return new OrderItem(expr, descending, null, null, null);
    }

    /** {@code WITH FILL [FROM a] [TO b] [STEP c]}; each part may be null. */
    public record WithFill(Expr from, Expr to, Expr step) {
    }
}
