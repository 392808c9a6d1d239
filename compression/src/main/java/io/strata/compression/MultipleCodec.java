package io.strata.compression;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

import java.util.List;
import java.util.StringJoiner;

/**
 * A chain such as {@code CODEC(Delta(4), ZSTD(1))}: each codec compresses the output of the
 * previous one. Payload layout, as ClickHouse's CompressionCodecMultiple:
 * <pre>
 * [1 byte: K codecs] [K bytes: their method bytes, in application order]
 * [the last stage's output as a headed block: method byte, 4 bytes LE size with this 9-byte
 *  header, 4 bytes LE size of its input, payload]
 * </pre>
 * Every intermediate stage also carries the 9-byte header in front of its payload; decoding walks
 * the chain backwards, reading each stage's sizes from its own header.
 */
public final class MultipleCodec implements Codec {
    private final Codec[] codecs;

    public MultipleCodec(List<Codec> codecs) {
        if (codecs.isEmpty() || codecs.size() > 255) {
            throw DbException.of(ErrorCode.ILLEGAL_CODEC_PARAMETER, "A codec chain needs 1 to 255 codecs, given %d", codecs.size());
        }
        this.codecs = codecs.toArray(Codec[]::new);
    }

    public List<Codec> codecs() {
        return List.of(codecs);
    }

    @Override public byte methodByte() { return MethodBytes.MULTIPLE; }
    @Override public String name() { return "Multiple"; }

    @Override
    public String description() {
        StringJoiner j = new StringJoiner(", ");
        for (Codec c : codecs) {
            j.add(c.description());
        }
        return j.toString();
    }

    @Override
    public int maxCompressedSize(int srcLen) {
        long size = srcLen;
        for (Codec c : codecs) {
            size = CompressedBlocks.HEADER_SIZE + (long) c.maxCompressedSize((int) Math.min(Integer.MAX_VALUE, size));
        }
        return (int) Math.min(Integer.MAX_VALUE, 1 + codecs.length + size);
    }

    @Override
    public int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff) {
        dst[dstOff] = (byte) codecs.length;
        byte[] in = src;
        int inOff = srcOff;
        int inLen = srcLen;
        for (int k = 0; k < codecs.length; k++) {
            Codec c = codecs[k];
            dst[dstOff + 1 + k] = c.methodByte();
            byte[] out = new byte[CompressedBlocks.HEADER_SIZE + c.maxCompressedSize(inLen)];
            inLen = CompressedBlocks.compressWithHeader(c, in, inOff, inLen, out, 0);
            in = out;
            inOff = 0;
        }
        System.arraycopy(in, 0, dst, dstOff + 1 + codecs.length, inLen);
        return 1 + codecs.length + inLen;
    }

    @Override
    public void decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int uncompressedLen) {
        if (srcLen < 1) {
            throw CodecParams.corrupt("Multiple", "empty payload");
        }
        int k = src[srcOff] & 0xFF;
        if (k == 0 || 1 + k > srcLen) {
            throw CodecParams.corrupt("Multiple", "bad chain length " + k);
        }
        byte[] in = src;
        int inOff = srcOff + 1 + k;
        int inLen = srcLen - 1 - k;
        for (int idx = k - 1; idx >= 0; idx--) {
            Codec c = Codecs.byMethodByte(src[srcOff + 1 + idx]);
            if (inLen < CompressedBlocks.HEADER_SIZE || in[inOff] != c.methodByte()) {
                throw CodecParams.corrupt("Multiple", "stage " + idx + " does not start with its header");
            }
            int compressed = Bytes.getInt(in, inOff + 1);
            int size = Bytes.getInt(in, inOff + 5);
            if (compressed != inLen || size < 0 || (idx == 0 && size != uncompressedLen)) {
                throw CodecParams.corrupt("Multiple", "stage " + idx + " sizes do not match");
            }
            byte[] out = idx == 0 ? dst : new byte[size];
            int outOff = idx == 0 ? dstOff : 0;
            c.decompress(in, inOff + CompressedBlocks.HEADER_SIZE, inLen - CompressedBlocks.HEADER_SIZE, out, outOff, size);
            in = out;
            inOff = outOff;
            inLen = size;
        }
    }

    /** Registered only to decode chains; chains are built by {@link CodecParser}, not by name. */
    public static final class Factory implements CodecFactory {
        private static final MultipleCodec READER = new MultipleCodec(List.of(NoneCodec.INSTANCE));

        @Override public String name() { return "Multiple"; }
        @Override public byte methodByte() { return MethodBytes.MULTIPLE; }

        @Override
        public Codec create(List<String> params, int valueWidth) {
            throw DbException.of(ErrorCode.UNKNOWN_CODEC, "Multiple codec is not included in the list of codecs that can be created by name");
        }

        @Override
        public Codec forReading() {
            return READER;
        }
    }
}
