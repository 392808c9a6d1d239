package io.strata.core.type;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The built-in type singletons and the parser of type names ({@code Array(Nullable(String))}). */
public final class DataTypes {
    private DataTypes() {
    }

    public static final IntegerType UINT8 = new IntegerType(TypeId.UINT8, "UInt8", 8, false);
    public static final IntegerType UINT16 = new IntegerType(TypeId.UINT16, "UInt16", 16, false);
    public static final IntegerType UINT32 = new IntegerType(TypeId.UINT32, "UInt32", 32, false);
    public static final IntegerType UINT64 = new IntegerType(TypeId.UINT64, "UInt64", 64, false);
    public static final IntegerType INT8 = new IntegerType(TypeId.INT8, "Int8", 8, true);
    public static final IntegerType INT16 = new IntegerType(TypeId.INT16, "Int16", 16, true);
    public static final IntegerType INT32 = new IntegerType(TypeId.INT32, "Int32", 32, true);
    public static final IntegerType INT64 = new IntegerType(TypeId.INT64, "Int64", 64, true);
    public static final WideIntegerType UINT128 = new WideIntegerType(TypeId.UINT128, "UInt128", 128, false);
    public static final WideIntegerType UINT256 = new WideIntegerType(TypeId.UINT256, "UInt256", 256, false);
    public static final WideIntegerType INT128 = new WideIntegerType(TypeId.INT128, "Int128", 128, true);
    public static final WideIntegerType INT256 = new WideIntegerType(TypeId.INT256, "Int256", 256, true);
    public static final IntegerType BOOL = new IntegerType(TypeId.BOOL, "Bool", 8, false);
    public static final FloatType FLOAT32 = new FloatType(TypeId.FLOAT32);
    public static final FloatType FLOAT64 = new FloatType(TypeId.FLOAT64);
    public static final StringType STRING = new StringType();
    public static final DateType DATE = new DateType(false);
    public static final DateType DATE32 = new DateType(true);
    public static final DateTimeType DATETIME = new DateTimeType(null, -1);
    public static final FixedStringType UUID = new FixedStringType(TypeId.UUID, 16);
    public static final FixedStringType IPV6 = new FixedStringType(TypeId.IPV6, 16);
    public static final SimpleLongType IPV4 = new SimpleLongType(TypeId.IPV4, "IPv4", 4);
    public static final NothingType NOTHING = new NothingType();
    public static final NullableType NULLABLE_NOTHING = new NullableType(NOTHING);

    public static final List<String> INTERVAL_UNITS = List.of("Nanosecond", "Microsecond", "Millisecond", "Second",
            "Minute", "Hour", "Day", "Week", "Month", "Quarter", "Year");
    private static final Map<String, SimpleLongType> INTERVALS = new LinkedHashMap<>();

    static {
        for (String u : INTERVAL_UNITS) {
            INTERVALS.put(u, new SimpleLongType(TypeId.INTERVAL, "Interval" + u, 8));
        }
    }

    /** The integer type of {@code bits} (8..256) and signedness: Int8..Int256, UInt8..UInt256. */
    public static DataType integer(int bits, boolean signed) {
        return switch (bits) {
            case 8 -> signed ? INT8 : UINT8;
            case 16 -> signed ? INT16 : UINT16;
            case 32 -> signed ? INT32 : UINT32;
            case 64 -> signed ? INT64 : UINT64;
            case 128 -> signed ? INT128 : UINT128;
            case 256 -> signed ? INT256 : UINT256;
            default -> throw new IllegalArgumentException("no integer type of " + bits + " bits");
        };
    }

    /** IntervalDay, IntervalMonth... by unit name ("Day"). */
    public static SimpleLongType interval(String unit) {
        SimpleLongType t = INTERVALS.get(unit);
        if (t == null) throw DbException.of(ErrorCode.UNKNOWN_TYPE, "Unknown interval unit %s", unit);
        return t;
    }

    public static DataType nullable(DataType t) {
        if (t.isNullable() && t.id() == TypeId.NULLABLE) return t;
        return new NullableType(t);
    }

