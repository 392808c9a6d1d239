package io.strata.compression;

class T64UnsignedCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return T64Codec.of(width, false);
    }

    @Override
    boolean acceptsPartialValues() {
        return false;
    }
}
