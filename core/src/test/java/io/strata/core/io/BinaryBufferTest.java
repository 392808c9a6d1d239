package io.strata.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Little-endian and VarUInt primitives of WriteBuffer/ReadBuffer, including values split across refills. */
class BinaryBufferTest {

    @Test
    void fixedWidthValuesAreLittleEndian() {
        WriteBuffer out = new WriteBuffer();
        out.writeInt16(0x0102).writeInt32(0x01020304).writeInt64(0x0102030405060708L).writeFloat32(1.5f).writeFloat64(-0.5);
        assertEquals("0201" + "04030201" + "0807060504030201" + "0000c03f" + "000000000000e0bf", HexFormat.of().formatHex(out.toByteArray()));
        ReadBuffer in = new ReadBuffer(out.toByteArray());
        assertEquals(0x0102, in.readInt16());
        assertEquals(0x01020304, in.readInt32());
        assertEquals(0x0102030405060708L, in.readInt64());
        assertEquals(1.5f, in.readFloat32());
        assertEquals(-0.5, in.readFloat64());
    }

    @Test
    void varUIntIsLeb128() {
        long[] values = {0, 1, 127, 128, 300, 16383, 16384, Integer.MAX_VALUE, Long.MAX_VALUE, -1L};
        String[] encodings = {"00", "01", "7f", "8001", "ac02", "ff7f", "808001", "ffffffff07", "ffffffffffffffff7f",
                "ffffffffffffffffff01"};
        for (int i = 0; i < values.length; i++) {
            WriteBuffer out = new WriteBuffer();
            out.writeVarUInt(values[i]);
            assertEquals(encodings[i], HexFormat.of().formatHex(out.toByteArray()), "VarUInt " + values[i]);
            assertEquals(values[i], new ReadBuffer(out.toByteArray()).readVarUInt());
            assertEquals(values[i], new ReadBuffer(new OneByteStream(out.toByteArray())).readVarUInt());
        }
    }

    @Test
    void bulkArraysNarrowAndWidenAcrossRefills() {
        long[] v = {0, 1, -1, 255, 256, 65535, 65536, -129, Integer.MAX_VALUE, 0xFFFF_FFFFL, Long.MIN_VALUE};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        WriteBuffer out = new WriteBuffer(sink, 16);
        out.write(7); // an odd start so wider values straddle the one-byte refills below
        out.writeInt8Array(v, 0, v.length);
        out.writeInt16Array(v, 0, v.length);
        out.writeInt32Array(v, 0, v.length);
        out.writeInt64Array(v, 0, v.length);
        double[] d = {0.1, -2.5, Double.NaN, Double.NEGATIVE_INFINITY};
        out.writeFloat32Array(d, 0, d.length);
        out.writeFloat64Array(d, 0, d.length);
        out.flush();
        byte[] bytes = sink.toByteArray();
        assertEquals(1 + v.length * 15 + d.length * 12, bytes.length);
        for (InputStream stream : new InputStream[] {new ByteArrayInputStream(bytes), new OneByteStream(bytes)}) {
            ReadBuffer in = new ReadBuffer(stream);
            assertEquals(7, in.readUInt8());
            long[] back = new long[v.length];
            in.readInt8Array(back, 0, v.length, true);
            for (int i = 0; i < v.length; i++) assertEquals((byte) v[i], back[i]);
            in.readInt16Array(back, 0, v.length, false);
            for (int i = 0; i < v.length; i++) assertEquals(v[i] & 0xFFFF, back[i]);
            in.readInt32Array(back, 0, v.length, true);
            for (int i = 0; i < v.length; i++) assertEquals((int) v[i], back[i]);
            in.readInt64Array(back, 0, v.length);
            assertArrayEquals(v, back);
            double[] f = new double[d.length];
            in.readFloat32Array(f, 0, d.length);
            for (int i = 0; i < d.length; i++) assertEquals((double) (float) d[i], f[i]);
            in.readFloat64Array(f, 0, d.length);
            assertArrayEquals(d, f);
            assertEquals(true, in.eof());
        }
    }

    @Test
    void runningOutIsCannotReadAllData() {
        ReadBuffer in = new ReadBuffer(new byte[] {1, 2, 3});
        DbException e = assertThrows(DbException.class, in::readInt64);
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, e.code());
        DbException bulk = assertThrows(DbException.class,
                () -> new ReadBuffer(new OneByteStream(new byte[12])).readInt32Array(new long[4], 0, 4, true));
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, bulk.code());
        DbException varint = assertThrows(DbException.class, () -> new ReadBuffer(new byte[] {(byte) 0x80}).readVarUInt());
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, varint.code());
    }

    /** Hands out one byte per read: every multi-byte value meets a refill. */
    private static final class OneByteStream extends InputStream {
        private final byte[] data;
        private int pos;

        OneByteStream(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) return -1;
            if (len == 0) return 0;
            b[off] = data[pos++];
            return 1;
        }
    }
}