    /** Nullable(t) when t can be inside Nullable, else t itself (as ClickHouse's makeNullableSafe). */
    public static DataType makeNullableSafe(DataType t) {
        if (t.id() == TypeId.NULLABLE) return t;
        if (t instanceof LowCardinalityType lc) {
            return lc.inner().isNullable() ? lc : new LowCardinalityType(makeNullableSafe(lc.inner()));
        }
        return t.canBeInsideNullable() ? new NullableType(t) : t;
    }

    /** t without a Nullable wrapper (LowCardinality(Nullable(T)) → LowCardinality(T)). */
    public static DataType removeNullable(DataType t) {
        if (t instanceof NullableType n) return n.inner();
        if (t instanceof LowCardinalityType lc && lc.inner() instanceof NullableType n) return new LowCardinalityType(n.inner());
        return t;
    }

    /** t without LowCardinality (LowCardinality(Nullable(T)) → Nullable(T)). */
    public static DataType removeLowCardinality(DataType t) {
        return t instanceof LowCardinalityType lc ? lc.inner() : t;
    }

    /**
     * ClickHouse's least common supertype (getLeastSupertype) of {@code types}: the type of
     * {@code [1, 2.5]} (Float64), {@code [1, NULL]} (Nullable(UInt8)), if/multiIf branches and
     * UNION columns. Throws NO_COMMON_TYPE when there is none.
     */
    public static DataType leastSupertype(List<DataType> types) {
        return LeastSupertype.of(types);
    }

    /** Parses a type name as ClickHouse accepts it, including SQL-standard aliases. */
    public static DataType parse(String text) {
        TypeNameParser p = new TypeNameParser(text);
        DataType t = p.parseType();
        p.skipWs();
        if (!p.atEnd()) {
            throw DbException.of(ErrorCode.UNKNOWN_TYPE, "Unknown data type family: %s", text);
        }
        return t;
    }

    private static final Map<String, DataType> SIMPLE = new LinkedHashMap<>();
    private static final Map<String, DataType> SIMPLE_CI = new LinkedHashMap<>();

    private static void simple(DataType t, String... ciAliases) {
        SIMPLE.put(t.name(), t);
        SIMPLE_CI.put(t.name().toLowerCase(Locale.ROOT), t);
        for (String a : ciAliases) {
            SIMPLE_CI.put(a.toLowerCase(Locale.ROOT), t);
        }
    }

    static {
        simple(UINT8, "TINYINT UNSIGNED", "INT1 UNSIGNED", "BYTE UNSIGNED");
        simple(UINT16, "SMALLINT UNSIGNED", "YEAR");
        simple(UINT32, "INT UNSIGNED", "INTEGER UNSIGNED", "MEDIUMINT UNSIGNED");
        simple(UINT64, "BIGINT UNSIGNED", "SERIAL", "BIT");
        simple(INT8, "TINYINT", "INT1", "BYTE", "TINYINT SIGNED", "INT1 SIGNED");
        simple(INT16, "SMALLINT", "SMALLINT SIGNED");
        simple(INT32, "INT", "INTEGER", "MEDIUMINT", "INT SIGNED", "INTEGER SIGNED", "MEDIUMINT SIGNED");
        simple(INT64, "BIGINT", "BIGINT SIGNED", "TIME");
        simple(UINT128);
        simple(UINT256);
        simple(INT128);
        simple(INT256);
        simple(BOOL, "BOOLEAN");
        simple(FLOAT32, "FLOAT", "REAL", "SINGLE");
        simple(FLOAT64, "DOUBLE", "DOUBLE PRECISION");
        simple(STRING, "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB",
                "VARCHAR", "CHAR", "CHARACTER", "CHARACTER VARYING", "CHAR VARYING", "NCHAR", "NVARCHAR", "NATIONAL CHAR",
                "NATIONAL CHARACTER", "VARCHAR2", "CLOB", "BYTEA", "BINARY", "VARBINARY", "BINARY VARYING", "BINARY LARGE OBJECT",
                "CHAR LARGE OBJECT", "CHARACTER LARGE OBJECT", "NATIONAL CHARACTER VARYING", "NCHAR VARYING", "NCHAR LARGE OBJECT");
        simple(DATE);
        simple(DATE32);
        simple(DATETIME, "TIMESTAMP");
        simple(UUID);
        simple(IPV4, "INET4");
        simple(IPV6, "INET6");
        simple(NOTHING);
        for (SimpleLongType t : INTERVALS.values()) simple(t);
    }

