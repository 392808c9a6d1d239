package io.strata.sql.planner;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.JoinExpr;
import io.strata.sql.ast.JoinKind;
import io.strata.sql.ast.JoinStrictness;
import io.strata.sql.ast.TableExpr;
import io.strata.sql.ast.TableRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relation of {@code left [ALL|ANY] [INNER|LEFT|CROSS] JOIN right ON a = b [AND ...]} (and of
 * {@code FROM a, b}): the left side's columns, then the right side's, a right column whose name
 * the left side already has being named {@code alias.column} as ClickHouse names it. Either
 * side's columns may be written {@code alias.column}, {@code table.column} or
 * {@code db.table.column}. The ON condition must be a conjunction of equalities between an
 * expression of one side and an expression of the other; rows are joined by {@link HashJoinSource}.
 * RIGHT and FULL joins, USING, SEMI/ANTI/ASOF and other ON conditions are not supported yet.
 */
final class JoinRelation {
    private JoinRelation() {
    }

    static Relation of(JoinExpr join, Relation left, Relation right, ExpressionCompiler compiler) {
        boolean cross = join.kind() == JoinKind.CROSS || join.kind() == JoinKind.COMMA;
        if (!cross && join.kind() != JoinKind.INNER && join.kind() != JoinKind.LEFT) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED, join.kind() + " JOIN is not supported yet");
        }
        if (join.strictness() != JoinStrictness.DEFAULT && join.strictness() != JoinStrictness.ALL
                && join.strictness() != JoinStrictness.ANY) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED, join.strictness() + " JOIN is not supported yet");
        }
        if (!join.using().isEmpty()) throw new DbException(ErrorCode.NOT_IMPLEMENTED, "JOIN ... USING is not supported yet");
        if (!cross && join.on() == null) throw new DbException(ErrorCode.SYNTAX_ERROR, "JOIN requires an ON or USING clause");

        int leftWidth = left.names().size();
        List<String> names = new ArrayList<>(left.names());
        List<DataType> types = new ArrayList<>(left.types());
        List<Boolean> visible = new ArrayList<>(left.visibleInStar());
        Map<String, Integer> qualified = new HashMap<>();
        addQualified(qualified, left, join.left(), 0);
        for (int i = 0; i < right.names().size(); i++) {
            String name = right.names().get(i);
            names.add(names.contains(name) && right.qualifier() != null ? right.qualifier() + "." + name : name);
            types.add(right.types().get(i));
            visible.add(right.visibleInStar().get(i));
        }
        addQualified(qualified, right, join.right(), leftWidth);

        Relation shape = new Relation(names, types, visible, null, null, null, -1, false, qualified);
        List<Expression> leftKeys = new ArrayList<>(), rightKeys = new ArrayList<>();
        List<List<Integer>> leftInputs = new ArrayList<>(), rightInputs = new ArrayList<>();
        List<DataType> keyTypes = new ArrayList<>();
        if (!cross) {
            for (Expr condition : conjuncts(join.on())) {
                if (!(condition instanceof FunctionCall f) || !f.name().equals("equals") || f.args().size() != 2) {
                    throw new DbException(ErrorCode.NOT_IMPLEMENTED, "JOIN ON supports only equalities joined by AND yet");
                }
                Scope a = Scope.over(shape), b = Scope.over(shape);
                Expression ea = compiler.compile(f.args().get(0), a), eb = compiler.compile(f.args().get(1), b);
                int sideA = side(a.usedColumns(), leftWidth), sideB = side(b.usedColumns(), leftWidth);
                if (sideA == sideB || sideA == 0 || sideB == 0) {
                    throw new DbException(ErrorCode.INVALID_JOIN_ON_EXPRESSION,
                            "JOIN ON equality must compare an expression of the left table with one of the right table");
                }
                boolean aLeft = sideA < 0;
                DataType common = Supertypes.leastSupertype(ea.type(), eb.type());
                leftKeys.add(compiler.cast(aLeft ? ea : eb, common));
                rightKeys.add(compiler.cast(aLeft ? eb : ea, common));
                leftInputs.add(aLeft ? a.usedColumns() : b.usedColumns());
                rightInputs.add(aLeft ? b.usedColumns() : a.usedColumns());
                keyTypes.add(common);
            }
        }
        boolean keepUnmatched = join.kind() == JoinKind.LEFT;
        boolean firstOnly = join.strictness() == JoinStrictness.ANY;
        Relation.Opener opener = (ctx, columns, limitHint, filter) -> {
            // each side is opened with the output's columns of that side, then the keys' inputs
            List<Integer> leftOpen = new ArrayList<>(), rightOpen = new ArrayList<>();
            boolean[] fromRight = new boolean[columns.size()];
            int[] position = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                int c = columns.get(i);
                fromRight[i] = c >= leftWidth;
                position[i] = fromRight[i] ? slot(rightOpen, c - leftWidth) : slot(leftOpen, c);
            }
            List<int[]> leftKeyInputs = keyInputs(leftInputs, leftOpen, 0);
            List<int[]> rightKeyInputs = keyInputs(rightInputs, rightOpen, leftWidth);
            List<DataType> rightTypes = new ArrayList<>();
            for (int c : rightOpen) rightTypes.add(right.types().get(c));
            List<ChunkSource> leftMorsels = left.opener().open(ctx, leftOpen, -1, null);
            List<ChunkSource> rightMorsels = right.opener().open(ctx, rightOpen, -1, null);
            return List.of(new HashJoinSource(new HashJoinSource.Side(leftMorsels, leftKeys, leftKeyInputs),
                    new HashJoinSource.Side(rightMorsels, rightKeys, rightKeyInputs), rightTypes, keepUnmatched, firstOnly,
                    fromRight, position, keyTypes));
        };
        return new Relation(names, types, visible, null, null, opener, -1, false, qualified);
    }

    /** The position of side column {@code c} in the list a side is opened with, adding it when new. */
    private static int slot(List<Integer> open, int c) {
        int i = open.indexOf(c);
        if (i >= 0) return i;
        open.add(c);
        return open.size() - 1;
    }

    private static List<int[]> keyInputs(List<List<Integer>> inputs, List<Integer> open, int offset) {
        List<int[]> out = new ArrayList<>();
        for (List<Integer> used : inputs) {
            int[] positions = new int[used.size()];
            for (int i = 0; i < positions.length; i++) positions[i] = slot(open, used.get(i) - offset);
            out.add(positions);
        }
        return out;
    }

    /** -1 when all columns are the left side's, 1 when all are the right side's, 0 when none or both. */
    private static int side(List<Integer> used, int leftWidth) {
        boolean anyLeft = false, anyRight = false;
        for (int c : used) {
            if (c < leftWidth) anyLeft = true;
            else anyRight = true;
        }
        return anyLeft == anyRight ? 0 : anyLeft ? -1 : 1;
    }

    private static List<Expr> conjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof FunctionCall f && f.name().equals("and")) {
            for (Expr a : f.args()) out.addAll(conjuncts(a));
        } else {
            out.add(e);
        }
        return out;
    }

    /** alias.column, table.column and db.table.column for a side's columns (first spelling wins). */
    private static void addQualified(Map<String, Integer> out, Relation side, TableExpr source, int offset) {
        Map<String, Integer> own = new LinkedHashMap<>(side.qualifiedNames());
        List<String> prefixes = new ArrayList<>();
        if (side.qualifier() != null) prefixes.add(side.qualifier() + ".");
        if (source instanceof TableRef t) {
            prefixes.add(t.table() + ".");
            if (t.database() != null) prefixes.add(t.database() + "." + t.table() + ".");
        }
        for (int i = 0; i < side.names().size(); i++) {
            for (String p : prefixes) own.putIfAbsent(p + side.names().get(i), i);
        }
        own.forEach((name, i) -> out.putIfAbsent(name, i + offset));
    }
}
