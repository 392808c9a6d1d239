package io.strata.sql.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * EXPLAIN PLAN and EXPLAIN PIPELINE text from a plan's step list ({@link PlannedQuery#explain()}: one
 * step per line, the consumer first, sub-lines indented). ClickHouse prints a plan as a tree in which
 * each step's input is indented two spaces under it, and a pipeline as the same tree with every step
 * in parentheses followed by the processors that run it.
 */
public final class PlanExplainer {
    private PlanExplainer() {
    }

    /** The steps, each nested under its consumer. */
    public static List<String> plan(String flat) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (String step : steps(flat)) {
            if (step.startsWith(" ")) {
                out.add("  ".repeat(Math.max(depth - 1, 0)) + step);
                continue;
            }
            out.add("  ".repeat(depth) + step);
            depth++;
        }
        return out;
    }

    /** Each step as {@code (Name)} and its processor, each level indented two spaces. */
    public static List<String> pipeline(String flat) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (String step : steps(flat)) {
            if (step.startsWith(" ")) continue; // details of a step have no processors of their own
            String name = step.contains(" (") ? step.substring(0, step.indexOf(" (")) : step;
            String pad = "  ".repeat(depth);
            out.add(pad + "(" + name + ")");
            out.add(pad + processor(name));
            depth++;
        }
        return out;
    }

    private static String processor(String step) {
        return switch (step) {
            case "Expression" -> "ExpressionTransform";
            case "Filter" -> "FilterTransform";
            case "Sorting" -> "MergeSortingTransform";
            case "Aggregating" -> "AggregatingTransform";
            case "Distinct" -> "DistinctTransform";
            case "Union" -> "Resize";
            case "Limit" -> "Limit";
            case "ReadFromStorage" -> "SourceFromSingleChunk 0 → 1";
            default -> step.startsWith("IntersectOrExcept") ? "IntersectOrExcept" : step + "Transform";
        };
    }

    /** The non-blank lines, without a bare ReadFromStorage repeating the one before it. */
    private static List<String> steps(String flat) {
        List<String> lines = new ArrayList<>();
        for (String l : flat.split("\n")) {
            if (l.isBlank()) continue;
            String prev = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            if (l.equals("ReadFromStorage") && prev.startsWith("ReadFromStorage")) continue;
            lines.add(l);
        }
        return lines;
    }
}
