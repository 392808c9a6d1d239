package io.strata.compression;

import java.util.List;

/** {@code NONE}: the payload is the data itself. */
public final class NoneCodec implements Codec {
    public static final NoneCodec INSTANCE = new NoneCodec();

    private NoneCodec() {
    }

    @Override public byte methodByte() { return MethodBytes.NONE; }
    @Override public String name() { return "NONE"; }
    @Override public String description() { return "NONE"; }
    @Override public int maxCompressedSize(int srcLen) { return srcLen; }

    @Override
    public int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff) {
        System.arraycopy(src, srcOff, dst, dstOff, srcLen);
        return srcLen;
    }

    @Override
    public void decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int uncompressedLen) {
        if (srcLen != uncompressedLen) {
            throw CodecParams.corrupt("NONE", "payload of " + srcLen + " bytes for " + uncompressedLen + " uncompressed bytes");
        }
        System.arraycopy(src, srcOff, dst, dstOff, srcLen);
    }

    public static final class Factory implements CodecFactory {
        @Override public String name() { return "NONE"; }
        @Override public byte methodByte() { return MethodBytes.NONE; }

        @Override
        public Codec create(List<String> params, int valueWidth) {
            CodecParams.atMost("NONE", params, 0);
            return INSTANCE;
        }
    }
}
