package io.strata.exec.function.scalar.json;

import io.strata.core.column.ArrayColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.column.TupleColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.EnumType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.ValueBuffer;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.json.JsonScanner.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * ClickHouse's JSON functions over String documents: JSONHas, JSONLength, JSONType, JSONKey,
 * JSONExtract{Int,UInt,Float,Bool,String,Raw}, JSONExtract with a type, JSONExtractKeys,
 * JSONExtractKeysAndValues(Raw), JSONExtractArrayRaw and isValidJSON. After the document come
 * path steps: a String is an object key, an integer a 1-based position (negative from the end).
 * An invalid document or a missing path gives the result type's default.
 */
public final class JsonFunctions {
    private JsonFunctions() {
    }

    /** What a function does with the value the path leads to (p = -1 when there is none). */
    @FunctionalInterface
    interface ValueSink {
        void accept(byte[] b, int p, int to, ColumnBuilder out, int keyStart);
    }

    private static final ArrayType ARRAY_OF_STRING = new ArrayType(DataTypes.STRING);
    static final EnumType JSON_TYPE = jsonTypeEnum();

    private static EnumType jsonTypeEnum() {
        LinkedHashMap<String, Integer> values = new LinkedHashMap<>();
        values.put("Null", 0);
        values.put("String", (int) '"');
        values.put("Array", (int) '[');
        values.put("Object", (int) '{');
        values.put("Int64", (int) 'i');
        values.put("UInt64", (int) 'u');
        values.put("Double", (int) 'd');
        values.put("Bool", (int) 'b');
        return new EnumType(false, values);
    }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        out.add(FunctionDefinition.of("isValidJSON", JsonFunctions::isValid));
        out.add(pathFunction("JSONHas", DataTypes.UINT8, (b, p, to, o, k) -> ((io.strata.core.column.LongColumnBuilder) o).append(p >= 0 ? 1 : 0)));
        out.add(pathFunction("JSONLength", DataTypes.UINT64, (b, p, to, o, k) ->
                ((io.strata.core.column.LongColumnBuilder) o).append(p >= 0 && (b[p] == '{' || b[p] == '[') ? JsonScanner.count(b, p, to) : 0)));
        out.add(pathFunction("JSONType", JSON_TYPE, (b, p, to, o, k) -> ((io.strata.core.column.LongColumnBuilder) o).append(p < 0 ? 0 : typeCode(JsonScanner.kind(b, p, to)))));
        out.add(pathFunction("JSONKey", DataTypes.STRING, (b, p, to, o, k) -> {
            ValueBuffer v = new ValueBuffer();
            if (k >= 0) JsonScanner.decodeString(b, k, v);
            v.appendTo((StringColumnBuilder) o);
        }));
        out.add(typed("JSONExtractInt", DataTypes.INT64, new JsonExtractTree.IntegerNode(DataTypes.INT64, false)));
        out.add(typed("JSONExtractUInt", DataTypes.UINT64, new JsonExtractTree.IntegerNode(DataTypes.UINT64, false)));
        out.add(typed("JSONExtractFloat", DataTypes.FLOAT64, new JsonExtractTree.FloatNode(false)));
        out.add(typed("JSONExtractBool", DataTypes.UINT8, new BoolOnly()));
        out.add(typed("JSONExtractString", DataTypes.STRING, new StringOnly()));
        out.add(pathFunction("JSONExtractRaw", DataTypes.STRING, (b, p, to, o, k) -> {
            ValueBuffer v = new ValueBuffer();
            if (p >= 0) JsonScanner.writeRaw(b, p, to, v, new ValueBuffer());
            v.appendTo((StringColumnBuilder) o);
        }));
        out.add(pathFunction("JSONExtractKeys", ARRAY_OF_STRING, (b, p, to, o, k) -> {
            ArrayColumnBuilder a = (ArrayColumnBuilder) o;
            if (p >= 0 && b[p] == '{') {
                ValueBuffer v = new ValueBuffer();
                for (int q = JsonScanner.first(b, p, to); q >= 0; q = JsonScanner.next(b, JsonScanner.memberValue(b, q, to), to)) {
                    JsonScanner.decodeString(b, q, v.reset());
                    v.appendTo((StringColumnBuilder) a.elements());
                }
            }
            a.endArray();
        }));
        out.add(pathFunction("JSONExtractArrayRaw", ARRAY_OF_STRING, (b, p, to, o, k) -> {
            ArrayColumnBuilder a = (ArrayColumnBuilder) o;
            if (p >= 0 && b[p] == '[') {
                ValueBuffer v = new ValueBuffer(), scratch = new ValueBuffer();
                for (int q = JsonScanner.first(b, p, to); q >= 0; q = JsonScanner.next(b, q, to)) {
                    JsonScanner.writeRaw(b, q, to, v.reset(), scratch);
                    v.appendTo((StringColumnBuilder) a.elements());
                }
            }
            a.endArray();
        }));
        TupleType rawPair = new TupleType(List.of(DataTypes.STRING, DataTypes.STRING));
        out.add(pathFunction("JSONExtractKeysAndValuesRaw", new ArrayType(rawPair), (b, p, to, o, k) -> {
            ArrayColumnBuilder a = (ArrayColumnBuilder) o;
            if (p >= 0 && b[p] == '{') {
                ValueBuffer v = new ValueBuffer(), scratch = new ValueBuffer();
                TupleColumnBuilder t = (TupleColumnBuilder) a.elements();
                for (int q = JsonScanner.first(b, p, to); q >= 0; ) {
                    int value = JsonScanner.memberValue(b, q, to);
                    JsonScanner.decodeString(b, q, v.reset());
                    v.appendTo((StringColumnBuilder) t.element(0));
                    JsonScanner.writeRaw(b, value, to, v.reset(), scratch);
                    v.appendTo((StringColumnBuilder) t.element(1));
                    t.endTuple();
                    q = JsonScanner.next(b, value, to);
                }
            }
            a.endArray();
        }));
        out.add(FunctionDefinition.of("JSONExtract", ctx -> generic(ctx, "JSONExtract", false)));
        out.add(FunctionDefinition.of("JSONExtractKeysAndValues", ctx -> generic(ctx, "JSONExtractKeysAndValues", true)));
        out.addAll(SimpleJsonFunctions.all());
        return out;
    }

    private static int typeCode(Kind k) {
        return switch (k) {
            case OBJECT -> '{';
            case ARRAY -> '[';
            case STRING -> '"';
            case INT64 -> 'i';
            case UINT64 -> 'u';
            case DOUBLE -> 'd';
            case BOOL -> 'b';
            case NULL -> 0;
        };
    }

    /** JSONExtractBool: only true and false count. */
    private static final class BoolOnly extends JsonExtractTree {
        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            if (b[p] != 't' && b[p] != 'f') return false;
            ((io.strata.core.column.LongColumnBuilder) out).append(b[p] == 't' ? 1 : 0);
            return true;
        }
    }

    /** JSONExtractString: only JSON strings (no raw text of other values). */
    private static final class StringOnly extends JsonExtractTree {
        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            if (b[p] != '"') return false;
            scratch.reset();
            JsonScanner.decodeString(b, p, scratch);
            scratch.appendTo((StringColumnBuilder) out);
            return true;
        }
    }

    private static BoundFunction isValid(BindContext ctx) {
        Arguments.count(ctx, "isValidJSON", 1);
        requireDocument(ctx, "isValidJSON");
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            StringColumn s = (StringColumn) Vectors.dense(args[0]);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) r[i] = JsonScanner.document(s.bytes(), s.start(i), s.start(i) + s.length(i)) >= 0 ? 1 : 0;
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }

    private static void requireDocument(BindContext ctx, String name) {
        if (!Arguments.isString(ctx.argumentType(0))) throw Arguments.illegalType(ctx.argumentType(0), 0, name);
    }

    private static void checkPath(BindContext ctx, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            DataType t = ctx.argumentType(i);
            if (!Arguments.isString(t) && !t.isInteger()) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                        "The argument %d of function %s should be a string specifying key or an integer specifying index, illegal type: %s", i + 1, name, t);
            }
        }
    }

    private static FunctionDefinition pathFunction(String name, DataType rt, ValueSink sink) {
        return FunctionDefinition.of(name, ctx -> {
            Arguments.atLeast(ctx, name, 1);
            requireDocument(ctx, name);
            checkPath(ctx, name, 1, ctx.argumentCount());
            int pathEnd = ctx.argumentCount();
            return Kernel.bound(rt, (args, n) -> run(args, n, pathEnd, rt, sink));
        });
    }

    private static FunctionDefinition typed(String name, DataType rt, JsonExtractTree node) {
        return pathFunction(name, rt, (b, p, to, o, k) -> {
            if (p < 0 || !node.insert(b, p, to, o, new ValueBuffer())) o.appendDefault();
        });
    }

    /** Walks each row's document along the path and hands the value to the sink. */
    private static Column run(Column[] args, int n, int pathEnd, DataType rt, ValueSink sink) {
        StringColumn docs = (StringColumn) Vectors.dense(args[0]);
        int steps = pathEnd - 1;
        StringColumn[] keys = new StringColumn[steps];
        long[][] indexes = new long[steps][];
        for (int k = 0; k < steps; k++) {
            Column c = Vectors.dense(args[k + 1]);
            if (c instanceof StringColumn sc) keys[k] = sc;
            else indexes[k] = Vectors.longs(c, n);
        }
        ColumnBuilder out = rt.createBuilder(n);
        ValueBuffer scratch = new ValueBuffer();
        int[] keyOut = new int[1];
        byte[] b = docs.bytes();
        for (int i = 0; i < n; i++) {
            int from = docs.start(i), to = from + docs.length(i);
            int p = JsonScanner.document(b, from, to);
            int keyStart = -1;
            for (int k = 0; k < steps && p >= 0; k++) {
                keyOut[0] = -1;
                p = keys[k] != null
                        ? JsonScanner.child(b, p, to, keys[k].bytes(), keys[k].start(i), keys[k].length(i), 0, scratch, keyOut)
                        : JsonScanner.child(b, p, to, null, 0, -1, indexes[k][i], scratch, keyOut);
                keyStart = keyOut[0];
            }
            sink.accept(b, p, to, out, keyStart);
        }
        return out.build();
    }

    /** JSONExtract(json, path..., 'Type') and JSONExtractKeysAndValues(json, path..., 'Type'). */
    private static BoundFunction generic(BindContext ctx, String name, boolean keysAndValues) {
        Arguments.atLeast(ctx, name, 2);
        requireDocument(ctx, name);
        int last = ctx.argumentCount() - 1;
        Column typeArg = ctx.constantArgument(last);
        byte[] typeName = typeArg == null ? null : Arguments.constantBytes(typeArg);
        if (typeName == null || ctx.argumentType(last).id() != TypeId.STRING) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "The last argument of function %s should be a constant string specifying the return data type", name);
        }
        checkPath(ctx, name, 1, last);
        DataType valueType = DataTypes.parse(new String(typeName, java.nio.charset.StandardCharsets.UTF_8));
        JsonExtractTree node = JsonExtractTree.of(valueType);
        if (!keysAndValues) {
            return Kernel.bound(valueType, (args, n) -> run(args, n, last, valueType, (b, p, to, o, k) -> {
                if (p < 0 || !node.insert(b, p, to, o, new ValueBuffer())) o.appendDefault();
            }));
        }
        ArrayType rt = new ArrayType(new TupleType(List.of(DataTypes.STRING, valueType)));
        return Kernel.bound(rt, (args, n) -> run(args, n, last, rt, (b, p, to, o, k) -> {
            ArrayColumnBuilder a = (ArrayColumnBuilder) o;
            if (p >= 0 && b[p] == '{') {
                TupleColumnBuilder t = (TupleColumnBuilder) a.elements();
                ValueBuffer v = new ValueBuffer();
                for (int q = JsonScanner.first(b, p, to); q >= 0; ) {
                    int value = JsonScanner.memberValue(b, q, to);
                    // A member whose value does not convert is left out.
                    if (node.insert(b, value, to, t.element(1), v)) {
                        JsonScanner.decodeString(b, q, v.reset());
                        v.appendTo((StringColumnBuilder) t.element(0));
                        t.endTuple();
                    }
                    q = JsonScanner.next(b, value, to);
                }
            }
            a.endArray();
        }));
    }
}
