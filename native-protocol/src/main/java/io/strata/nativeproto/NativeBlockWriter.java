package io.strata.nativeproto;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.binary.NativeSerialization;

/**
 * Writes a block as the native protocol carries it (ClickHouse's NativeWriter), adapted to the
 * negotiated revision:
 * <pre>
 * BlockInfo: VarUInt 1, UInt8 is_overflows, VarUInt 2, Int32 bucket_num (-1), VarUInt 0
 * VarUInt columns, VarUInt rows
 * per column: String name, String type, [revision >= 54454: UInt8 0 = default serialization],
 *             the column in Native layout (nothing at all when rows = 0)
 * </pre>
 * LowCardinality columns are sent as plain columns to clients below revision 54405 (and when
 * {@code low_cardinality_allow_in_native_format} is off); {@code DateTime('zone')} is named
 * {@code DateTime} below revision 54337, as ClickHouse does.
 */
public final class NativeBlockWriter {
    private static final int NO_BUCKET = -1;

    private final int revision;
    private final boolean keepLowCardinality;

    public NativeBlockWriter(int revision, boolean allowLowCardinality) {
        this.revision = revision;
        this.keepLowCardinality = allowLowCardinality && revision >= Protocol.DBMS_MIN_REVISION_WITH_LOW_CARDINALITY_TYPE;
    }

    /** Writes {@code chunk} (null: no rows, the header only) under {@code header}. */
    public void write(Header header, Chunk chunk, boolean overflows, WriteBuffer out) {
        int rows = chunk == null ? 0 : chunk.rowCount();
        if (revision > 0) {
            out.writeVarUInt(Protocol.BLOCK_INFO_IS_OVERFLOWS);
            out.write(overflows ? 1 : 0);
            out.writeVarUInt(Protocol.BLOCK_INFO_BUCKET_NUM);
            out.writeInt32(NO_BUCKET);
            out.writeVarUInt(Protocol.BLOCK_INFO_END);
        }
        out.writeVarUInt(header.size());
        out.writeVarUInt(rows);
        for (int i = 0; i < header.size(); i++) {
            DataType type = header.type(i);
            Column column = chunk == null ? null : chunk.column(i);
            if (!keepLowCardinality) {
                if (column != null) column = LowCardinalityConversion.removeFromColumn(type, column);
                type = LowCardinalityConversion.removeFromType(type);
            }
            writeString(out, header.name(i));
            writeString(out, typeName(type));
            if (revision >= Protocol.DBMS_MIN_REVISION_WITH_CUSTOM_SERIALIZATION) out.write(0);
            if (rows > 0) NativeSerialization.write(type, column, 0, rows, out);
        }
    }

    private String typeName(DataType type) {
        String name = type.name();
        if (revision < Protocol.DBMS_MIN_REVISION_WITH_TIME_ZONE_PARAMETER_IN_DATETIME_DATA_TYPE && name.startsWith("DateTime(")) {
            return "DateTime";
        }
        return name;
    }

    private static void writeString(WriteBuffer out, String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeVarUInt(b.length);
        out.write(b);
    }
}
