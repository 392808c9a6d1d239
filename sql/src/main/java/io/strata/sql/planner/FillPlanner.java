package io.strata.sql.planner;

import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.TypeId;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import io.strata.exec.operator.FillOperator;
import io.strata.exec.operator.SortKey;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.OrderItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the WITH FILL parts of an ORDER BY into a {@link FillOperator}: FROM, TO and STEP must be
 * constants; STEP defaults to 1 (-1 for DESC), in days for Date and seconds for DateTime, and may
 * be an INTERVAL. The checks and their messages follow ClickHouse's (INVALID_WITH_FILL_EXPRESSION).
 */
final class FillPlanner {
    private static final io.strata.core.block.Chunk ONE_ROW = new io.strata.core.block.Chunk(new Column[0], 1);

    private FillPlanner() {
    }

    static boolean applies(List<OrderItem> orderBy) {
        for (OrderItem o : orderBy) if (o.fill() != null) return true;
        return false;
    }

    /** The operator over the sorted rows; sortKeys.get(i) is the channel of orderBy.get(i). */
    static FillOperator plan(List<OrderItem> orderBy, List<SortKey> sortKeys, List<DataType> channelTypes,
                             ExpressionCompiler compiler) {
        List<FillOperator.FillColumn> fill = new ArrayList<>();
        List<Integer> prefix = new ArrayList<>();
        for (int i = 0; i < orderBy.size(); i++) {
            OrderItem o = orderBy.get(i);
            int ch = sortKeys.get(i).channel();
            if (o.fill() == null) {
                if (fill.isEmpty()) prefix.add(ch);
                continue;
            }
            DataType type = DataTypes.removeLowCardinality(channelTypes.get(ch));
            if (!FillOperator.fillable(type)) {
                throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION, "Invalid with fill expression. Column type "
                        + type + " is not supported by WITH FILL");
            }
            TypeId id = type.id();
            boolean date = id == TypeId.DATE || id == TypeId.DATE32;
            boolean dateTime = id == TypeId.DATETIME;
            double from = bound(o.fill().from(), type, compiler);
            double to = bound(o.fill().to(), type, compiler);
            double step = o.descending() ? -1 : 1;
            int months = 0;
            if (o.fill().step() != null) {
                Expression e = constant(o.fill().step(), compiler);
                String t = e.type().name();
                double n = number(e.evaluate(ONE_ROW));
                if (t.startsWith("Interval")) {
                    String unit = t.substring("Interval".length());
                    double seconds = switch (unit) {
                        case "Second" -> 1;
                        case "Minute" -> 60;
                        case "Hour" -> 3600;
                        case "Day" -> 86400;
                        case "Week" -> 7 * 86400;
                        default -> 0;
                    };
                    if (seconds == 0) {
                        int perUnit = switch (unit) {
                            case "Month" -> 1;
                            case "Quarter" -> 3;
                            case "Year" -> 12;
                            default -> throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION,
                                    "Invalid with fill expression. STEP INTERVAL " + unit + " is not supported");
                        };
                        if (!date && !dateTime) {
                            throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION,
                                    "Invalid with fill expression. STEP of Interval type can be used only with Date/DateTime types");
                        }
                        months = (int) n * perUnit;
                        step = months;
                    } else if (date) {
                        if (seconds < 86400) {
                            throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION, "Invalid with fill expression. "
                                    + "The STEP of a Date column must be at least a day");
                        }
                        step = n * seconds / 86400;
                    } else if (dateTime) {
                        step = n * seconds;
                    } else {
                        throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION,
                                "Invalid with fill expression. STEP of Interval type can be used only with Date/DateTime types");
                    }
                } else {
                    step = n;
                }
            }
            if (step == 0) {
                throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION, "WITH FILL STEP value cannot be zero");
            }
            if (!o.descending()) {
                if (step < 0) {
                    throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION,
                            "WITH FILL STEP value cannot be negative for sorting in ascending direction");
                }
                if (!Double.isNaN(from) && !Double.isNaN(to) && from > to) {
                    throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION,
                            "WITH FILL TO value cannot be less than FROM value for sorting in ascending direction");
                }
            } else {
                if (step > 0) {
                    throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION,
                            "WITH FILL STEP value cannot be positive for sorting in descending direction");
                }
                if (!Double.isNaN(from) && !Double.isNaN(to) && from < to) {
                    throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION,
                            "WITH FILL FROM value cannot be less than TO value for sorting in descending direction");
                }
            }
            fill.add(new FillOperator.FillColumn(ch, o.descending(), from, to, months != 0 ? 0 : step, months,
                    dateTime ? 1 : 0));
        }
        return new FillOperator(fill, prefix.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Expression constant(Expr e, ExpressionCompiler compiler) {
        Expression c = compiler.compile(e, Scope.fixed(Map.of(), List.of()));
        if (!(c instanceof ConstantExpression)) {
            throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION, "Invalid with fill expression: "
                    + ExpressionCompiler.canonical(e) + " must be a constant");
        }
        return c;
    }

    /** A FROM/TO bound in the column's units (days for Date, seconds for DateTime); NaN when absent. */
    private static double bound(Expr e, DataType type, ExpressionCompiler compiler) {
        if (e == null) return Double.NaN;
        Expression c = constant(e, compiler);
        if (c.type().unwrap().id() == TypeId.STRING || type.id() == TypeId.DATE || type.id() == TypeId.DATE32
                || type.id() == TypeId.DATETIME) {
            c = compiler.cast(c, type);
        }
        return number(c.evaluate(ONE_ROW));
    }

    private static double number(Column c) {
        Column m = c.materialize();
        if (m instanceof io.strata.core.column.LongColumn l) return l.get(0);
        if (m instanceof io.strata.core.column.DoubleColumn d) return d.get(0);
        Object o = m.getObject(0);
        if (o instanceof Number n) return n.doubleValue();
        throw new DbException(ErrorCode.INVALID_WITH_FILL_EXPRESSION, "Invalid with fill expression: not a number: " + o);
    }
}
