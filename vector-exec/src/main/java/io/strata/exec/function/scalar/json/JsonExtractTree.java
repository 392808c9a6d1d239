package io.strata.exec.function.scalar.json;

import io.strata.core.column.ArrayColumnBuilder;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumnBuilder;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.column.MapColumnBuilder;
import io.strata.core.column.NullableColumnBuilder;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.column.TupleColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.EnumType;
import io.strata.core.type.FixedStringType;
import io.strata.core.type.FloatType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.MapType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.ValueBuffer;
import io.strata.exec.function.scalar.json.JsonScanner.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;


/**
 * Inserts a JSON value into a column of the type JSONExtract was asked for, compiled once per
 * type into a tree of nodes (ClickHouse's JSONExtractTree). A node returns false, appending
 * nothing, when the value does not convert; containers then insert the element type's default
 * (JSONExtract inserts defaults for invalid elements of arrays, tuples and maps).
 */
abstract class JsonExtractTree {

    /** Appends the value at p (valid JSON) to out, or returns false and appends nothing. */
    abstract boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch);

    static JsonExtractTree of(DataType type) {
        return switch (type) {
            case NullableType n -> new NullableNode(of(n.inner()));
            case ArrayType a -> new ArrayNode(of(a.element()));
            case MapType m -> {
                if (m.key().id() != TypeId.STRING) throw unsupported(type);
                yield new MapNode(of(m.value()));
            }
            case TupleType t -> new TupleNode(t.elements().stream().map(JsonExtractTree::of).toList(), t.names());
            case EnumType e -> new EnumNode(e);
            case FixedStringType f -> new StringNode(f.length());
            case FloatType f -> new FloatNode(f.id() == TypeId.FLOAT32);
            case IntegerType i -> i.id() == TypeId.BOOL ? new BoolNode() : i.bits() > 64 ? throwUnsupported(type) : new IntegerNode(i, true);
            default -> type.id() == TypeId.STRING ? new StringNode(0) : throwUnsupported(type);
        };
    }

    private static JsonExtractTree throwUnsupported(DataType type) {
        throw unsupported(type);
    }

    private static DbException unsupported(DataType type) {
        return DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Function JSONExtract doesn't support the return type schema: %s", type);
    }

    /** Integers: exact integers in range, booleans as 0/1 (when allowed), doubles truncated when in range. */
    static final class IntegerNode extends JsonExtractTree {
        private final boolean signed;
        private final int bits;
        private final boolean boolToInteger;

        IntegerNode(IntegerType type, boolean boolToInteger) {
            this.signed = type.signed();
            this.bits = type.bits();
            this.boolToInteger = boolToInteger;
        }

        private boolean inRange(long v, boolean unsigned64) {
            if (unsigned64) return !signed && bits == 64;
            if (bits == 64) return signed || v >= 0;
            if (signed) return v >= -(1L << (bits - 1)) && v < (1L << (bits - 1));
            return v >= 0 && v < (1L << bits);
        }

        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            long v;
            switch (JsonScanner.kind(b, p, to)) {
                case BOOL -> {
                    if (!boolToInteger) return false;
                    v = b[p] == 't' ? 1 : 0;
                }
                case INT64 -> {
                    v = JsonScanner.integer(b, p, to);
                    if (!inRange(v, false)) return false;
                }
                case UINT64 -> {
                    v = JsonScanner.integer(b, p, to);
                    if (!inRange(v, true)) return false;
                }
                case DOUBLE -> {
                    double d = JsonScanner.number(b, p, to);
                    double min = signed ? -Math.pow(2, bits - 1) : 0, max = signed ? Math.pow(2, bits - 1) : Math.pow(2, bits);
                    if (!(d >= min && d < max)) return false;
                    v = !signed && bits == 64 && d >= 0x1p63 ? (long) (d - 0x1p63) ^ Long.MIN_VALUE : (long) d;
                }
                default -> {
                    return false;
                }
            }
            ((LongColumnBuilder) out).append(v);
            return true;
        }
    }

    static final class FloatNode extends JsonExtractTree {
        private final boolean float32;

        FloatNode(boolean float32) {
            this.float32 = float32;
        }

        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            Kind k = JsonScanner.kind(b, p, to);
            double d;
            switch (k) {
                case INT64 -> d = JsonScanner.integer(b, p, to);
                case UINT64 -> d = io.strata.exec.function.scalar.Vectors.unsignedToDouble(JsonScanner.integer(b, p, to));
                case DOUBLE -> d = JsonScanner.number(b, p, to);
                case BOOL -> d = b[p] == 't' ? 1 : 0;
                default -> {
                    return false;
                }
            }
            ((DoubleColumnBuilder) out).append(float32 ? (float) d : d);
            return true;
        }
    }

    static final class BoolNode extends JsonExtractTree {
        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            Kind k = JsonScanner.kind(b, p, to);
            long v;
            if (k == Kind.BOOL) v = b[p] == 't' ? 1 : 0;
            else if (k == Kind.INT64 || k == Kind.UINT64) v = JsonScanner.integer(b, p, to) != 0 ? 1 : 0;
            else return false;
            ((LongColumnBuilder) out).append(v);
            return true;
        }
    }

    /** String: a JSON string's text, any other value as its raw JSON; FixedString(n) takes strings that fit. */
    static final class StringNode extends JsonExtractTree {
        private final int fixed;

        StringNode(int fixed) {
            this.fixed = fixed;
        }

        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            ValueBuffer value = new ValueBuffer();
            if (b[p] == '"') {
                JsonScanner.decodeString(b, p, value);
            } else {
                if (fixed > 0) return false;
                JsonScanner.writeRaw(b, p, to, value, scratch);
            }
            if (fixed > 0 && value.length() > fixed) return false;
            value.appendTo((StringColumnBuilder) out);
            return true;
        }
    }

    static final class EnumNode extends JsonExtractTree {
        private final EnumType type;

        EnumNode(EnumType type) {
            this.type = type;
        }

        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            Kind k = JsonScanner.kind(b, p, to);
            if (k == Kind.STRING) {
                scratch.reset();
                JsonScanner.decodeString(b, p, scratch);
                Integer v = type.values().get(new String(scratch.bytes(), 0, scratch.length(), StandardCharsets.UTF_8));
                if (v == null) return false;
                ((LongColumnBuilder) out).append(v);
                return true;
            }
            if (k == Kind.INT64) {
                long v = JsonScanner.integer(b, p, to);
                if (!type.values().containsValue((int) v) || v != (int) v) return false;
                ((LongColumnBuilder) out).append(v);
                return true;
            }
            return false;
        }
    }

    static final class NullableNode extends JsonExtractTree {
        private final JsonExtractTree inner;

        NullableNode(JsonExtractTree inner) {
            this.inner = inner;
        }

        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            NullableColumnBuilder n = (NullableColumnBuilder) out;
            if (b[p] == 'n' || !inner.insert(b, p, to, n.values(), scratch)) {
                n.appendNull();
            } else {
                n.markNotNull();
            }
            return true;
        }
    }

    static final class ArrayNode extends JsonExtractTree {
        private final JsonExtractTree element;

        ArrayNode(JsonExtractTree element) {
            this.element = element;
        }

        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            if (b[p] != '[') return false;
            ArrayColumnBuilder a = (ArrayColumnBuilder) out;
            for (int q = JsonScanner.first(b, p, to); q >= 0; q = JsonScanner.next(b, q, to)) {
                if (!element.insert(b, q, to, a.elements(), scratch)) a.elements().appendDefault();
            }
            a.endArray();
            return true;
        }
    }

    static final class MapNode extends JsonExtractTree {
        private final JsonExtractTree value;

        MapNode(JsonExtractTree value) {
            this.value = value;
        }

        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            if (b[p] != '{') return false;
            MapColumnBuilder m = (MapColumnBuilder) out;
            for (int q = JsonScanner.first(b, p, to); q >= 0; ) {
                int v = JsonScanner.memberValue(b, q, to);
                scratch.reset();
                JsonScanner.decodeString(b, q, scratch);
                ((StringColumnBuilder) m.keys()).append(scratch.bytes(), 0, scratch.length());
                if (!value.insert(b, v, to, m.values(), scratch)) m.values().appendDefault();
                m.endEntry();
                q = JsonScanner.next(b, v, to);
            }
            m.endMap();
            return true;
        }
    }

    /** Tuples: a named tuple takes an object's members by name; otherwise elements by position. */
    static final class TupleNode extends JsonExtractTree {
        private final List<JsonExtractTree> elements;
        private final byte[][] names;

        TupleNode(List<JsonExtractTree> elements, List<String> names) {
            this.elements = elements;
            this.names = names == null ? null : names.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        }

        @Override
        boolean insert(byte[] b, int p, int to, ColumnBuilder out, ValueBuffer scratch) {
            if (b[p] != '{' && b[p] != '[') return false;
            TupleColumnBuilder t = (TupleColumnBuilder) out;
            boolean byName = names != null && b[p] == '{';
            int q = JsonScanner.first(b, p, to);
            for (int i = 0; i < elements.size(); i++) {
                int v;
                if (byName) {
                    v = JsonScanner.child(b, p, to, names[i], 0, names[i].length, 0, scratch, null);
                } else if (q >= 0) {
                    v = b[p] == '{' ? JsonScanner.memberValue(b, q, to) : q;
                    q = JsonScanner.next(b, v, to);
                } else {
                    v = -1;
                }
                if (v < 0 || !elements.get(i).insert(b, v, to, t.element(i), scratch)) t.element(i).appendDefault();
            }
            t.endTuple();
            return true;
        }
    }

}
