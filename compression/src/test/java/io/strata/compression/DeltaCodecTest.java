package io.strata.compression;

class DeltaCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return new DeltaCodec(width);
    }
}
