package io.strata.exec.function.scalar.conditional;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.util.ArrayList;
import java.util.List;

/**
 * caseWithExpression(x, when1, then1, ..., else): what the parser produces for
 * {@code CASE x WHEN ... END}. The first WHEN equal to x picks its THEN; a NULL x or WHEN never
 * matches, so it falls through to ELSE, as ClickHouse's transform does.
 */
public final class CaseWithExpression {
    private CaseWithExpression() {
    }

    public static FunctionDefinition definition() {
        return FunctionDefinition.of("caseWithExpression", CaseWithExpression::bind).aliases("caseWithExpr").handlesNulls();
    }

    private static BoundFunction bind(BindContext ctx) {
        int count = ctx.argumentCount();
        if (count < 4 || count % 2 != 0) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Invalid number of arguments for function caseWithExpression");
        }
        List<DataType> keys = new ArrayList<>(), values = new ArrayList<>();
        keys.add(ctx.argumentType(0));
        for (int i = 1; i + 1 < count; i += 2) {
            keys.add(ctx.argumentType(i));
            values.add(ctx.argumentType(i + 1));
        }
        values.add(ctx.argumentType(count - 1));
        DataType keyType = Supertypes.leastSupertype(keys);
        DataType rt = Supertypes.leastSupertype(values);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column x = Vectors.dense(conv.convert(args[0], keyType));
            int branches = (count - 2) / 2;
            RowComparator[] eq = new RowComparator[branches];
            Column[] whens = new Column[branches], thens = new Column[branches];
            for (int b = 0; b < branches; b++) {
                whens[b] = Vectors.dense(conv.convert(args[1 + 2 * b], keyType));
                thens[b] = Vectors.dense(conv.convert(args[2 + 2 * b], rt));
                eq[b] = RowComparators.create(x, whens[b], 1);
            }
            Column otherwise = Vectors.dense(conv.convert(args[count - 1], rt));
            ColumnBuilder out = rt.createBuilder(n);
            for (int i = 0; i < n; i++) {
                Column pick = otherwise;
                if (!x.isNullAt(i)) {
                    for (int b = 0; b < branches; b++) {
                        if (!whens[b].isNullAt(i) && eq[b].compare(i, i) == 0) {
                            pick = thens[b];
                            break;
                        }
                    }
                }
                out.append(pick, i);
            }
            return out.build();
        });
    }
}
