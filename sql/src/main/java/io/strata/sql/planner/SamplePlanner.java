package io.strata.sql.planner;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.expression.Expression;
import io.strata.sql.analyzer.CatalogView;
import io.strata.sql.analyzer.TableHandle;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.SampleClause;
import io.strata.sql.ast.TableRef;
import io.strata.sql.parser.SqlParser;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * {@code SAMPLE k [OFFSET m]} and {@code SAMPLE n} on a table with SAMPLE BY, as ClickHouse reads
 * it: the sampling expression (an unsigned integer, usually a hash) spans [0, 2^bits); a relative
 * sample k with offset m keeps the rows whose value lies in [m * 2^bits, (m + k) * 2^bits), so the
 * same rows come back every time and samples of different tables agree. {@code SAMPLE n} with
 * n > 1 asks for about n rows: k = n / (rows in the table). {@code _sample_factor} is 1 / k.
 */
final class SamplePlanner {
    /** A condition to add to WHERE (null: every row) and the value of _sample_factor. */
    record Sample(Expr condition, Expr factor) {
    }

    private SamplePlanner() {
    }

    static Sample plan(TableRef t, CatalogView catalog, Relation relation, ExpressionCompiler compiler) {
        TableHandle h = catalog.table(t.database(), t.table());
        String sampleBy = h.definition().engine() == null ? null : h.definition().engine().sampleBy();
        if (sampleBy == null || sampleBy.isBlank()) {
            throw new DbException(ErrorCode.SAMPLING_NOT_SUPPORTED, "Illegal SAMPLE: table " + t.table()
                    + " doesn't support sampling");
        }
        SampleClause s = t.sample();
        BigDecimal size = ratio(s.ratio());
        BigDecimal offset = s.offset() == null ? BigDecimal.ZERO : ratio(s.offset());
        if (size.signum() < 0 || offset.signum() < 0) {
            throw new DbException(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Negative sample size or offset");
        }
        if (size.compareTo(BigDecimal.ONE) > 0) {
            // an absolute number of rows
            long total = Math.max(h.engine().totalRows(), 0);
            size = total == 0 ? BigDecimal.ONE : size.divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
            if (size.compareTo(BigDecimal.ONE) > 0) size = BigDecimal.ONE;
        }
        if (offset.compareTo(BigDecimal.ONE) > 0) {
            throw new DbException(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Sample offset must be in [0, 1]");
        }
        if (size.signum() == 0) {
            throw new DbException(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Sample size must be positive");
        }
        Expr factor = new Literal(BigDecimal.ONE.divide(size, MathContext.DECIMAL64).doubleValue());
        if (size.compareTo(BigDecimal.ONE) >= 0 && offset.signum() == 0) return new Sample(null, factor);

        Expr key = SqlParser.parseExpression(sampleBy);
        Expression compiled = compiler.compile(key, Scope.over(relation));
        DataType type = DataTypes.removeLowCardinality(compiled.type());
        int bits = switch (type.name()) {
            case "UInt8" -> 8;
            case "UInt16" -> 16;
            case "UInt32" -> 32;
            case "UInt64" -> 64;
            default -> throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER, "Invalid sampling column type in storage "
                    + "parameters: " + type + ". Must be one unsigned integer type");
        };
        BigDecimal universe = new BigDecimal(BigInteger.ONE.shiftLeft(bits));
        BigInteger lower = offset.multiply(universe).toBigInteger();
        BigDecimal upperFraction = offset.add(size);
        Expr condition = null;
        if (lower.signum() > 0) condition = FunctionCall.of("greaterOrEquals", key, bound(lower));
        if (upperFraction.compareTo(BigDecimal.ONE) < 0) {
            Expr upper = FunctionCall.of("less", key, bound(upperFraction.multiply(universe).toBigInteger()));
            condition = condition == null ? upper : FunctionCall.of("and", condition, upper);
        }
        if (condition == null) condition = FunctionCall.of("less", key, Literal.of(0L)); // offset 1: no rows
        return new Sample(condition, factor);
    }

    private static Expr bound(BigInteger v) {
        return v.bitLength() < 63 ? Literal.of(v.longValue()) : FunctionCall.of("toUInt64", Literal.of(v.toString()));
    }

    private static BigDecimal ratio(Expr e) {
        if (e instanceof FunctionCall f && f.name().equals("divide") && f.args().size() == 2) {
            BigDecimal d = number(f.args().get(1));
            if (d.signum() == 0) throw new DbException(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Sample size denominator is zero");
            return number(f.args().get(0)).divide(d, MathContext.DECIMAL128);
        }
        return number(e);
    }

    private static BigDecimal number(Expr e) {
        if (e instanceof Literal l && l.value() instanceof Number n) {
            return n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()) : new BigDecimal(n.toString());
        }
        throw new DbException(ErrorCode.SYNTAX_ERROR, "Invalid SAMPLE value " + ExpressionCompiler.canonical(e));
    }
}
