package io.strata.compression;

class Lz4CodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return Lz4Codec.INSTANCE;
    }
}
