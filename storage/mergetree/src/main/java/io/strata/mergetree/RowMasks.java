package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.table.ChunkSource;
import io.strata.exec.operator.FilterOperator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * How many rows of a part a lightweight DELETE masked, so that the table's row count (count()
 * without reading data) stays exact. Counted once per part, on first need, by reading its
 * {@code _row_exists} column; parts are immutable, so the count is kept while the part lives.
 */
final class RowMasks {
    private static final Map<DataPart, Long> DELETED = Collections.synchronizedMap(new WeakHashMap<>());

    private RowMasks() {
    }

    static long deletedRows(DataPart part) {
        if (!AlterConversions.hasMask(part)) return 0;
        Long cached = DELETED.get(part);
        if (cached != null) return cached;
        long kept = 0;
        int[] positions = new int[0];
        try (ChunkSource mask = new PartReader(part, Header.of(AlterConversions.ROW_EXISTS, RowMaskWriter.TYPE),
                List.of(new MarkRange(0, part.granules())))) {
            Chunk c;
            while ((c = mask.next()) != null) {
                if (positions.length < c.rowCount()) positions = new int[c.rowCount()];
                kept += FilterOperator.select(c.column(0), c.rowCount(), positions);
            }
        }
        long deleted = part.rows() - kept;
        DELETED.put(part, deleted);
        return deleted;
    }
}
