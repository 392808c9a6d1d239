package io.strata.exec.function.scalar;

import static io.strata.exec.function.scalar.FunctionHarness.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.column.Column;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are the answers of a ClickHouse 18.16 server to the same calls. */
class CityHash64FunctionTest {

    private static Long u(String decimal) {
        return Long.parseUnsignedLong(decimal);
    }

    private static List<Object> hash(Column... args) {
        return values(call("cityHash64", args));
    }

    @Test
    void stringsHashTheirBytes() {
        assertEquals(List.of(u("11160318154034397263"), u("2603192927274642682")), hash(strings("", "a")));
        // FixedString(3) 'ab' hashes its zero padding too: the same as cityHash64('ab\0').
        Column fixed = new StringColumn(DataTypes.parse("FixedString(3)"), new byte[] {'a', 'b', 0}, new int[] {0, 3}, 1);
        assertEquals(List.of(u("2474032565810969706")), hash(fixed));
    }

    @Test
    void numbersAreIntHash64OfTheirZeroExtendedBits() {
        long one = u("10577349846663553072"); // = intHash64(1)
        assertEquals(List.of(one), hash(longs(DataTypes.UINT8, 1)));
        assertEquals(List.of(one), hash(longs(DataTypes.UINT32, 1)));
        assertEquals(List.of(one), hash(longs(DataTypes.UINT64, 1)));
        assertEquals(List.of(u("8055013221972926055")), hash(longs(DataTypes.INT8, -1)));
        assertEquals(List.of(u("8055013221972926055")), hash(longs(DataTypes.UINT8, 255)));
        assertEquals(List.of(u("6547939410751295652")), hash(longs(DataTypes.INT16, -1)));
        assertEquals(List.of(u("9168733277332772950")), hash(longs(DataTypes.INT32, -1)));
        assertEquals(List.of(u("14600443904207254319")), hash(longs(DataTypes.INT64, -1)));
        assertEquals(List.of(u("7287324520655339053")), hash(doubles(DataTypes.FLOAT64, 1.5)));
        assertEquals(List.of(u("17641193269776743632")), hash(doubles(DataTypes.FLOAT32, 1.5)));
        assertEquals(List.of(u("6817702824740635125")), hash(longs(DataTypes.DATE, 18262)));
        assertEquals(List.of(u("1353083611880552204")), hash(longs(DataTypes.DATETIME, 1577836800)));
    }

    @Test
    void severalArgumentsFoldWithHash128to64() {
        assertEquals(List.of(u("3281168119317583073")), hash(longs(DataTypes.UINT8, 1), strings("a")));
        assertEquals(List.of(u("11051256024482834174")), hash(strings("a"), longs(DataTypes.UINT8, 1)));
        assertEquals(List.of(u("7468329322676821011")), hash(strings("a"), strings("b")));
        assertEquals(List.of(u("5148486779656494228")),
                hash(longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 2), longs(DataTypes.UINT8, 3)));
        // Constant arguments (as from literals) give the same values per row.
        assertEquals(List.of(u("5072032430027375611"), u("5072032430027375611")),
                hash(constString("abc", 2), constLong(DataTypes.UINT8, 5, 2)));
    }

    @Test
    void arraysAndTuples() {
        Column oneTwo = call("array", longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 2));
        assertEquals(List.of(u("5171949009262398126")), hash(oneTwo));
        assertEquals(List.of(u("2576229629221428150")), hash(call("array", strings("a"), strings("b"))));
        assertEquals(List.of(u("7300694275743300772")), hash(call("array", strings("a")), strings("b")));
        Column nested = call("array", call("array", longs(DataTypes.UINT8, 1)),
                call("array", longs(DataTypes.UINT8, 2), longs(DataTypes.UINT8, 3)));
        assertEquals(List.of(u("15195279369167904507")), hash(nested));
        // A tuple is its elements as separate arguments.
        assertEquals(List.of(u("3281168119317583073")), hash(call("tuple", longs(DataTypes.UINT8, 1), strings("a"))));
        assertEquals(List.of(u("14368882906486626984")), hash(longs(DataTypes.UINT8, 1), strings("a"), oneTwo,
                call("tuple", longs(DataTypes.UINT8, 3), strings("x"))));
    }

    @Test
    void noArgumentsAndUnsupportedTypes() {
        assertEquals(List.of(u("16324913028386710556")), values(bind("cityHash64").execute(new Column[0], 1)));
        assertEquals(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                assertThrows(DbException.class, () -> hash(longs(DataTypes.parse("Decimal(9, 0)"), 1))).code());
    }
}
