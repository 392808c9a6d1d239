package io.strata.exec.function.scalar.arithmetic;

import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.arithmetic.BinaryArithmetic.Op;
import java.util.ArrayList;
import java.util.List;

/** The arithmetic family as ClickHouse names it. */
public final class ArithmeticFunctions {
    private ArithmeticFunctions() {
    }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        for (Op op : Op.values()) {
            FunctionDefinition f = FunctionDefinition.of(op.function, ctx -> BinaryArithmetic.bind(op, ctx));
            if (op == Op.MODULO) f.aliases("mod").ci();
            out.add(f);
        }
        out.add(FunctionDefinition.of("negate", UnaryArithmetic::bindNegate));
        out.add(FunctionDefinition.of("abs", UnaryArithmetic::bindAbs).ci());
        out.addAll(IntervalFunctions.all());
        out.addAll(TupleArithmetic.all());
        return out;
    }
}
