package io.strata.compression;

class NoneCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return NoneCodec.INSTANCE;
    }
}
