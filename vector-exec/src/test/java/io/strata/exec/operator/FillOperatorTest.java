package io.strata.exec.operator;

import static io.strata.exec.operator.TestData.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.block.Chunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillOperatorTest {
    private static final double NONE = Double.NaN;

    private static FillOperator.FillColumn asc(int channel, double from, double to, double step) {
        return new FillOperator.FillColumn(channel, false, from, to, step, 0, 0);
    }

    @Test
    void fillsGapsBetweenRowsAcrossChunksWithDefaultsInOtherColumns() {
        FillOperator fill = new FillOperator(List.of(asc(0, NONE, NONE, 1)), new int[0]);
        List<Chunk> out = runPipeline(List.of(fill), Chunk.of(int64(0, 3), strings("a", "b")), Chunk.of(int64(5), strings("c")));
        assertEquals(List.of(List.of(0L, "a"), List.of(1L, ""), List.of(2L, ""), List.of(3L, "b"), List.of(4L, ""),
                List.of(5L, "c")), rows(out));
    }

    @Test
    void fromIsInclusiveToIsExclusiveAndBoundsValuesBetweenRows() {
        FillOperator fill = new FillOperator(List.of(asc(0, 0, 5.5, 2)), new int[0]);
        List<Chunk> out = runPipeline(List.of(fill), Chunk.of(float64(1, 9)));
        assertEquals(List.of(List.of(0.0), List.of(1.0), List.of(3.0), List.of(5.0), List.of(9.0)), rows(out));
    }

    @Test
    void descendingStepsDown() {
        FillOperator fill = new FillOperator(List.of(new FillOperator.FillColumn(0, true, NONE, NONE, -2, 0, 0)), new int[0]);
        assertEquals(List.of(List.of(6L), List.of(4L), List.of(2L), List.of(1L)), rows(runPipeline(List.of(fill), Chunk.of(int64(6, 1)))));
    }

    @Test
    void sortingPrefixRestartsFillingPerGroup() {
        FillOperator fill = new FillOperator(List.of(asc(1, NONE, NONE, 1)), new int[]{0});
        List<Chunk> out = runPipeline(List.of(fill), Chunk.of(int64(1, 1, 2, 2), int64(0, 2, 5, 6)));
        assertEquals(List.of(List.of(1L, 0L), List.of(1L, 1L), List.of(1L, 2L), List.of(2L, 5L), List.of(2L, 6L)), rows(out));
    }

    @Test
    void emptyInputGivesNothingAndFreshCopiesKeepNoState() {
        FillOperator fill = new FillOperator(List.of(asc(0, NONE, NONE, 1)), new int[0]);
        assertTrue(runPipeline(List.of(fill)).isEmpty());
        assertEquals(3, rows(runPipeline(List.of(fill.fresh()), Chunk.of(int64(0, 2)))).size());
    }
}
