package io.strata.compression;

class DoubleDeltaCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return new DoubleDeltaCodec(width);
    }
}
