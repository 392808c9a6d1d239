package io.strata.exec.function.scalar.arithmetic;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.TupleType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.arithmetic.BinaryArithmetic.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * Element-wise arithmetic on tuples, as modern ClickHouse does for {@code (1, 2) + (3, 4)} and
 * {@code (2, 3) * 2}: each element pair is bound like the scalar operator, so result types follow
 * the same promotion rules. Also the named forms tuplePlus ... tupleDivideByNumber.
 */
final class TupleArithmetic {
    private TupleArithmetic() {
    }

    static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("tuplePlus", ctx -> named(ctx, "tuplePlus", Op.PLUS, false)).aliases("vectorSum"),
                FunctionDefinition.of("tupleMinus", ctx -> named(ctx, "tupleMinus", Op.MINUS, false)).aliases("vectorDifference"),
                FunctionDefinition.of("tupleMultiply", ctx -> named(ctx, "tupleMultiply", Op.MULTIPLY, false)),
                FunctionDefinition.of("tupleDivide", ctx -> named(ctx, "tupleDivide", Op.DIVIDE, false)),
                FunctionDefinition.of("tupleMultiplyByNumber", ctx -> named(ctx, "tupleMultiplyByNumber", Op.MULTIPLY, true)),
                FunctionDefinition.of("tupleDivideByNumber", ctx -> named(ctx, "tupleDivideByNumber", Op.DIVIDE, true)));
    }

    private static BoundFunction named(BindContext ctx, String name, Op op, boolean byNumber) {
        Arguments.count(ctx, name, 2);
        DataType a = ctx.argumentType(0), b = ctx.argumentType(1);
        if (!(a instanceof TupleType) || byNumber != !(b instanceof TupleType)) throw Arguments.illegalTypes(a, b, name);
        return tryBind(op, a, b, ctx.functionContext());
    }

    /** Binds {@code a op b} when a tuple is involved, or returns null. */
    static BoundFunction tryBind(Op op, DataType a, DataType b, FunctionContext fc) {
        boolean ta = a instanceof TupleType, tb = b instanceof TupleType;
        if (!ta && !tb) return null;
        TupleType tuple = (TupleType) (ta ? a : b);
        int width = tuple.elements().size();
        if (ta && tb && ((TupleType) b).elements().size() != width) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Expected tuples of the same size as arguments of function %s. Got %s and %s",
                    op.function, a, b);
        }
        if (ta != tb) {
            // Tuple by number: only multiplication (either side) and division of the tuple.
            DataType other = ta ? b : a;
            boolean allowed = op == Op.MULTIPLY || op == Op.DIVIDE && ta || op == Op.INT_DIV && ta;
            if (!allowed || !(NumericTypes.isNative(other) || NumericTypes.isDecimal(other))) throw Arguments.illegalTypes(a, b, op.function);
        }
        BoundFunction[] parts = new BoundFunction[width];
        List<DataType> types = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            DataType x = ta ? ((TupleType) a).elements().get(i) : a;
            DataType y = tb ? ((TupleType) b).elements().get(i) : b;
            parts[i] = BinaryArithmetic.bind(op, new PairContext(List.of(x, y), fc));
            types.add(parts[i].returnType());
        }
        TupleType rt = new TupleType(types);
        return Kernel.bound(rt, (args, n) -> {
            Column[] out = new Column[width];
            for (int i = 0; i < width; i++) {
                Column x = ta ? element(args[0], i, n) : args[0];
                Column y = tb ? element(args[1], i, n) : args[1];
                out[i] = Vectors.dense(parts[i].execute(new Column[] {x, y}, n));
                if (out[i].size() != n && out[i] instanceof ConstColumn c) out[i] = c.withSize(n).materialize();
            }
            return new TupleColumn(rt, out, n);
        });
    }

    private static Column element(Column tuple, int i, int n) {
        Column d = tuple instanceof ConstColumn c ? c.withSize(n).materialize() : Vectors.dense(tuple);
        return ((TupleColumn) d).element(i);
    }

    private record PairContext(List<DataType> argumentTypes, FunctionContext functionContext) implements BindContext {
        @Override
        public Column constantArgument(int i) {
            return null;
        }
    }
}
