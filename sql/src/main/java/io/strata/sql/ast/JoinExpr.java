package io.strata.sql.ast;

import java.util.List;

/** {@code left [GLOBAL] [strictness] kind JOIN right [ON on | USING (using)]}; on is null and using empty when absent. */
public record JoinExpr(TableExpr left, TableExpr right, JoinKind kind, JoinStrictness strictness, boolean global,
                       Expr on, List<String> using) implements TableExpr {
    public JoinExpr {
        using = Immutable.list(using);
    }
}
