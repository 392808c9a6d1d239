package io.strata.compression;

class ZstdCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return new ZstdCodec(3);
    }
}
