package io.strata.perf.clickbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.perf.clickbench.ResultComparison.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultComparisonTest {
    @Test
    void numbersAreComparedAfterRounding() {
        assertEquals(Kind.EQUAL, ResultComparison.compare(List.of("1234\t1518.930572\t4.611686018427388e18"),
                List.of("1234.0\t1518.9305720000002\t4.611686018427387904E18"), List.of(), -1, 0).kind());
        assertEquals(Kind.DIFFERENT, ResultComparison.compare(List.of("1518.93"), List.of("1518.94"), List.of(), -1, 0).kind());
        // Large integers (UserID) stay exact.
        assertEquals(Kind.DIFFERENT, ResultComparison.compare(List.of("435090932899640449"), List.of("435090932899640448"), List.of(), -1, 0).kind());
    }

    @Test
    void tiesAtTheEndOfALimitMayDiffer() {
        List<String> expected = List.of("a\t5", "b\t3", "c\t3");
        List<String> actual = List.of("a\t5", "b\t3", "d\t3");
        assertEquals(Kind.EQUAL_UP_TO_TIES, ResultComparison.compare(expected, actual, List.of(1), 3, 0).kind());
        // Without LIMIT the answer is complete: no row may differ.
        assertEquals(Kind.DIFFERENT, ResultComparison.compare(expected, actual, List.of(1), -1, 0).kind());
        // A tie inside the window is not at an edge.
        assertEquals(Kind.DIFFERENT, ResultComparison.compare(List.of("a\t5", "b\t5", "c\t3"), List.of("a\t5", "x\t5", "c\t3"),
                List.of(1), 3, 0).kind());
    }

    @Test
    void withOffsetTheFirstRunIsAnEdgeToo() {
        assertEquals(Kind.EQUAL_UP_TO_TIES, ResultComparison.compare(List.of("a\t5", "b\t4"), List.of("z\t5", "b\t4"), List.of(1), 10, 100).kind());
        assertEquals(Kind.DIFFERENT, ResultComparison.compare(List.of("a\t5", "b\t4"), List.of("z\t5", "b\t4"), List.of(1), 10, 0).kind());
    }

    @Test
    void keysMustAgreeRowByRow() {
        assertEquals(Kind.DIFFERENT, ResultComparison.compare(List.of("a\t5", "b\t3"), List.of("a\t5", "b\t2"), List.of(1), 2, 0).kind());
        assertEquals(Kind.DIFFERENT, ResultComparison.compare(List.of("a\t5"), List.of("a\t5", "b\t2"), List.of(1), 2, 0).kind());
    }

    @Test
    void unorderedAnswersCompareAsMultisets() {
        assertEquals(Kind.EQUAL, ResultComparison.compare(List.of("1", "2", "2"), List.of("2", "1", "2"), List.of(), -1, 0).kind());
        assertEquals(Kind.DIFFERENT, ResultComparison.compare(List.of("1", "2", "2"), List.of("2", "1", "1"), List.of(), -1, 0).kind());
    }
}
