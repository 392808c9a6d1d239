package io.strata.compression;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CodecParserTest {
    @Test
    void parsesSingleCodecsAndChains() {
        assertEquals("ZSTD(3)", CodecParser.parse("ZSTD(3)", 8).description());
        assertEquals("ZSTD(1)", CodecParser.parse("ZSTD", 8).description());
        assertEquals("NONE", CodecParser.parse("NONE", 8).description());
        assertEquals("LZ4HC(0)", CodecParser.parse("LZ4HC", 8).description());
        assertEquals("LZ4HC(5)", CodecParser.parse("LZ4HC(5)", 8).description());
        assertEquals("Delta(4)", CodecParser.parse("Delta", 4).description());
        assertEquals("Delta(2)", CodecParser.parse("Delta(2)", 8).description());
        Codec chain = CodecParser.parse(" Delta(4) ,  LZ4 ", 4);
        assertInstanceOf(MultipleCodec.class, chain);
        assertEquals("Delta(4), LZ4", chain.description());
        assertEquals(MethodBytes.MULTIPLE, chain.methodByte());
        assertEquals("DoubleDelta, ZSTD(1)", CodecParser.parse("CODEC(DoubleDelta, ZSTD(1))", 8).description());
        assertEquals("T64, LZ4", CodecParser.parse("T64, LZ4", 4).description());
        assertEquals("T64", CodecParser.parse("T64('byte')", 4).description());
        assertEquals("T64('bit'), ZSTD(1)", CodecParser.parse("T64('bit'), ZSTD", 4).description());
        assertEquals("Gorilla", CodecParser.parse("Gorilla", 8).description());
        assertEquals("LZ4", CodecParser.parse("lz4", 8).description());
    }

    @Test
    void methodBytesAreClickHouses() {
        assertEquals(0x02, CodecParser.parse("NONE", 8).methodByte());
        assertEquals((byte) 0x82, CodecParser.parse("LZ4", 8).methodByte());
        assertEquals((byte) 0x82, CodecParser.parse("LZ4HC(3)", 8).methodByte());
        assertEquals((byte) 0x90, CodecParser.parse("ZSTD", 8).methodByte());
        assertEquals((byte) 0x92, CodecParser.parse("Delta", 8).methodByte());
        assertEquals((byte) 0x93, CodecParser.parse("T64", 8).methodByte());
        assertEquals((byte) 0x94, CodecParser.parse("DoubleDelta", 8).methodByte());
        assertEquals((byte) 0x95, CodecParser.parse("Gorilla", 8).methodByte());
    }

    @Test
    void registryHoldsEveryBuiltInOnce() {
        assertEquals(java.util.Set.of("NONE", "LZ4", "LZ4HC", "ZSTD", "Multiple", "Delta", "DoubleDelta", "Gorilla", "T64"), Codecs.names());
        assertEquals(ErrorCode.UNKNOWN_CODEC, assertThrows(DbException.class, () -> Codecs.byMethodByte((byte) 0x96)).code());
        // LZ4HC blocks are read by the plain LZ4 decoder
        assertEquals("LZ4", Codecs.byMethodByte(MethodBytes.LZ4).description());
    }

    private static ErrorCode error(String text, int width) {
        return assertThrows(DbException.class, () -> CodecParser.parse(text, width)).code();
    }

    @Test
    void errorsCarryClickHouseCodes() {
        assertEquals(ErrorCode.UNKNOWN_CODEC, error("Snappy", 8));
        assertEquals(ErrorCode.UNKNOWN_CODEC, error("Delta, Brotli(3)", 8));
        assertEquals(ErrorCode.UNKNOWN_CODEC, error("Multiple", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("ZSTD(99)", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("ZSTD(x)", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("ZSTD(1, 2)", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("Delta(3)", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("LZ4(1)", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("NONE(1)", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("T64", 16));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("T64('nibble')", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("Delta(4),", 8));
        assertEquals(ErrorCode.ILLEGAL_CODEC_PARAMETER, error("ZSTD(3", 8));
    }
}
