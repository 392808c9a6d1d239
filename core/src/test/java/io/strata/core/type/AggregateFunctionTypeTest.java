package io.strata.core.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.column.Column;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateFunctionTypeTest {

    private static void roundTrip(String name) {
        DataType t = DataTypes.parse(name);
        assertEquals(name, t.name());
        assertEquals(TypeId.AGGREGATE_FUNCTION, t.id());
    }

    @Test
    void namesPrintAndParseAsInClickHouse() {
        roundTrip("AggregateFunction(sum, UInt64)");
        roundTrip("AggregateFunction(quantile(0.5), Float64)");
        roundTrip("AggregateFunction(quantiles(0.1, 0.5, 0.9), Nullable(Int32))");
        roundTrip("AggregateFunction(count)");
        roundTrip("AggregateFunction(argMax, String, DateTime('UTC'))");
        roundTrip("AggregateFunction(groupArray(10), Array(String))");
        roundTrip("AggregateFunction(sumIf, UInt64, UInt8)");
        assertEquals("AggregateFunction(sum, UInt64)", DataTypes.parse("AggregateFunction( sum ,UInt64 )").name());
        assertEquals("AggregateFunction(sum, UInt64)", DataTypes.parse("AggregateFunction(1, sum, UInt64)").name());
        assertEquals("AggregateFunction(quantile(0.00001), Float64)",
                new AggregateFunctionType("quantile", List.of(1e-5), List.of(DataTypes.FLOAT64)).name());
        assertEquals("AggregateFunction(f('a\\'b', 3), UInt8)",
                new AggregateFunctionType("f", List.of("a'b".getBytes(), 3L), List.of(DataTypes.UINT8)).name());
        AggregateFunctionType q = (AggregateFunctionType) DataTypes.parse("AggregateFunction(quantiles(0.5, 1), UInt8)");
        assertEquals("quantiles", q.functionName());
        assertEquals(List.of(0.5, 1L), q.parameters());
        assertEquals(List.of(DataTypes.UINT8), q.argumentTypes());
        assertEquals(PhysicalKind.BYTES, q.physicalKind());
        assertFalse(q.canBeInsideNullable());
        assertThrows(DbException.class, () -> DataTypes.parse("AggregateFunction(sum, UInt64"));
        assertThrows(DbException.class, () -> DataTypes.parse("AggregateFunction()"));
    }

    @Test
    void valuesAreRawStateBytesAndPrintAsEscapedStrings() {
        DataType t = DataTypes.parse("AggregateFunction(sum, UInt64)");
        StringColumnBuilder b = (StringColumnBuilder) t.createBuilder(1);
        b.append(new byte[] {45, 0, 9});
        Column c = b.build();
        assertEquals(t, c.type());
        assertEquals("", new String((byte[]) t.defaultColumn(1).getObject(0)));
        WriteBuffer out = new WriteBuffer();
        t.text().writeText(c, 0, out, FormatSettings.DEFAULT);
        assertEquals("-\0\t", out.toString());
        WriteBuffer escaped = new WriteBuffer();
        t.text().writeEscaped(c, 0, escaped, FormatSettings.DEFAULT);
        assertEquals("-\\0\\t", escaped.toString());
    }
}
