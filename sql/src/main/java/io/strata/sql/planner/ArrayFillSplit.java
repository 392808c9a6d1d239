package io.strata.sql.planner;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import java.util.Arrays;

/**
 * The kernels of arrayFill / arrayReverseFill and arraySplit / arrayReverseSplit, given the
 * elements of the first array, the lambda's truth value per element and the rows' element offsets
 * (from 0). {@link HigherOrderExpression} evaluates the lambda and calls these.
 */
final class ArrayFillSplit {
    private ArrayFillSplit() {
    }

    /**
     * arrayFill keeps an element whose condition holds and replaces the others with the last kept
     * element before them (the first element when none was kept: it always stays); arrayReverseFill
     * looks for the next kept element after them instead (the last element always stays).
     */
    static Column fill(DataType type, Column elements, boolean[] keep, int[] offsets, int rows, boolean reverse) {
        int total = offsets[rows];
        int[] positions = new int[total];
        for (int r = 0; r < rows; r++) {
            int from = offsets[r], to = offsets[r + 1];
            if (reverse) {
                int next = to - 1;
                for (int e = to - 1; e >= from; e--) {
                    if (keep[e]) next = e;
                    positions[e] = keep[e] ? e : next;
                }
            } else {
                int last = from;
                for (int e = from; e < to; e++) {
                    if (keep[e]) last = e;
                    positions[e] = keep[e] ? e : last;
                }
            }
        }
        return new ArrayColumn(type, offsets, elements.take(positions, total), rows);
    }

    /**
     * arraySplit cuts an array before each element whose condition holds (a cut before the first
     * element is ignored); arrayReverseSplit cuts after such elements (ignored after the last). An
     * empty array gives no parts.
     */
    static Column split(ArrayType type, Column elements, boolean[] cut, int[] offsets, int rows, boolean reverse) {
        int total = offsets[rows];
        int[] inner = new int[total + 1];
        int parts = 0;
        int[] outer = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            int from = offsets[r], to = offsets[r + 1];
            if (from < to) {
                for (int e = from; e < to - 1; e++) {
                    if (reverse ? cut[e] : cut[e + 1]) inner[++parts] = e + 1;
                }
                inner[++parts] = to;
            }
            outer[r + 1] = parts;
        }
        ArrayType partType = (ArrayType) type.element();
        ArrayColumn partsColumn = new ArrayColumn(partType, Arrays.copyOf(inner, parts + 1), elements.slice(0, total), parts);
        return new ArrayColumn(type, outer, partsColumn, rows);
    }
}
