package io.strata.sql.planner;

import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.driver.ParallelPipeline;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.Expression;
import io.strata.exec.operator.DistinctOperator;
import io.strata.exec.operator.ProjectOperator;
import io.strata.sql.ast.UnionMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Plans a chain of SELECTs joined by UNION, INTERSECT and EXCEPT, as ClickHouse evaluates it:
 * INTERSECT binds tighter than UNION and EXCEPT, which combine left to right. So
 * {@code a UNION ALL b INTERSECT c EXCEPT d} is {@code (a UNION ALL (b INTERSECT c)) EXCEPT d}.
 * <ul>
 *   <li>UNION DISTINCT removes duplicates from everything combined so far;</li>
 *   <li>INTERSECT ALL / EXCEPT ALL are multiset operations (a row of the left side is matched
 *       against one remaining occurrence on the right), the DISTINCT forms are set operations;</li>
 *   <li>a bare keyword takes its mode from union_default_mode / intersect_default_mode /
 *       except_default_mode; an empty mode makes the bare keyword an error (EXPECTED_ALL_OR_DISTINCT).</li>
 * </ul>
 * Columns are matched by position and cast to their least common supertype; names come from the
 * first query. NULLs are equal to each other, as in DISTINCT.
 */
final class SetOperationPlanner {
    private final Settings settings;
    private final ExpressionCompiler compiler;

    SetOperationPlanner(Settings settings, ExpressionCompiler compiler) {
        this.settings = settings;
        this.compiler = compiler;
    }

    /** A subtree of the chain: how to open it, plus its EXPLAIN text. */
    private record Node(Function<ExecutionContext, ChunkSource> open, String explain) {
    }

    PlannedQuery plan(List<PlannedQuery> parts, List<UnionMode> modes) {
        List<UnionMode> resolved = new ArrayList<>();
        for (UnionMode m : modes) resolved.add(resolve(m));
        Header first = parts.get(0).header();
        for (PlannedQuery p : parts) {
            if (p.header().size() != first.size()) {
                throw new DbException(ErrorCode.UNION_ALL_RESULT_STRUCTURES_MISMATCH,
                        "Different number of columns in " + operatorName(resolved.get(0)) + " elements: " + first.size()
                                + " and " + p.header().size());
            }
        }
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            List<DataType> ts = new ArrayList<>();
            for (PlannedQuery p : parts) ts.add(p.header().type(i));
            types.add(DataTypes.leastSupertype(ts));
        }
        Header header = new Header(first.names(), types);
        List<Node> leaves = new ArrayList<>();
        for (PlannedQuery p : parts) leaves.add(leaf(p, types));

        // INTERSECT first: fold each run of INTERSECTs into one operand
        List<Node> operands = new ArrayList<>();
        List<UnionMode> between = new ArrayList<>();
        Node current = leaves.get(0);
        for (int i = 0; i < resolved.size(); i++) {
            UnionMode m = resolved.get(i);
            if (m == UnionMode.INTERSECT_ALL || m == UnionMode.INTERSECT_DISTINCT) {
                current = combine(current, leaves.get(i + 1), m, types.size());
            } else {
                operands.add(current);
                between.add(m);
                current = leaves.get(i + 1);
            }
        }
        operands.add(current);
        Node result = operands.get(0);
        for (int i = 0; i < between.size(); i++) result = combine(result, operands.get(i + 1), between.get(i), types.size());
        return new PlannedQuery(header, result.open(), result.explain(), null);
    }

    private UnionMode resolve(UnionMode m) {
        return switch (m) {
            case UNION -> defaultMode("union_default_mode", "UNION", UnionMode.UNION_ALL, UnionMode.UNION_DISTINCT);
            case INTERSECT -> defaultMode("intersect_default_mode", "INTERSECT", UnionMode.INTERSECT_ALL, UnionMode.INTERSECT_DISTINCT);
            case EXCEPT -> defaultMode("except_default_mode", "EXCEPT", UnionMode.EXCEPT_ALL, UnionMode.EXCEPT_DISTINCT);
            default -> m;
        };
    }

    private UnionMode defaultMode(String setting, String keyword, UnionMode all, UnionMode distinct) {
        String v = settings.getString(setting).trim().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "ALL" -> all;
            case "DISTINCT" -> distinct;
            case "" -> throw new DbException(ErrorCode.EXPECTED_ALL_OR_DISTINCT, "Expected ALL or DISTINCT in " + keyword
                    + " query, because setting (" + setting + ") is empty");
            default -> throw new DbException(ErrorCode.BAD_ARGUMENTS, "Unexpected value of " + setting + ": '" + v
                    + "'. Must be one of ['', 'ALL', 'DISTINCT']");
        };
    }

    private static String operatorName(UnionMode m) {
        return switch (m) {
            case UNION_ALL, UNION_DISTINCT, UNION -> "UNION";
            case INTERSECT_ALL, INTERSECT_DISTINCT, INTERSECT -> "INTERSECT";
            default -> "EXCEPT";
        };
    }

    /** One query of the chain, cast to the common column types. */
    private Node leaf(PlannedQuery p, List<DataType> types) {
        List<Expression> casts = new ArrayList<>();
        boolean needed = false;
        for (int i = 0; i < types.size(); i++) {
            Expression ref = new ColumnReference(i, p.header().type(i));
            Expression c = compiler.cast(ref, types.get(i));
            needed |= c != ref;
            casts.add(c);
        }
        boolean needCast = needed;
        Function<ExecutionContext, ChunkSource> open = ctx -> {
            ChunkSource s = p.open().apply(ctx);
            return needCast ? ParallelPipeline.pipe(ctx, s, List.of(new ProjectOperator(casts))) : s;
        };
        return new Node(open, p.explain());
    }

    private static Node combine(Node left, Node right, UnionMode mode, int width) {
        int[] all = new int[width];
        for (int i = 0; i < width; i++) all[i] = i;
        String explain = switch (mode) {
            case UNION_ALL -> "Union\n";
            case UNION_DISTINCT -> "Distinct\nUnion\n";
            case INTERSECT_ALL -> "IntersectOrExcept (INTERSECT ALL)\n";
            case INTERSECT_DISTINCT -> "IntersectOrExcept (INTERSECT DISTINCT)\n";
            case EXCEPT_ALL -> "IntersectOrExcept (EXCEPT ALL)\n";
            default -> "IntersectOrExcept (EXCEPT DISTINCT)\n";
        } + indent(left.explain()) + indent(right.explain());
        Function<ExecutionContext, ChunkSource> open = switch (mode) {
            case UNION_ALL -> ctx -> new ConcatSource(ctx, List.of(left.open(), right.open()));
            case UNION_DISTINCT -> ctx -> ParallelPipeline.pipe(ctx, new ConcatSource(ctx, List.of(left.open(), right.open())),
                    List.of(new DistinctOperator(all, ctx)));
            case INTERSECT_ALL, EXCEPT_ALL -> ctx -> new SetOperationSource(left.open().apply(ctx), right.open().apply(ctx),
                    mode == UnionMode.INTERSECT_ALL, true);
            default -> ctx -> ParallelPipeline.pipe(ctx, new SetOperationSource(left.open().apply(ctx), right.open().apply(ctx),
                    mode == UnionMode.INTERSECT_DISTINCT, false), List.of(new DistinctOperator(all, ctx)));
        };
        return new Node(open, explain);
    }

    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n")) if (!line.isEmpty()) sb.append("  ").append(line).append('\n');
        return sb.toString();
    }
}
