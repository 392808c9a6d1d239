package io.strata.sql.planner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntaxFunctionsTest {
    /** system.functions shows SyntaxFunctions.NAMES: a lambda function the planner gains must be listed there too. */
    @Test
    void everyHigherOrderFunctionIsListed() {
        Set<String> listed = SyntaxFunctions.NAMES.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String name : HigherOrderExpression.NAMES) {
            assertTrue(listed.contains(name), name + " is compiled by the planner but missing from SyntaxFunctions.NAMES");
        }
    }
}
