package io.strata.exec.function.scalar;

import io.strata.core.function.FunctionBundle;
import io.strata.core.function.ScalarFunction;
import io.strata.exec.function.scalar.arithmetic.ArithmeticFunctions;
import io.strata.exec.function.scalar.comparison.ComparisonFunctions;
import io.strata.exec.function.scalar.conditional.ConditionalFunctions;
import io.strata.exec.function.scalar.conversion.ConversionFunctions;
import io.strata.exec.function.scalar.datetime.DateTimeFunctions;
import io.strata.exec.function.scalar.logical.LogicalFunctions;
import io.strata.exec.function.scalar.nulls.NullAndMiscFunctions;
import io.strata.exec.function.scalar.string.StringFunctions;
import java.util.ArrayList;
import java.util.List;

/** The built-in scalar functions, listed by family (found through ServiceLoader). */
public final class ScalarFunctionBundle implements FunctionBundle {
    @Override
    public List<ScalarFunction> scalarFunctions() {
        List<ScalarFunction> out = new ArrayList<>();
        out.addAll(ArithmeticFunctions.all());
        out.addAll(ComparisonFunctions.all());
        out.addAll(LogicalFunctions.all());
        out.addAll(ConditionalFunctions.all());
        out.addAll(ConversionFunctions.all());
        out.addAll(NullAndMiscFunctions.all());
        out.addAll(StringFunctions.all());
        out.addAll(DateTimeFunctions.all());
        out.addAll(io.strata.exec.function.scalar.constructor.ConstructorFunctions.all());
        out.addAll(io.strata.exec.function.scalar.math.MathFunctions.all());
        out.addAll(io.strata.exec.function.scalar.string.TextFunctions.all());
        out.addAll(io.strata.exec.function.scalar.string.RegexpFunctions.all());
        out.addAll(io.strata.exec.function.scalar.datetime.DateCalcFunctions.all());
        out.addAll(io.strata.exec.function.scalar.datetime.DateTruncFunction.all());
        out.addAll(io.strata.exec.function.scalar.datetime.UnixTimestamp64Functions.all());
        out.addAll(io.strata.exec.function.scalar.array.ArrayFunctions.all());
        out.addAll(io.strata.exec.function.scalar.array.ArrayMoreFunctions.all());
        out.addAll(io.strata.exec.function.scalar.array.ArrayReduceFunctions.all());
        out.addAll(io.strata.exec.function.scalar.misc.MiscFunctions.all());
        out.addAll(io.strata.exec.function.scalar.tuple.TupleMapFunctions.all());
        out.addAll(io.strata.exec.function.scalar.tuple.MapArithmeticFunctions.all());
        out.add(io.strata.exec.function.scalar.tuple.MapPopulateSeriesFunction.definition());
        out.addAll(io.strata.exec.function.scalar.hash.HashFunctions.all());
        out.addAll(io.strata.exec.function.scalar.url.UrlFunctions.all());
        out.addAll(io.strata.exec.function.scalar.json.JsonFunctions.all());
        out.addAll(io.strata.exec.function.scalar.string.SearchFunctions.all());
        out.addAll(io.strata.exec.function.scalar.string.MoreStringFunctions.all());
        return out;
    }
}
