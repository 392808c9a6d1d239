package io.strata.mergetree;

import io.strata.core.column.Column;

/** One column of a part being read granule by granule ({@link PartReader}), whatever the part's layout. */
interface ColumnCursor {
    /** The column's rows of {@code granule} ({@code rows} of them); granules may be asked out of sequence. */
    Column read(int granule, int rows);

    void close();
}
