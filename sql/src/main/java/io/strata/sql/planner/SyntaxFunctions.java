package io.strata.sql.planner;

import java.util.List;

/**
 * Functions the planner compiles itself instead of finding them in the function registry: the
 * lambda-taking array functions, arrayJoin, the IN family and EXISTS. ClickHouse lists them in
 * system.functions like any other, so the table adds these names to the registry's.
 */
public final class SyntaxFunctions {
    /** Canonical spellings (ClickHouse's), each one the planner accepts: the lambda-taking array functions and the rest. */
    public static final List<String> NAMES = java.util.stream.Stream.concat(HigherOrderExpression.CANONICAL.stream(),
            java.util.stream.Stream.of("arrayJoin", "in", "notIn", "globalIn", "globalNotIn", "exists")).toList();

    private SyntaxFunctions() {
    }
}
