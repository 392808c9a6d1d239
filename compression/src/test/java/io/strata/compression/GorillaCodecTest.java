package io.strata.compression;

class GorillaCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return new GorillaCodec(width);
    }
}
