package io.strata.exec.function.scalar.conditional;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;

/**
 * transform(x, [from...], [to...][, default]): maps each x found in {@code from} to the
 * {@code to} element at the same position; others become {@code default}, or stay x without one.
 */
public final class Transform {
    private Transform() {
    }

    public static FunctionDefinition definition() {
        return FunctionDefinition.of("transform", Transform::bind);
    }

    private static BoundFunction bind(BindContext ctx) {
        Arguments.countBetween(ctx, "transform", 3, 4);
        DataType x = ctx.argumentType(0);
        if (!(ctx.argumentType(1) instanceof ArrayType from)) throw Arguments.illegalType(ctx.argumentType(1), 1, "transform");
        if (!(ctx.argumentType(2) instanceof ArrayType to)) throw Arguments.illegalType(ctx.argumentType(2), 2, "transform");
        Column fromConst = ctx.constantArgument(1), toConst = ctx.constantArgument(2);
        if (fromConst == null || toConst == null) {
            throw DbException.of(ErrorCode.ILLEGAL_COLUMN, "Second and third arguments of function transform must be constant arrays.");
        }
        ArrayColumn fromArray = (ArrayColumn) Vectors.dense(fromConst), toArray = (ArrayColumn) Vectors.dense(toConst);
        int m = fromArray.length(0);
        if (toArray.length(0) != m) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Second and third arguments of function transform must have equal size");
        }
        DataType key = from.element().id() == io.strata.core.type.TypeId.NOTHING ? x : Supertypes.leastSupertype(x, from.element());
        boolean withDefault = ctx.argumentCount() == 4;
        DataType rt = withDefault ? Supertypes.leastSupertype(to.element(), ctx.argumentType(3)) : Supertypes.leastSupertype(x, to.element());
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column xs = Vectors.dense(conv.convert(args[0], key));
            Column fromKeys = Vectors.dense(conv.convert(fromArray.elements().slice(fromArray.start(0), m), key));
            Column targets = Vectors.dense(conv.convert(toArray.elements().slice(toArray.start(0), m), rt));
            Column otherwise = Vectors.dense(conv.convert(withDefault ? args[3] : args[0], rt));
            RowComparator eq = RowComparators.create(xs, fromKeys, 1);
            ColumnBuilder out = rt.createBuilder(n);
            for (int i = 0; i < n; i++) {
                int hit = -1;
                for (int j = 0; j < m && hit < 0; j++) if (eq.compare(i, j) == 0) hit = j;
                if (hit >= 0) out.append(targets, hit);
                else out.append(otherwise, i);
            }
            return out.build();
        });
    }
}
