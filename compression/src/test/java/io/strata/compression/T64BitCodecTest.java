package io.strata.compression;

class T64BitCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return T64Codec.of(width, width % 2 == 0, true);
    }

    @Override
    boolean acceptsPartialValues() {
        return false;
    }
}
