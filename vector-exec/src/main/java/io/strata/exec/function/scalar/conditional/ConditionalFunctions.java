package io.strata.exec.function.scalar.conditional;

import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.function.scalar.conversion.Converter;
import java.util.ArrayList;
import java.util.List;

/** if(cond, then, else) and multiIf(c1, v1, ..., else): the result is the least supertype of the branches. */
public final class ConditionalFunctions {
    private ConditionalFunctions() {
    }

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("if", ConditionalFunctions::bindIf).ci().handlesNulls(),
                FunctionDefinition.of("multiIf", ConditionalFunctions::bindMultiIf).handlesNulls(),
                CaseWithExpression.definition(),
                Transform.definition());
    }

    static void checkCondition(DataType t, int i, String name) {
        DataType u = t.unwrap();
        if (!(NumericTypes.isNative(u) || u.id() == TypeId.NOTHING)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type %s of %s argument (condition) of function %s. Must be UInt8.",
                    t, Arguments.ordinal(i), name);
        }
    }

    private static BoundFunction bindIf(BindContext ctx) {
        Arguments.count(ctx, "if", 3);
        checkCondition(ctx.argumentType(0), 0, "if");
        DataType rt = Supertypes.leastSupertype(ctx.argumentType(1), ctx.argumentType(2));
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            byte[] take = Selection.truthMask(args[0], n);
            return Selection.select(take, conv.convert(args[1], rt), conv.convert(args[2], rt), rt, n);
        });
    }

    private static BoundFunction bindMultiIf(BindContext ctx) {
        int count = ctx.argumentCount();
        if (count < 3 || count % 2 == 0) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Invalid number of arguments for function multiIf");
        }
        List<DataType> branches = new ArrayList<>();
        for (int i = 0; i + 1 < count; i += 2) {
            checkCondition(ctx.argumentType(i), i, "multiIf");
            branches.add(ctx.argumentType(i + 1));
        }
        branches.add(ctx.argumentType(count - 1));
        DataType rt = Supertypes.leastSupertype(branches);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column result = conv.convert(args[count - 1], rt);
            for (int i = count - 3; i >= 0; i -= 2) {
                result = Selection.select(Selection.truthMask(args[i], n), conv.convert(args[i + 1], rt), result, rt, n);
            }
            return result;
        });
    }
}
