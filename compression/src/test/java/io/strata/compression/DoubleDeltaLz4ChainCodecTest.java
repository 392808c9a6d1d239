package io.strata.compression;

class DoubleDeltaLz4ChainCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return CodecParser.parse("DoubleDelta, LZ4", width);
    }
}
