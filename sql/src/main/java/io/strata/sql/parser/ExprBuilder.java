package io.strata.sql.parser;

import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Asterisk;
import io.strata.sql.ast.ColumnsMatcher;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Lambda;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.QueryParameter;
import io.strata.sql.ast.SubqueryExpr;
import io.strata.sql.ast.SqlFormatter;
import io.strata.sql.ast.WindowFrame;
import io.strata.sql.ast.WindowSpec;
import io.strata.sql.parser.ClickHouseParser.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds expressions, literals, identifiers and data type text from the parse tree, desugaring every
 * operator into the ClickHouse function it stands for. Dispatch is a type switch over the labelled
 * alternatives rather than a generic visitor, so each method returns a precise AST type.
 */
final class ExprBuilder {
    private static final Map<String, String> INTERVAL_FUNCTIONS = Map.ofEntries(
            Map.entry("NANOSECOND", "toIntervalNanosecond"), Map.entry("MICROSECOND", "toIntervalMicrosecond"),
            Map.entry("MILLISECOND", "toIntervalMillisecond"), Map.entry("SECOND", "toIntervalSecond"), Map.entry("MINUTE", "toIntervalMinute"),
            Map.entry("HOUR", "toIntervalHour"), Map.entry("DAY", "toIntervalDay"),
            Map.entry("WEEK", "toIntervalWeek"), Map.entry("MONTH", "toIntervalMonth"),
            Map.entry("QUARTER", "toIntervalQuarter"), Map.entry("YEAR", "toIntervalYear"));

    // EXTRACT(unit FROM x) as ClickHouse rewrites it.
    private static final Map<String, String> EXTRACT_FUNCTIONS = Map.ofEntries(
            Map.entry("SECOND", "toSecond"), Map.entry("MINUTE", "toMinute"), Map.entry("HOUR", "toHour"),
            Map.entry("DAY", "toDayOfMonth"), Map.entry("WEEK", "toISOWeek"), Map.entry("MONTH", "toMonth"),
            Map.entry("QUARTER", "toQuarter"), Map.entry("YEAR", "toYear"));

    private final AstBuilder queries;

    ExprBuilder(AstBuilder queries) {
        this.queries = queries;
    }

    // ---- expressions ----

    List<Expr> exprs(ColumnExprListContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        return ctx.columnExpr().stream().map(this::expr).toList();
    }

    List<Expr> exprs(List<ColumnExprContext> list) {
        return list.stream().map(this::expr).toList();
    }

    Expr expr(ColumnExprContext ctx) {
        return switch (ctx) {
            case ExprPrimaryContext c -> primary(c.primaryExpr());
            case ExprArrayAccessContext c -> call("arrayElement", expr(c.columnExpr(0)), expr(c.columnExpr(1)));
            case ExprTupleAccessContext c -> tupleAccess(c);
            case ExprCastOperatorContext c -> call("CAST", expr(c.columnExpr()), Literal.of(typeText(c.dataType())));
            case ExprNegateContext c -> negate(c);
            case ExprMultiplicativeContext c -> call(switch (c.getChild(1) instanceof TerminalNode t ? t.getSymbol().getType() : -1) {
                case ClickHouseLexer.ASTERISK -> "multiply";
                case ClickHouseLexer.SLASH -> "divide";
                case ClickHouseLexer.DIV -> "intDiv";
                default -> "modulo";
            }, expr(c.columnExpr(0)), expr(c.columnExpr(1)));
            case ExprAdditiveContext c -> call(c.PLUS() != null ? "plus" : "minus", expr(c.columnExpr(0)), expr(c.columnExpr(1)));
            case ExprConcatContext c -> call("concat", expr(c.columnExpr(0)), expr(c.columnExpr(1)));
            case ExprComparisonContext c -> call(switch (((TerminalNode) c.getChild(1)).getSymbol().getType()) {
                case ClickHouseLexer.EQ_DOUBLE, ClickHouseLexer.EQ_SINGLE -> "equals";
                case ClickHouseLexer.NOT_EQ -> "notEquals";
                case ClickHouseLexer.LE -> "lessOrEquals";
                case ClickHouseLexer.GE -> "greaterOrEquals";
                case ClickHouseLexer.LT -> "less";
                default -> "greater";
            }, expr(c.columnExpr(0)), expr(c.columnExpr(1)));
            case ExprLikeContext c -> call((c.NOT() != null ? "not" : "") + (c.ILIKE() != null ? (c.NOT() != null ? "ILike" : "ilike") : (c.NOT() != null ? "Like" : "like")),
                    expr(c.columnExpr(0)), expr(c.columnExpr(1)));
            case ExprInContext c -> call(inFunction(c.GLOBAL() != null, c.NOT() != null), expr(c.columnExpr(0)), expr(c.columnExpr(1)));
            case ExprIsNullContext c -> call(c.NOT() != null ? "isNotNull" : "isNull", expr(c.columnExpr()));
            case ExprBetweenContext c -> between(c);
            case ExprNotContext c -> call("not", expr(c.columnExpr()));
            case ExprAndContext c -> chain("and", ExprAndContext.class, c);
            case ExprOrContext c -> chain("or", ExprOrContext.class, c);
            case ExprTernaryContext c -> call("if", expr(c.columnExpr(0)), expr(c.columnExpr(1)), expr(c.columnExpr(2)));
            case ExprAliasContext c -> new Aliased(expr(c.columnExpr()), identifier(c.identifier()));
            case ExprLambdaContext c -> new Lambda(c.lambdaParameters().identifier().stream().map(ExprBuilder::identifier).toList(),
                    expr(c.columnExpr()));
            default -> throw error(ctx, "unsupported expression");
        };
    }

