package io.strata.compression;

class GorillaDeltaLz4ChainCodecTest extends BaseCodecTest {
    @Override
    Codec codec(int width) {
        return new MultipleCodec(java.util.List.of(new GorillaCodec(width), new DeltaCodec(width), Lz4Codec.INSTANCE));
    }
}
