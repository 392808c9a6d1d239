package io.strata.sql.planner;

import io.strata.core.type.DataType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TypeId;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code optimize_arithmetic_operations_in_aggregate_functions}: {@code sum(x + k)},
 * {@code sum(k + x)} and {@code sum(x - k)} with an integer constant {@code k} become
 * {@code sum(x) + k * count()} (and {@code sum(x) - k * count()}), so a query summing many shifted
 * copies of a column (ClickBench's query 30: {@code SUM(ResolutionWidth + 1)}, ...,
 * {@code SUM(ResolutionWidth + 89)}) computes one sum and one count instead of one sum and one
 * addition per row for every item.
 *
 * <p>The rewrite is applied only where the answer is provably the same, bit for bit and type for
 * type, as summing the shifted values:
 * <ul>
 * <li>{@code x} is a plain column of a native integer type up to 64 bits (not Bool, not Nullable,
 *     not LowCardinality), so {@code count()} equals {@code count(x)} and there are no NULLs to skip;
 * <li>{@code k} is an integer literal;
 * <li>the type {@code T} of {@code x ± k} is an integer type that is either 64 bits wide or wider
 *     than both operands, so {@code x ± k} either cannot overflow or wraps modulo 2<sup>64</sup>;
 * <li>{@code sum} over {@code T} is then {@code Int64} or {@code UInt64}, accumulating modulo
 *     2<sup>64</sup>: so {@code Σ(x ± k) ≡ Σx ± k·n (mod 2^64)}, and the rewritten expression is
 *     computed in that very type ({@code toInt64}/{@code toUInt64} of each term), which wraps the same way.
 * </ul>
 * Floats (addition is not associative), decimals, 128/256-bit integers, {@code sum(DISTINCT ...)},
 * window calls and {@code sum} inside lambdas are left alone. The output column keeps its name:
 * the select list's names are fixed before this rewrite runs, and ORDER BY / HAVING are rewritten
 * the same way, so they still find the select item.
 */
final class AggregateArithmeticRewrite {
    private final ExpressionCompiler compiler;
    private final Relation from;

    private AggregateArithmeticRewrite(ExpressionCompiler compiler, Relation from) {
        this.compiler = compiler;
        this.from = from;
    }

    /** The rewriter for a query reading {@code from}, or null when there is nothing to rewrite against. */
    static AggregateArithmeticRewrite over(ExpressionCompiler compiler, Relation from) {
        return from == null ? null : new AggregateArithmeticRewrite(compiler, from);
    }

    /** Rewrites each expression of the list in place. */
    void rewriteAll(List<Expr> exprs) {
        for (int i = 0; i < exprs.size(); i++) exprs.set(i, rewrite(exprs.get(i)));
    }

    Expr rewrite(Expr e) {
        return switch (e) {
            case null -> null;
            case Aliased a -> {
                Expr inner = rewrite(a.expr());
                yield inner == a.expr() ? a : new Aliased(inner, a.alias());
            }
            case FunctionCall f -> {
                Expr shifted = f.name().equalsIgnoreCase("sum") ? sumOfShift(f) : null;
                if (shifted != null) yield shifted;
                if (f.over() != null) yield f;
                List<Expr> args = new ArrayList<>(f.args());
                boolean changed = false;
                for (int i = 0; i < args.size(); i++) {
                    Expr r = rewrite(args.get(i));
                    changed |= r != args.get(i);
                    args.set(i, r);
                }
                yield changed ? new FunctionCall(f.name(), args, f.parameters(), f.distinct(), f.over()) : f;
            }
            default -> e;
        };
    }

    /** The rewritten form of {@code sum(x ± k)}, or null when the call does not qualify. */
    private Expr sumOfShift(FunctionCall sum) {
        if (sum.over() != null || sum.distinct() || sum.parameters() != null || sum.args().size() != 1) return null;
        if (!(sum.args().getFirst() instanceof FunctionCall arith) || arith.over() != null || arith.args().size() != 2) return null;
        boolean plus = arith.name().equalsIgnoreCase("plus");
        if (!plus && !arith.name().equalsIgnoreCase("minus")) return null;
        Expr left = arith.args().get(0), right = arith.args().get(1);
        Identifier column;
        Literal shift;
        if (left instanceof Identifier id && right instanceof Literal l) {
            column = id;
            shift = l;
        } else if (plus && left instanceof Literal l && right instanceof Identifier id) {
            column = id;
            shift = l;
        } else {
            return null;
        }
        if (!(shift.value() instanceof Long)) return null;
        IntegerType columnType = integerType(column);
        IntegerType shiftType = integerType(shift);
        IntegerType sumArgType = integerType(arith);
        if (columnType == null || shiftType == null || sumArgType == null) return null;
        boolean noOverflowOrWrapsAt64 = sumArgType.bits() == 64
                || sumArgType.bits() > columnType.bits() && sumArgType.bits() > shiftType.bits();
        if (!noOverflowOrWrapsAt64) return null;
        // sum over a signed type is Int64, over an unsigned one UInt64: compute in exactly that type
        String to = sumArgType.signed() ? "toInt64" : "toUInt64";
        Expr sumOfColumn = FunctionCall.of(to, FunctionCall.of("sum", column));
        Expr shiftTimesRows = FunctionCall.of("multiply", FunctionCall.of(to, shift), FunctionCall.of(to, FunctionCall.of("count")));
        return FunctionCall.of(plus ? "plus" : "minus", sumOfColumn, shiftTimesRows);
    }

    /**
     * The type of {@code e} when it is a native integer up to 64 bits (not Bool), else null.
     * Compiled over a scope of its own, so the query's scope (whose first channels are the WHERE
     * columns) is not touched; an expression that does not compile here simply does not qualify.
     */
    private IntegerType integerType(Expr e) {
        DataType t;
        try {
            t = compiler.compile(e, Scope.over(from)).type();
        } catch (RuntimeException notHere) {
            return null;
        }
        return t instanceof IntegerType it && it.id() != TypeId.BOOL ? it : null;
    }
}