    private static String inFunction(boolean global, boolean not) {
        return (global ? "global" : "") + (not ? (global ? "NotIn" : "notIn") : (global ? "In" : "in"));
    }

    private Expr tupleAccess(ExprTupleAccessContext c) {
        Expr result = expr(c.columnExpr());
        Token token = c.DECIMAL_LITERAL() != null ? c.DECIMAL_LITERAL().getSymbol() : c.FLOATING_LITERAL().getSymbol();
        // `t.1.2` reaches us as t DOT "1.2" because the lexer reads 1.2 as a float.
        for (String part : token.getText().split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.chars().allMatch(Character::isDigit)) {
                throw error(c, "tuple element index must be a positive integer");
            }
            result = call("tupleElement", result, integerLiteral(part, 10));
        }
        return result;
    }

    private Expr negate(ExprNegateContext c) {
        Expr operand = expr(c.columnExpr());
        // Only a literal written right after the minus folds: -(1) stays negate(1), as in ClickHouse.
        boolean directLiteral = c.columnExpr() instanceof ExprPrimaryContext p
                && (p.primaryExpr() instanceof PrimaryLiteralContext l && l.literal().numberLiteral() != null
                    || p.primaryExpr() instanceof PrimaryLeadingDotFloatContext);
        return directLiteral && operand instanceof Literal lit ? negateLiteral(lit) : call("negate", operand);
    }

    private Expr between(ExprBetweenContext c) {
        Expr value = expr(c.columnExpr());
        Expr low = bound(c.betweenOperand(0));
        Expr high = bound(c.betweenOperand(1));
        if (c.NOT() != null) {
            return call("or", call("less", value, low), call("greater", value, high));
        }
        return call("and", call("greaterOrEquals", value, low), call("lessOrEquals", value, high));
    }

    /** A BETWEEN bound: the arithmetic subset of expressions, desugared as in expr(). */
    private Expr bound(BetweenOperandContext ctx) {
        return switch (ctx) {
            case BoundPrimaryContext c -> primary(c.primaryExpr());
            case BoundArrayAccessContext c -> call("arrayElement", bound(c.betweenOperand()), expr(c.columnExpr()));
            case BoundCastContext c -> call("CAST", bound(c.betweenOperand()), Literal.of(typeText(c.dataType())));
            case BoundNegateContext c -> {
                Expr operand = bound(c.betweenOperand());
                boolean directLiteral = c.betweenOperand() instanceof BoundPrimaryContext p
                        && p.primaryExpr() instanceof PrimaryLiteralContext l && l.literal().numberLiteral() != null;
                yield directLiteral ? negateLiteral((Literal) operand) : call("negate", operand);
            }
            case BoundMultiplicativeContext c -> call(switch (((TerminalNode) c.getChild(1)).getSymbol().getType()) {
                case ClickHouseLexer.ASTERISK -> "multiply";
                case ClickHouseLexer.SLASH -> "divide";
                case ClickHouseLexer.DIV -> "intDiv";
                default -> "modulo";
            }, bound(c.betweenOperand(0)), bound(c.betweenOperand(1)));
            case BoundAdditiveContext c -> call(c.PLUS() != null ? "plus" : "minus", bound(c.betweenOperand(0)), bound(c.betweenOperand(1)));
            case BoundConcatContext c -> call("concat", bound(c.betweenOperand(0)), bound(c.betweenOperand(1)));
            default -> throw error(ctx, "unsupported BETWEEN bound");
        };
    }

    private static Expr negateLiteral(Literal lit) {
        return switch (lit.value()) {
            case Long v -> new Literal(-v);
            case Double v -> new Literal(-v);
            case BigInteger v -> {
                BigInteger n = v.negate();
                yield new Literal(n.bitLength() < 64 ? (Object) n.longValue() : n);
            }
            default -> call("negate", lit);
        };
    }

    /**
     * AND and OR are n-ary: a AND b AND c is and(a, b, c). Only an unparenthesized chain of the same
     * operator flattens, as in ClickHouse: (a AND b) AND c and a BETWEEN x AND y AND c keep their nesting.
     */
    private <C extends ColumnExprContext> Expr chain(String name, Class<C> type, ColumnExprContext c) {
        List<Expr> args = new ArrayList<>();
        collect(type, c, args);
        return FunctionCall.of(name, args);
    }

    private <C extends ColumnExprContext> void collect(Class<C> type, ColumnExprContext c, List<Expr> out) {
        if (type.isInstance(c)) {
            for (ColumnExprContext operand : c.getRuleContexts(ColumnExprContext.class)) {
                collect(type, operand, out);
            }
        } else {
            out.add(expr(c));
        }
    }

    private Expr primary(PrimaryExprContext ctx) {
        return switch (ctx) {
            case PrimaryLiteralContext c -> literal(c.literal());
            case PrimaryLeadingDotFloatContext c -> new Literal(Double.parseDouble("0." + c.getChild(1).getText()));
            case PrimaryIntervalContext c -> call(INTERVAL_FUNCTIONS.get(unit(c.intervalUnit())), expr(c.columnExpr()));
            case PrimaryCastContext c -> call("CAST", expr(c.columnExpr()), Literal.of(typeText(c.dataType())));
            case PrimaryExtractContext c -> {
                String part = EXTRACT_FUNCTIONS.get(unit(c.intervalUnit()));
                if (part == null) throw error(c.intervalUnit(), "EXTRACT of a sub-second unit is not supported");
                yield call(part, expr(c.columnExpr()));
            }
            case PrimarySubstringContext c -> FunctionCall.of("substring", exprs(c.columnExpr()));
            case PrimaryTrimContext c -> call(c.BOTH() != null ? "trimBoth" : c.LEADING() != null ? "trimLeft" : "trimRight",
                    expr(c.columnExpr(1)), expr(c.columnExpr(0)));
            case PrimaryTypedLiteralContext c -> call(c.DATE() != null ? "toDate" : "toDateTime",
                    Literal.of(TextEscaping.unquote(c.STRING_LITERAL().getText())));
            case PrimaryCaseContext c -> caseExpr(c);
            case PrimaryExistsContext c -> call("exists", new SubqueryExpr(queries.selectUnion(c.selectUnion())));
            case PrimaryColumnsMatcherContext c -> new ColumnsMatcher(TextEscaping.unquote(c.STRING_LITERAL().getText()), null,
                    columnsExcept(c.columnsExcept()));
            case PrimaryAsteriskContext c -> new Asterisk(c.identifier().isEmpty() ? null
                    : String.join(".", c.identifier().stream().map(ExprBuilder::identifier).toList()), columnsExcept(c.columnsExcept()));
            case PrimaryFunctionContext c -> functionCall(c.functionCall());
            case PrimaryParameterContext c -> queryParameter(c.queryParameter());
            case PrimaryArrayContext c -> FunctionCall.of("array", exprs(c.columnExprList()));
            case PrimarySubqueryContext c -> new SubqueryExpr(queries.selectUnion(c.selectUnion()));
            case PrimaryParensContext c -> {
                List<Expr> items = exprs(c.columnExprList());
                // (a) is just a; (a, b) and the one-element (a,) are tuples.
                yield items.size() == 1 && c.COMMA() == null ? items.get(0) : FunctionCall.of("tuple", items);
            }
            case PrimaryEmptyTupleContext c -> FunctionCall.of("tuple", List.of());
            case PrimaryIdentifierContext c -> new Identifier(c.identifier().stream().map(ExprBuilder::identifier).toList());
            default -> throw error(ctx, "unsupported expression");
        };
    }

    private static String unit(IntervalUnitContext ctx) {
        String u = ctx.getText().toUpperCase(Locale.ROOT);
        return u.endsWith("S") ? u.substring(0, u.length() - 1) : u;
    }

    private Expr caseExpr(PrimaryCaseContext c) {
        List<ColumnExprContext> parts = c.columnExpr();
        int whenCount = c.WHEN().size();
        boolean withOperand = parts.size() == 2 * whenCount + (c.ELSE() != null ? 1 : 0) + 1;
        List<Expr> args = new ArrayList<>();
        for (ColumnExprContext part : parts) {
            args.add(expr(part));
        }
        if (c.ELSE() == null) {
            args.add(Literal.NULL);
        }
        return FunctionCall.of(withOperand ? "caseWithExpression" : "multiIf", args);
    }

    Expr functionCall(FunctionCallContext c) {
        String name = c.functionName().identifier() != null ? identifier(c.functionName().identifier()) : c.functionName().getText();
        List<Expr> parameters = null;
        if (c.parametersOpen != null) {
            parameters = exprs(c.columnExprList());
        }
        List<Expr> args = c.functionArgs() == null ? List.of() : exprs(c.functionArgs().columnExpr());
        // count(*) is count(): the asterisk means "rows", not "all columns".
        if (args.size() == 1 && args.get(0) instanceof Asterisk a && a.qualifier() == null) {
            args = List.of();
        }
        if (c.OVER() == null && parameters == null && c.functionArgs() != null) {
            Expr unitForm = DateUnitCalls.rewrite(name, c.functionArgs().columnExpr(), args);
            if (unitForm != null) return unitForm;
        }
        WindowSpec over = null;
        if (c.OVER() != null) {
            over = c.windowSpec() != null ? windowSpec(c.windowSpec()) : WindowSpec.named(identifier(c.identifier()));
        }
        return new FunctionCall(name, args, parameters, c.DISTINCT() != null, over);
    }

    QueryParameter queryParameter(QueryParameterContext c) {
        return new QueryParameter(identifier(c.identifier()), typeText(c.dataType()));
    }

    WindowSpec windowSpec(WindowSpecContext c) {
        String base = c.identifier() == null ? null : identifier(c.identifier());
        List<Expr> partition = c.columnExprList() == null ? List.of() : exprs(c.columnExprList());
        WindowFrame frame = null;
        if (c.windowFrame() != null) {
            WindowFrameContext f = c.windowFrame();
            WindowFrame.Unit unit = f.ROWS() != null ? WindowFrame.Unit.ROWS : WindowFrame.Unit.RANGE;
            frame = new WindowFrame(unit, frameBound(f.frameBound(0)), f.frameBound().size() > 1 ? frameBound(f.frameBound(1)) : null);
        }
        return new WindowSpec(base, partition, c.orderItem().stream().map(queries::orderItem).toList(), frame);
    }

    private WindowFrame.Bound frameBound(FrameBoundContext c) {
        if (c.CURRENT() != null) {
            return new WindowFrame.Bound(WindowFrame.BoundKind.CURRENT_ROW, null);
        }
        boolean preceding = c.PRECEDING() != null;
        if (c.UNBOUNDED() != null) {
            return new WindowFrame.Bound(preceding ? WindowFrame.BoundKind.UNBOUNDED_PRECEDING : WindowFrame.BoundKind.UNBOUNDED_FOLLOWING, null);
        }
        return new WindowFrame.Bound(preceding ? WindowFrame.BoundKind.PRECEDING : WindowFrame.BoundKind.FOLLOWING, expr(c.columnExpr()));
    }

    // ---- literals ----

    Literal literal(LiteralContext c) {
        if (c.numberLiteral() != null) {
            return number(c.numberLiteral());
        }
        if (c.STRING_LITERAL() != null) {
            return new Literal(TextEscaping.unquoteValue(c.STRING_LITERAL().getText()));
        }
        if (c.NULL() != null) {
            return Literal.NULL;
        }
        return new Literal(c.TRUE() != null);
    }

    Literal number(NumberLiteralContext c) {
        Token t = ((TerminalNode) c.getChild(0)).getSymbol();
        String text = t.getText();
        return switch (t.getType()) {
            case ClickHouseLexer.DECIMAL_LITERAL -> integerLiteral(text, 10);
            case ClickHouseLexer.HEXADECIMAL_LITERAL -> integerLiteral(text.substring(2), 16);
            case ClickHouseLexer.BINARY_LITERAL -> integerLiteral(text.substring(2), 2);
            case ClickHouseLexer.INF -> new Literal(Double.POSITIVE_INFINITY);
            case ClickHouseLexer.NAN_SQL -> new Literal(Double.NaN);
            default -> new Literal(Double.parseDouble(text));
        };
    }

    private static Literal integerLiteral(String digits, int radix) {
        BigInteger value = new BigInteger(digits, radix);
        return new Literal(value.bitLength() < 64 ? (Object) value.longValue() : value);
    }

    // ---- names and types ----

    static String identifier(IdentifierContext c) {
        return identifierText(c.getStart());
    }

    static String identifier(AliasIdentifierContext c) {
        return identifierText(c.getStart());
    }

    private static String identifierText(Token t) {
        return switch (t.getType()) {
            case ClickHouseLexer.BACKQUOTED_IDENTIFIER, ClickHouseLexer.DOUBLE_QUOTED_IDENTIFIER -> TextEscaping.unquote(t.getText());
            default -> t.getText();
        };
    }

    /**
     * The normalized text of a data type: single spaces, ", " between arguments, strings re-quoted in
     * canonical form. The core module parses this text into a DataType, so the AST needs no type model.
     */
    String typeText(DataTypeContext c) {
        StringBuilder sb = new StringBuilder(identifier(c.identifier()));
        for (TerminalNode word : c.IDENTIFIER()) {
            sb.append(' ').append(word.getText());
        }
        if (c.LPAREN() != null) {
            sb.append('(');
            List<DataTypeArgContext> args = c.dataTypeArg();
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(typeArg(args.get(i)));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private String typeArg(DataTypeArgContext ctx) {
        return switch (ctx) {
            case TypeArgEnumValueContext c -> SqlFormatter.quoteString(TextEscaping.unquote(c.STRING_LITERAL().getText())) + " = "
                    + (c.DASH() != null ? "-" : "") + c.numberLiteral().getText();
            case TypeArgLiteralContext c -> c.literal().STRING_LITERAL() != null
                    ? SqlFormatter.quoteString(TextEscaping.unquote(c.literal().STRING_LITERAL().getText())) : c.literal().getText();
            case TypeArgNegativeContext c -> "-" + c.numberLiteral().getText();
            case TypeArgNamedContext c -> SqlFormatter.identifier(identifier(c.identifier())) + " " + typeText(c.dataType());
            case TypeArgTypeContext c -> typeText(c.dataType());
            default -> throw error(ctx, "unsupported type argument");
        };
    }

    // ---- helpers ----

    private static FunctionCall call(String name, Expr... args) {
        return FunctionCall.of(name, args);
    }

    static TreeShapeException error(ParserRuleContext ctx, String message) {
        return new TreeShapeException(ctx.getStart(), message);
    }

    static boolean has(ParseTree ctx, int tokenType) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof TerminalNode t && t.getSymbol().getType() == tokenType) {
                return true;
            }
        }
        return false;
    }

    private static List<String> columnsExcept(ClickHouseParser.ColumnsExceptContext c) {
        return c == null ? List.of() : c.identifier().stream().map(ExprBuilder::identifier).toList();
    }
}
