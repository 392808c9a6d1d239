package io.strata.compression;

class Lz4HcCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return Lz4Codec.hc(9);
    }
}
