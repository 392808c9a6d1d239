package io.strata.nativeproto.server;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.nativeproto.LowCardinalityConversion;
import io.strata.nativeproto.NativeBlockReader;

/**
 * An INSERT block as the client sent it, fitted to the columns the server announced. Clients
 * send the announced names and types back; columns are matched by name (by position when the
 * names are not the announced ones), and the only type difference accepted is LowCardinality,
 * which ClickHouse also converts (old clients, or {@code low_cardinality_allow_in_native_format}).
 */
final class InsertBlockConversion {
    private InsertBlockConversion() {
    }

    static Chunk toHeader(NativeBlockReader.Block block, Header header) {
        Header got = block.header();
        if (got.size() != header.size()) {
            throw new DbException(ErrorCode.NUMBER_OF_COLUMNS_DOESNT_MATCH, "Block has " + got.size()
                    + " columns, the INSERT expects " + header.size() + " (" + String.join(", ", header.names()) + ")");
        }
        boolean byName = true;
        for (int i = 0; i < header.size() && byName; i++) byName = got.indexOf(header.name(i)) >= 0;
        Column[] columns = new Column[header.size()];
        for (int i = 0; i < columns.length; i++) {
            int from = byName ? got.indexOf(header.name(i)) : i;
            DataType sent = got.type(from);
            DataType expected = header.type(i);
            Column c = block.chunk().column(from);
            if (!sent.equals(expected)) {
                if (!LowCardinalityConversion.removeFromType(sent).equals(LowCardinalityConversion.removeFromType(expected))) {
                    throw new DbException(ErrorCode.TYPE_MISMATCH, "Type mismatch for column " + header.name(i) + ": expected "
                            + expected.name() + ", the client sent " + sent.name());
                }
                c = LowCardinalityConversion.convert(sent, c, expected);
            }
            columns[i] = c;
        }
        return new Chunk(columns, block.rows());
    }
}
