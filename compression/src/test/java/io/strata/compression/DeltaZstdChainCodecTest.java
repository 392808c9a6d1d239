package io.strata.compression;

class DeltaZstdChainCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return CodecParser.parse("Delta, ZSTD(1)", width);
    }
}
