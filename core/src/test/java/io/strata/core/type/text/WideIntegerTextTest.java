package io.strata.core.type.text;

import static io.strata.core.type.text.TextFixture.Style.CSV;
import static io.strata.core.type.text.TextFixture.Style.ESCAPED;
import static io.strata.core.type.text.TextFixture.Style.JSON;
import static io.strata.core.type.text.TextFixture.Style.QUOTED;
import static io.strata.core.type.text.TextFixture.Style.TEXT;
import static io.strata.core.type.text.TextFixture.read;
import static io.strata.core.type.text.TextFixture.roundTrip;
import static io.strata.core.type.text.TextFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.column.BigColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.type.DataTypes;
import io.strata.core.type.PhysicalKind;
import io.strata.core.type.WideIntegerType;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class WideIntegerTextTest {
    static final String U128_MAX = "340282366920938463463374607431768211455";
    static final String I128_MIN = "-170141183460469231731687303715884105728";
    static final String U256_MAX = "115792089237316195423570985008687907853269984665640564039457584007913129639935";
    static final String I256_MIN = "-57896044618658097711785492504343953926634992332820282019728792003956564819968";

    @Test
    void typesParseByNameAndAreBig() {
        assertSame(DataTypes.INT128, DataTypes.parse("Int128"));
        assertSame(DataTypes.UINT128, DataTypes.parse("UInt128"));
        assertSame(DataTypes.INT256, DataTypes.parse("Int256"));
        assertSame(DataTypes.UINT256, DataTypes.parse("UInt256"));
        assertEquals("Nullable(UInt256)", DataTypes.parse("Nullable(UInt256)").name());
        assertEquals(PhysicalKind.BIG, DataTypes.INT128.physicalKind());
        assertEquals(16, DataTypes.UINT128.fixedWidth());
        assertEquals(32, DataTypes.INT256.fixedWidth());
        assertTrue(DataTypes.INT256.isNumeric());
        assertFalse(DataTypes.INT256.isInteger()); // callers of isInteger() read longs
    }

    @Test
    void extremesRoundTripInEveryStyle() {
        assertEquals(U128_MAX, roundTrip("UInt128", U128_MAX, TEXT));
        assertEquals(I128_MIN, roundTrip("Int128", I128_MIN, ESCAPED));
        assertEquals(U256_MAX, roundTrip("UInt256", U256_MAX, CSV));
        assertEquals(I256_MIN, roundTrip("Int256", I256_MIN, QUOTED));
        assertEquals("\"" + U256_MAX + "\"", roundTrip("UInt256", U256_MAX, JSON));
        assertEquals("\"-5\"", roundTrip("Int128", "\"-5\"", JSON));
        assertEquals("0", roundTrip("Int256", "0", TEXT));
    }

    @Test
    void jsonQuotesOnlyWhenAsked() {
        FormatSettings bare = new FormatSettings(TextFixture.UTC.timeZone(), ',', false, false, false, true, false, true);
        BigColumn c = new BigColumn(DataTypes.INT128, new BigInteger[] {BigInteger.valueOf(-7)}, 1);
        assertEquals("-7", TextFixture.write(c, 0, JSON, bare));
        assertEquals("\"-7\"", write(c, JSON));
    }

    @Test
    void valuesBeyondTheWidthAreRejectedAndNegativesWrapForUnsigned() {
        DbException e = assertThrows(DbException.class, () -> read("UInt128", "340282366920938463463374607431768211456", TEXT));
        assertEquals(ErrorCode.CANNOT_PARSE_NUMBER, e.code());
        assertThrows(DbException.class, () -> read("Int128", "-170141183460469231731687303715884105729", TEXT));
        assertThrows(DbException.class, () -> read("Int256", "1" + "0".repeat(200), TEXT));
        assertThrows(DbException.class, () -> read("Int128", "12x", TEXT));
        assertThrows(DbException.class, () -> read("Int128", "", TEXT));
        assertEquals(U128_MAX, write(read("UInt128", "-1", TEXT), TEXT));
        // the top half of UInt128's range read as Int128 wraps to negatives, like UInt64 into Int64
        assertEquals("-1", write(read("Int128", U128_MAX, TEXT), TEXT));
    }

    @Test
    void wrapIsTwosComplement() {
        WideIntegerType i128 = DataTypes.INT128;
        assertEquals(new BigInteger(I128_MIN), i128.wrap(i128.maxValue().add(BigInteger.ONE)));
        assertEquals(BigInteger.ONE.negate(), i128.wrap(new BigInteger(U128_MAX)));
        assertEquals(new BigInteger(U256_MAX), DataTypes.UINT256.wrap(BigInteger.ONE.negate()));
        assertEquals(BigInteger.ZERO, DataTypes.UINT128.wrap(BigInteger.ONE.shiftLeft(128)));
    }

    @Test
    void leastSupertypeWidens() {
        assertThrows(DbException.class, () -> DataTypes.leastSupertype(List.of(DataTypes.UINT64, DataTypes.INT8)));
        assertEquals("Int128", DataTypes.leastSupertype(List.of(DataTypes.INT128, DataTypes.UINT64)).name());
        assertEquals("Int256", DataTypes.leastSupertype(List.of(DataTypes.INT64, DataTypes.UINT128)).name());
        assertEquals("Int128", DataTypes.leastSupertype(List.of(DataTypes.INT128, DataTypes.UINT32)).name());
        assertEquals("Int256", DataTypes.leastSupertype(List.of(DataTypes.INT128, DataTypes.UINT128)).name());
        assertEquals("UInt256", DataTypes.leastSupertype(List.of(DataTypes.UINT8, DataTypes.UINT256)).name());
        assertThrows(DbException.class, () -> DataTypes.leastSupertype(List.of(DataTypes.INT256, DataTypes.UINT256)));
    }
}
