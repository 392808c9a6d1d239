package io.strata.sql.planner;

import java.util.List;

/**
 * Functions the planner compiles itself instead of finding them in the function registry: the
 * lambda-taking array functions, arrayJoin, the IN family and EXISTS. ClickHouse lists them in
 * system.functions like any other, so the table adds these names to the registry's.
 */
public final class SyntaxFunctions {
    /** Canonical spellings (ClickHouse's), each one the planner accepts. */
    public static final List<String> NAMES = List.of(
            "arrayMap", "arrayFilter", "arrayExists", "arrayAll", "arrayCount", "arraySum", "arrayFirst", "arrayLast",
            "arrayFirstIndex", "arrayLastIndex", "arraySort", "arrayReverseSort", "arrayMin", "arrayMax", "arrayAvg",
            "arrayCumSum", "arrayFill", "arrayReverseFill", "arraySplit", "arrayReverseSplit", "arrayJoin", "in", "notIn",
            "globalIn", "globalNotIn", "exists");

    private SyntaxFunctions() {
    }
}
