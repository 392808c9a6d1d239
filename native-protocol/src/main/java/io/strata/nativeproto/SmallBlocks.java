package io.strata.nativeproto;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Columns for the server's own small blocks (Log, ProfileEvents), built from plain values. */
final class SmallBlocks {
    private SmallBlocks() {
    }

    static Column longs(DataType type, long[] values) {
        return new LongColumn(type, values, values.length);
    }

    static Column strings(DataType type, List<String> values) {
        byte[][] encoded = new byte[values.size()][];
        int total = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
        }
        byte[] bytes = new byte[total];
        int[] offsets = new int[encoded.length + 1];
        for (int i = 0, at = 0; i < encoded.length; i++) {
            System.arraycopy(encoded[i], 0, bytes, at, encoded[i].length);
            at += encoded[i].length;
            offsets[i + 1] = at;
        }
        return new StringColumn(type, bytes, offsets, encoded.length);
    }
}