    /** Type families that take parameters, as system.data_type_families lists them (ClickHouse registers the Decimal ones case-insensitively). */
    private static final List<String> PARAMETRIC_FAMILIES = List.of("Array", "Tuple", "Map", "Nullable", "LowCardinality",
            "FixedString", "Decimal", "Decimal32", "Decimal64", "Decimal128", "Decimal256", "DateTime64", "Enum", "Enum8",
            "Enum16", "Nested", "AggregateFunction", "SimpleAggregateFunction");

    /**
     * Rows of system.data_type_families: {name, case_insensitive ("0"/"1"), alias_to}; the
     * case-insensitive (SQL standard and MySQL) aliases point to the family they stand for.
     */
    public static List<String[]> families() {
        List<String[]> out = new ArrayList<>();
        for (String name : SIMPLE.keySet()) out.add(new String[] {name, "0", ""});
        for (String name : PARAMETRIC_FAMILIES) out.add(new String[] {name, name.startsWith("Decimal") ? "1" : "0", ""});
        for (Map.Entry<String, DataType> e : SIMPLE_CI.entrySet()) {
            String canonical = e.getValue().name();
            if (!e.getKey().equals(canonical.toLowerCase(Locale.ROOT))) {
                out.add(new String[] {e.getKey().toUpperCase(Locale.ROOT), "1", canonical});
            }
        }
        return out;
    }

    /** A small recursive-descent parser for type names; type names are not SQL so it is separate from the grammar. */
    private static final class TypeNameParser {
        private final String s;
        private int pos;

        TypeNameParser(String s) {
            this.s = s;
        }

        boolean atEnd() { return pos >= s.length(); }

        void skipWs() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        DbException error() {
            return DbException.of(ErrorCode.UNKNOWN_TYPE, "Unknown data type family: %s", s.strip());
        }

        String word() {
            skipWs();
            int start = pos;
            if (pos < s.length() && s.charAt(pos) == '`') {
                int end = s.indexOf('`', pos + 1);
                if (end < 0) throw error();
                pos = end + 1;
                return s.substring(start + 1, end);
            }
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
            return s.substring(start, pos);
        }

        boolean peek(char c) {
            skipWs();
            return pos < s.length() && s.charAt(pos) == c;
        }

        void expect(char c) {
            if (!peek(c)) throw error();
            pos++;
        }

        long number() {
            skipWs();
            int start = pos;
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) pos++;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
            if (start == pos) throw error();
            return Long.parseLong(s.substring(start, pos));
        }

