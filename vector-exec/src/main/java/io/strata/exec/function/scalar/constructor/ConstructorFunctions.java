package io.strata.exec.function.scalar.constructor;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.TupleColumn;
import io.strata.core.function.ScalarFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.TupleType;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.conversion.Converter;
import java.util.List;

/**
 * array(...) and tuple(...): the functions the parser produces for {@code [a, b]} and
 * {@code (a, b)} literals. Array elements are converted to their least supertype, so
 * {@code [1, NULL]} is Array(Nullable(UInt8)) and {@code [1, 2.5]} is Array(Float64).
 */
public final class ConstructorFunctions {
    private ConstructorFunctions() {
    }

    public static List<ScalarFunction> all() {
        return List.of(
                FunctionDefinition.of("array", ConstructorFunctions::bindArray).handlesNulls(),
                FunctionDefinition.of("tuple", ConstructorFunctions::bindTuple).handlesNulls());
    }

    private static ScalarFunction.BoundFunction bindArray(ScalarFunction.BindContext ctx) {
        List<DataType> types = ctx.argumentTypes();
        DataType element = types.isEmpty() ? DataTypes.NOTHING : DataTypes.leastSupertype(types);
        ArrayType type = new ArrayType(element);
        Converter converter = new Converter(ctx.functionContext(), Converter.Mode.THROW);
        return new ScalarFunction.BoundFunction() {
            @Override public DataType returnType() { return type; }

            @Override
            public Column execute(Column[] args, int rows) {
                int n = args.length;
                Column[] converted = new Column[n];
                for (int i = 0; i < n; i++) {
                    Column a = args[i].materialize();
                    converted[i] = a.type().equals(element) ? a : converter.convert(a, element);
                }
                ColumnBuilder b = element.createBuilder(rows * Math.max(1, n));
                int[] offsets = new int[rows + 1];
                for (int r = 0; r < rows; r++) {
                    for (int i = 0; i < n; i++) b.append(converted[i], r);
                    offsets[r + 1] = offsets[r] + n;
                }
                return new ArrayColumn(type, offsets, b.build(), rows);
            }
        };
    }

    private static ScalarFunction.BoundFunction bindTuple(ScalarFunction.BindContext ctx) {
        TupleType type = new TupleType(ctx.argumentTypes());
        return new ScalarFunction.BoundFunction() {
            @Override public DataType returnType() { return type; }

            @Override
            public Column execute(Column[] args, int rows) {
                Column[] parts = new Column[args.length];
                for (int i = 0; i < args.length; i++) parts[i] = args[i].materialize();
                return new TupleColumn(type, parts, rows);
            }
        };
    }
}
