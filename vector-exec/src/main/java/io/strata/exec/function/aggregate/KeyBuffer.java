package io.strata.exec.function.aggregate;

import io.strata.core.io.WriteBuffer;
import java.util.Arrays;

/**
 * A reusable growable byte array: the scratch space where composite keys (several arguments,
 * arrays, tuples) are encoded before hashing, and where single values are encoded before they
 * are copied into a state. Reset per row, so the hot loop does not allocate.
 */
final class KeyBuffer {
    private byte[] bytes = new byte[64];
    private int size;

    void reset() {
        size = 0;
    }

    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
    }

    void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void writeLong(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) bytes[size++] = (byte) (v >>> (8 * i));
    }

    void writeVarUInt(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** VarUInt length, then the bytes. */
    void writeBytes(byte[] src, int off, int len) {
        writeVarUInt(len);
        ensure(len);
        System.arraycopy(src, off, bytes, size, len);
        size += len;
    }

    void copyTo(WriteBuffer out) {
        out.write(bytes, 0, size);
    }
}