        String quoted() {
            skipWs();
            if (!peek('\'')) throw error();
            pos++;
            StringBuilder sb = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '\\' && pos < s.length()) {
                    sb.append(s.charAt(pos++));
                } else if (c == '\'') {
                    if (pos < s.length() && s.charAt(pos) == '\'') {
                        sb.append('\'');
                        pos++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(c);
                }
            }
            throw error();
        }

        DataType parseType() {
            String name = word();
            if (name.isEmpty()) throw error();
            // multi-word SQL aliases: DOUBLE PRECISION, INT UNSIGNED, CHARACTER VARYING...
            int save = pos;
            String two = name;
            while (true) {
                int before = pos;
                String next = word();
                if (next.isEmpty()) {
                    pos = before;
                    break;
                }
                String candidate = two + " " + next;
                if (SIMPLE_CI.containsKey(candidate.toLowerCase(Locale.ROOT)) || isPrefixOfAlias(candidate)) {
                    two = candidate;
                    save = pos;
                } else {
                    pos = before;
                    break;
                }
            }
            pos = save;
            if (!two.equals(name) && SIMPLE_CI.containsKey(two.toLowerCase(Locale.ROOT))) {
                DataType t = SIMPLE_CI.get(two.toLowerCase(Locale.ROOT));
                skipOptionalLengthArgs();
                return t;
            }
            if (name.equals("AggregateFunction")) return aggregateFunction();
            if (name.equals("SimpleAggregateFunction")) return simpleAggregateFunction();
            String lower = name.toLowerCase(Locale.ROOT);
            switch (lower) {
                case "nullable": {
                    expect('(');
                    DataType inner = parseType();
                    expect(')');
                    if (!inner.canBeInsideNullable()) {
                        throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Nested type %s cannot be inside Nullable type", inner);
                    }
                    return new NullableType(inner);
                }
                case "lowcardinality": {
                    expect('(');
                    DataType inner = parseType();
                    expect(')');
                    return new LowCardinalityType(inner);
                }
                case "array": {
                    expect('(');
                    DataType inner = parseType();
                    expect(')');
                    return new ArrayType(inner);
                }
                case "map": {
                    expect('(');
                    DataType k = parseType();
                    expect(',');
                    DataType v = parseType();
                    expect(')');
                    return new MapType(k, v);
                }
                case "tuple": {
                    expect('(');
                    List<DataType> elems = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    boolean named = false;
                    if (!peek(')')) {
                        do {
                            // either "name Type" or "Type"
                            int p0 = pos;
                            String first = word();
                            skipWs();
                            boolean isNamed = false;
                            if (!first.isEmpty() && pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '`')) {
                                isNamed = true;
                            }
                            if (isNamed) {
                                // may still be a multi-word alias like "DOUBLE PRECISION"
                                int p1 = pos;
                                String second = word();
                                pos = p1;
                                if (SIMPLE_CI.containsKey((first + " " + second).toLowerCase(Locale.ROOT))) {
                                    isNamed = false;
                                }
                            }
                            if (isNamed) {
                                named = true;
                                names.add(first);
                                elems.add(parseType());
                            } else {
                                pos = p0;
                                names.add(null);
                                elems.add(parseType());
                            }
                        } while (tryConsume(','));
                    }
                    expect(')');
                    if (named && names.contains(null)) throw error();
                    return new TupleType(elems, named ? names : null);
                }
                case "fixedstring": {
                    expect('(');
                    long n = number();
                    expect(')');
                    if (n <= 0 || n > 0xFFFFFF) throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "FixedString size must be positive");
                    return new FixedStringType((int) n);
                }
                case "datetime": case "timestamp": {
                    if (tryConsume('(')) {
                        String tz = quoted();
                        expect(')');
                        checkZone(tz);
                        return DateTimeType.dateTime(tz);
                    }
                    return DATETIME;
                }
                case "datetime64": {
                    expect('(');
                    long p = number();
                    String tz = null;
                    if (tryConsume(',')) {
                        tz = quoted();
                        checkZone(tz);
                    }
                    expect(')');
                    if (p < 0 || p > 9) throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Precision %d is out of bounds (precision range: [0, 9])", p);
                    return DateTimeType.dateTime64((int) p, tz);
                }
                case "decimal": case "numeric": case "dec": case "fixed": {
                    long p = 10, sc = 0;
                    if (tryConsume('(')) {
                        p = number();
                        if (tryConsume(',')) sc = number();
                        expect(')');
                    }
                    return decimal(p, sc);
                }
                case "decimal32": return decimalWithScale(9, this);
                case "decimal64": return decimalWithScale(18, this);
                case "decimal128": return decimalWithScale(38, this);
                case "decimal256": return decimalWithScale(76, this);
                case "enum8": case "enum16": case "enum": {
                    expect('(');
                    LinkedHashMap<String, Integer> values = new LinkedHashMap<>();
                    long next = 1;
                    do {
                        String n = quoted();
                        long v = next;
                        if (tryConsume('=')) v = number();
                        if (values.containsKey(n)) throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Duplicate names in enum: '%s'", n);
                        values.put(n, (int) v);
                        next = v + 1;
                    } while (tryConsume(','));
                    expect(')');
                    boolean wide = lower.equals("enum16");
                    if (lower.equals("enum")) {
                        wide = values.values().stream().anyMatch(v -> v < -128 || v > 127);
                    }
                    for (int v : values.values()) {
                        if (!wide && (v < -128 || v > 127) || wide && (v < -32768 || v > 32767)) {
                            throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Value %d for element is out of bounds of the Enum type", v);
                        }
                    }
                    return new EnumType(wide, values);
                }
                default:
                    break;
            }
            DataType t = SIMPLE.get(name);
            if (t == null) t = SIMPLE_CI.get(lower);
            if (t == null) throw error();
            skipOptionalLengthArgs();
            return t;
        }

        /** AggregateFunction([version, ]name[(params)], T...); the word is consumed already. */
        private DataType aggregateFunction() {
            expect('(');
            skipWs();
            if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                number(); // the state version, which ClickHouse allows first; we keep one version
                expect(',');
            }
            String function = word();
            if (function.isEmpty()) throw error();
            List<Object> params = functionParameters();
            List<DataType> args = new ArrayList<>();
            while (tryConsume(',')) args.add(parseType());
            expect(')');
            return new AggregateFunctionType(function, params, args);
        }

        /** SimpleAggregateFunction(name[(params)], T...); the word is consumed already. */
        private DataType simpleAggregateFunction() {
            expect('(');
            if (peek(')')) {
                pos++;
                return SimpleAggregateFunction.type("", List.of(), List.of()); // fails with ClickHouse's error
            }
            if (peek('\'')) {
                throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Aggregate function name for data type SimpleAggregateFunction "
                        + "must be passed as identifier (without quotes) or function");
            }
            String function = word();
            if (function.isEmpty()) throw error();
            List<Object> params = functionParameters();
            List<DataType> args = new ArrayList<>();
            while (tryConsume(',')) args.add(parseType());
            expect(')');
            return SimpleAggregateFunction.type(function, params, args);
        }

        /** The optional {@code (p1, p2...)} after an aggregate's name in a type name: numbers or quoted strings. */
        private List<Object> functionParameters() {
            List<Object> params = new ArrayList<>();
            if (tryConsume('(')) {
                if (!peek(')')) {
                    do {
                        params.add(peek('\'') ? quoted() : parameterNumber());
                    } while (tryConsume(','));
                }
                expect(')');
            }
            return params;
        }

        /** A numeric parameter: a Long when integral and in range, otherwise a Double (0.5, 1e-5, inf, nan). */
        private Object parameterNumber() {
            skipWs();
            int start = pos;
            while (pos < s.length() && "+-.0123456789eEinfaINFA".indexOf(s.charAt(pos)) >= 0) pos++;
            String t = s.substring(start, pos);
            if (t.isEmpty()) throw error();
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                String lower = t.toLowerCase(Locale.ROOT);
                if (lower.endsWith("inf")) return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                if (lower.endsWith("nan")) return Double.NaN;
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e2) {
                    throw error();
                }
            }
        }

        /** VARCHAR(255), INT(11), FLOAT(24): SQL-standard length arguments that ClickHouse ignores. */
        private void skipOptionalLengthArgs() {
            if (peek('(')) {
                int save = pos;
                pos++;
                try {
                    number();
                    while (tryConsume(',')) number();
                    expect(')');
                } catch (DbException e) {
                    pos = save;
                }
            }
        }

        boolean tryConsume(char c) {
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        private boolean isPrefixOfAlias(String candidate) {
            String prefix = candidate.toLowerCase(Locale.ROOT) + " ";
            for (String k : SIMPLE_CI.keySet()) {
                if (k.startsWith(prefix)) return true;
            }
            return false;
        }
    }

    private static DataType decimalWithScale(int precision, TypeNameParser p) {
        p.expect('(');
        long sc = p.number();
        p.expect(')');
        return decimal(precision, sc);
    }

    public static DecimalType decimal(long precision, long scale) {
        if (precision < 1 || precision > 76) {
            throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Precision %d is out of bounds (precision range: [1, 76])", precision);
        }
        if (scale < 0 || scale > precision) {
            throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Scale %d is out of bounds (max scale: %d)", scale, precision);
        }
        return new DecimalType((int) precision, (int) scale);
    }

    private static void checkZone(String tz) {
        try {
            java.time.ZoneId.of(tz);
        } catch (Exception e) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Cannot load time zone %s", tz);
        }
    }
}
