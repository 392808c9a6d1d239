package io.strata.exec.function.scalar.conversion;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.FixedStringType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * reinterpretAsX and reinterpret(x, 'T'): the value's bytes in memory order, little-endian as on
 * ClickHouse's x86/ARM hosts. A shorter source is padded with zero bytes, a longer one cut;
 * reinterpretAsString drops the trailing zero bytes, as ClickHouse does.
 */
public final class ReinterpretFunctions {
    private ReinterpretFunctions() {
    }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        List<DataType> targets = List.of(DataTypes.UINT8, DataTypes.UINT16, DataTypes.UINT32, DataTypes.UINT64,
                DataTypes.INT8, DataTypes.INT16, DataTypes.INT32, DataTypes.INT64, DataTypes.FLOAT32, DataTypes.FLOAT64,
                DataTypes.DATE, DataTypes.DATETIME, DataTypes.STRING);
        for (DataType t : targets) {
            String name = "reinterpretAs" + (t.equals(DataTypes.DATETIME) ? "DateTime" : t.name());
            out.add(FunctionDefinition.of(name, ctx -> {
                Arguments.count(ctx, name, 1);
                return bind(ctx, name, t);
            }));
        }
        out.add(FunctionDefinition.of("reinterpretAsFixedString", ctx -> {
            Arguments.count(ctx, "reinterpretAsFixedString", 1);
            int width = width(ctx.argumentType(0), "reinterpretAsFixedString");
            return bind(ctx, "reinterpretAsFixedString", new FixedStringType(width));
        }));
        out.add(FunctionDefinition.of("reinterpret", ctx -> {
            Arguments.count(ctx, "reinterpret", 2);
            return bind(ctx, "reinterpret", DataTypes.parse(Arguments.constantString(ctx, 1, "reinterpret")));
        }));
        return out;
    }

    /** Bytes of one value of a fixed-size type; 0 for String. */
    private static int width(DataType t, String name) {
        if (Arguments.isString(t)) return 0;
        if (t.id() == TypeId.FIXED_STRING) return ((FixedStringType) t).length();
        return switch (t.id()) {
            case UINT8, INT8, BOOL -> 1;
            case UINT16, INT16, DATE -> 2;
            case UINT32, INT32, FLOAT32, DATE32, IPV4 -> 4;
            case UINT64, INT64, FLOAT64, DATETIME64 -> 8;
            case DATETIME -> ((DateTimeType) t).is64() ? 8 : 4;
            default -> throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Cannot reinterpret %s as it has no fixed in-memory layout in %s", t, name);
        };
    }

    private static BoundFunction bind(BindContext ctx, String name, DataType to) {
        DataType from = ctx.argumentType(0);
        width(from, name);
        boolean toBytes = to.id() == TypeId.STRING || to.id() == TypeId.FIXED_STRING;
        int toWidth = toBytes ? 0 : width(to, name);
        return Kernel.bound(to, (args, n) -> {
            Column src = Vectors.dense(args[0]);
            if (toBytes) {
                StringColumnBuilder b = new StringColumnBuilder(to, n);
                int fixed = to instanceof FixedStringType ft ? ft.length() : -1;
                for (int i = 0; i < n; i++) {
                    byte[] v = bytes(src, from, i);
                    int len = v.length;
                    if (fixed < 0) while (len > 0 && v[len - 1] == 0) len--;
                    else len = fixed;
                    byte[] cell = new byte[len];
                    System.arraycopy(v, 0, cell, 0, Math.min(len, v.length));
                    b.append(cell);
                }
                return b.build();
            }
            boolean floating = to.id() == TypeId.FLOAT32 || to.id() == TypeId.FLOAT64;
            long[] r = new long[n];
            double[] d = floating ? new double[n] : null;
            for (int i = 0; i < n; i++) {
                byte[] v = bytes(src, from, i);
                long bits = 0;
                for (int k = Math.min(toWidth, v.length) - 1; k >= 0; k--) bits = bits << 8 | (v[k] & 0xFF);
                if (floating) d[i] = toWidth == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
                else r[i] = signExtend(bits, toWidth, to);
            }
            return floating ? new DoubleColumn(to, d, n) : new LongColumn(to, r, n);
        });
    }

    private static long signExtend(long bits, int width, DataType to) {
        boolean signed = switch (to.id()) {
            case INT8, INT16, INT32, INT64 -> true;
            default -> false;
        };
        if (!signed || width == 8) return bits;
        int shift = 64 - width * 8;
        return bits << shift >> shift;
    }

    private static byte[] bytes(Column c, DataType t, int row) {
        if (c instanceof StringColumn s) return s.getBytes(row);
        int w = width(t, "reinterpret");
        long bits;
        if (c instanceof DoubleColumn d) {
            double v = d.values()[row];
            bits = w == 4 ? Float.floatToRawIntBits((float) v) & 0xFFFF_FFFFL : Double.doubleToRawLongBits(v);
        } else {
            bits = Vectors.longs(c, c.size())[row];
        }
        byte[] out = new byte[w];
        for (int k = 0; k < w; k++) out[k] = (byte) (bits >>> (8 * k));
        return out;
    }
}
