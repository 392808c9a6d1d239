package io.strata.compression;

class T64SignedCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return T64Codec.of(width, true);
    }

    @Override
    boolean acceptsPartialValues() {
        return false;
    }
}
