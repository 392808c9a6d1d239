package io.strata.sql.planner;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.join.JoinSpec;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import java.util.ArrayList;
import java.util.List;

/**
 * A JOIN's ON clause taken apart as ClickHouse does: conjuncts (AND) that compare an expression of
 * the left side with one of the right by equality are join keys (cast to their common type);
 * conjuncts over one side only filter which rows of that side may match (unlike the same
 * condition in WHERE, a row failing it stays an unmatched row of an outer join); for ASOF, the one
 * inequality between the sides is the closest-match condition. What is left mixes both sides
 * without being an equality: an INNER ALL join applies it to the joined rows, other joins refuse it.
 * Expressions are compiled over the join's relation ({@code shape}); their inputs are relation columns.
 */
final class JoinCondition {
    /** A compiled expression and the relation columns it reads, in channel order. */
    record Part(Expression expression, List<Integer> inputs) {
    }

    final List<Part> leftKeys = new ArrayList<>();
    final List<Part> rightKeys = new ArrayList<>();
    final List<Expr> leftOnly = new ArrayList<>();
    final List<Expr> rightOnly = new ArrayList<>();
    final List<Expr> mixed = new ArrayList<>();
    Part leftAsof;
    Part rightAsof;
    JoinSpec.AsofOp asofOp;

    static JoinCondition analyze(Expr on, Relation shape, int leftWidth, boolean asof, ExpressionCompiler compiler) {
        JoinCondition c = new JoinCondition();
        for (Expr conjunct : conjuncts(on)) {
            if (conjunct instanceof FunctionCall f && f.args().size() == 2 && isComparison(f.name())) {
                Scope a = Scope.over(shape), b = Scope.over(shape);
                Expression ea = compiler.compile(f.args().get(0), a), eb = compiler.compile(f.args().get(1), b);
                int sa = side(a.usedColumns(), leftWidth), sb = side(b.usedColumns(), leftWidth);
                if (sa != 0 && sb != 0 && sa != sb) {
                    boolean aLeft = sa < 0;
                    Part l = new Part(aLeft ? ea : eb, aLeft ? a.usedColumns() : b.usedColumns());
                    Part r = new Part(aLeft ? eb : ea, aLeft ? b.usedColumns() : a.usedColumns());
                    DataType common = Supertypes.leastSupertype(l.expression().type(), r.expression().type());
                    l = new Part(compiler.cast(l.expression(), common), l.inputs());
                    r = new Part(compiler.cast(r.expression(), common), r.inputs());
                    if (f.name().equals("equals")) {
                        c.leftKeys.add(l);
                        c.rightKeys.add(r);
                        continue;
                    }
                    if (asof && c.asofOp == null) {
                        c.leftAsof = l;
                        c.rightAsof = r;
                        c.asofOp = op(f.name(), aLeft);
                        continue;
                    }
                }
            }
            Scope s = Scope.over(shape);
            compiler.compile(conjunct, s);
            switch (side(s.usedColumns(), leftWidth)) {
                case -1 -> c.leftOnly.add(conjunct);
                case 1 -> c.rightOnly.add(conjunct);
                default -> {
                    if (s.usedColumns().isEmpty()) {
                        c.leftOnly.add(conjunct);
                        c.rightOnly.add(conjunct);
                    } else {
                        c.mixed.add(conjunct);
                    }
                }
            }
        }
        if (asof && c.asofOp == null) {
            throw new DbException(ErrorCode.INVALID_JOIN_ON_EXPRESSION,
                    "ASOF JOIN requires one inequality (>, >=, <, <=) between the left and the right table in ON");
        }
        return c;
    }

    private static boolean isComparison(String name) {
        return switch (name) {
            case "equals", "greater", "greaterOrEquals", "less", "lessOrEquals" -> true;
            default -> false;
        };
    }

    /** The closest-match operator written as {@code left op right}. */
    private static JoinSpec.AsofOp op(String name, boolean leftFirst) {
        JoinSpec.AsofOp op = switch (name) {
            case "greater" -> JoinSpec.AsofOp.GREATER;
            case "greaterOrEquals" -> JoinSpec.AsofOp.GREATER_OR_EQUAL;
            case "less" -> JoinSpec.AsofOp.LESS;
            default -> JoinSpec.AsofOp.LESS_OR_EQUAL;
        };
        if (leftFirst) return op;
        return switch (op) {
            case GREATER -> JoinSpec.AsofOp.LESS;
            case GREATER_OR_EQUAL -> JoinSpec.AsofOp.LESS_OR_EQUAL;
            case LESS -> JoinSpec.AsofOp.GREATER;
            case LESS_OR_EQUAL -> JoinSpec.AsofOp.GREATER_OR_EQUAL;
        };
    }

    /** -1 when all columns are the left side's, 1 when all are the right side's, 0 when none or both. */
    static int side(List<Integer> used, int leftWidth) {
        boolean anyLeft = false, anyRight = false;
        for (int col : used) {
            if (col < leftWidth) anyLeft = true;
            else anyRight = true;
        }
        return anyLeft == anyRight ? 0 : anyLeft ? -1 : 1;
    }

    static List<Expr> conjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof FunctionCall f && f.name().equals("and")) {
            for (Expr a : f.args()) out.addAll(conjuncts(a));
        } else {
            out.add(e);
        }
        return out;
    }

    /** The conjunction of {@code parts} as one expression, or null when empty. */
    static Expr and(List<Expr> parts) {
        if (parts.isEmpty()) return null;
        if (parts.size() == 1) return parts.getFirst();
        return new FunctionCall("and", parts, null, false, null);
    }
}
