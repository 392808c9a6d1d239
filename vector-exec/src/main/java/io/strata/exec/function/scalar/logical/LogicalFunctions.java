package io.strata.exec.function.scalar.logical;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conditional.Selection;
import java.util.List;

/**
 * and, or, xor (n-ary) and not, returning UInt8. They see Nullable arguments themselves to apply
 * SQL's three-valued logic: NULL AND 0 is 0, NULL OR 1 is 1, otherwise NULL wins.
 */
public final class LogicalFunctions {
    private LogicalFunctions() {
    }

    private enum Op { AND, OR, XOR }

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("and", ctx -> bind(Op.AND, "and", ctx)).ci().handlesNulls(),
                FunctionDefinition.of("or", ctx -> bind(Op.OR, "or", ctx)).ci().handlesNulls(),
                FunctionDefinition.of("xor", ctx -> bind(Op.XOR, "xor", ctx)).handlesNulls(),
                FunctionDefinition.of("not", LogicalFunctions::bindNot).ci());
    }

    private static void check(DataType t, int i, String name) {
        DataType u = t.unwrap();
        if (!NumericTypes.isNative(u) && u.id() != TypeId.NOTHING) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type (%s) of %d argument of function %s", t, i + 1, name);
        }
    }

    private static BoundFunction bind(Op op, String name, BindContext ctx) {
        if (ctx.argumentCount() < 2) {
            throw DbException.of(ErrorCode.TOO_FEW_ARGUMENTS_FOR_FUNCTION,
                    "Number of arguments for function \"%s\" should be at least 2: passed %d", name, ctx.argumentCount());
        }
        boolean nullable = false;
        for (int i = 0; i < ctx.argumentCount(); i++) {
            check(ctx.argumentType(i), i, name);
            nullable |= ctx.argumentType(i).isNullable();
        }
        DataType rt = nullable ? DataTypes.nullable(DataTypes.UINT8) : DataTypes.UINT8;
        boolean resultNullable = nullable;
        return Kernel.bound(rt, (args, n) -> {
            if (!resultNullable && op != Op.XOR) {
                long[] fast = foldPlain(op, args, n);
                if (fast != null) return new LongColumn(DataTypes.UINT8, fast, n);
            }
            // Per row: value (0/1) and unknown (NULL) flags, folded argument by argument.
            byte[] value = new byte[n], unknown = new byte[n];
            byte init = (byte) (op == Op.AND ? 1 : 0);
            java.util.Arrays.fill(value, init);
            for (Column c : args) {
                Column d = c instanceof ConstColumn ? Vectors.dense(c) : c;
                byte[] nulls = d instanceof NullableColumn nc ? nc.nulls() : null;
                byte[] v = d instanceof NothingColumn || d instanceof NullableColumn nc2 && nc2.values() instanceof NothingColumn
                        ? new byte[n] : Selection.truthMask(d, n);
                if (d instanceof NothingColumn) {
                    nulls = new byte[n];
                    java.util.Arrays.fill(nulls, (byte) 1);
                }
                switch (op) {
                    case AND -> {
                        for (int i = 0; i < n; i++) {
                            boolean isNull = nulls != null && nulls[i] != 0;
                            if (isNull) unknown[i] = 1;
                            else if (v[i] == 0) value[i] = 0;
                        }
                    }
                    case OR -> {
                        for (int i = 0; i < n; i++) {
                            boolean isNull = nulls != null && nulls[i] != 0;
                            if (isNull) unknown[i] = 1;
                            else if (v[i] != 0) value[i] = 1;
                        }
                    }
                    case XOR -> {
                        for (int i = 0; i < n; i++) {
                            if (nulls != null && nulls[i] != 0) unknown[i] = 1;
                            else value[i] ^= v[i];
                        }
                    }
                }
            }
            long[] r = new long[n];
            byte[] resultNulls = new byte[n];
            for (int i = 0; i < n; i++) {
                r[i] = value[i];
                // A decided AND (a false) or OR (a true) ignores NULLs; otherwise NULL wins.
                boolean decided = op == Op.AND ? value[i] == 0 : op == Op.OR && value[i] == 1;
                if (unknown[i] != 0 && !decided) {
                    resultNulls[i] = 1;
                    r[i] = 0;
                }
            }
            LongColumn values = new LongColumn(DataTypes.UINT8, r, n);
            return resultNullable ? new NullableColumn(rt, values, resultNulls) : values;
        });
    }

    /**
     * AND/OR of plain integer masks (no NULLs possible, the usual WHERE a = x AND b != y): folded
     * straight into the result, without the per-argument truth and NULL byte masks of the general
     * path. Null when an argument is of another kind.
     */
    private static long[] foldPlain(Op op, Column[] args, int n) {
        for (Column c : args) if (!(c instanceof LongColumn)) return null;
        long[] r = new long[n];
        long[] first = ((LongColumn) args[0]).values();
        for (int i = 0; i < n; i++) r[i] = first[i] != 0 ? 1 : 0;
        for (int a = 1; a < args.length; a++) {
            long[] v = ((LongColumn) args[a]).values();
            if (op == Op.AND) {
                for (int i = 0; i < n; i++) r[i] &= v[i] != 0 ? 1 : 0;
            } else {
                for (int i = 0; i < n; i++) r[i] |= v[i] != 0 ? 1 : 0;
            }
        }
        return r;
    }

    private static BoundFunction bindNot(BindContext ctx) {
        Arguments.count(ctx, "not", 1);
        check(ctx.argumentType(0), 0, "not");
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            byte[] m = Selection.truthMask(args[0], n);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) r[i] = m[i] ^ 1;
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }
}
