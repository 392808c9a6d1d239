package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.IndexDefinition;
import io.strata.core.table.TableEngineFactory.CompiledExpression;
import io.strata.core.table.TableEngineFactory.EngineServices;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * A data-skipping index of a MergeTree table, compiled: its kind and parameters, the element
 * expressions it indexes (a tuple expression indexes each element on its own) compiled over the
 * stored columns, and how many granules one entry summarizes. Parts carry one file per index
 * ({@link SkipIndexFile}); the kinds and their ids are persisted in those files.
 */
final class SkipIndex {

    /** Index kinds with their persisted id byte (never the ordinal). */
    enum Kind {
        /** Per entry and element: min and max of the non-NULL values. */
        MINMAX(1, "minmax"),
        /** Per entry and element: the distinct values, or "too many" past max_rows. */
        SET(2, "set"),
        /** Per entry and element: a bloom filter of the values' hashes. */
        BLOOM_FILTER(3, "bloom_filter"),
        /** Declared text indexes Strata accepts but does not build: never used to skip data. */
        NGRAM_BLOOM_FILTER(0, "ngrambf_v1"),
        TOKEN_BLOOM_FILTER(0, "tokenbf_v1");

        final int id;
        final String sqlName;

        Kind(int id, String sqlName) {
            this.id = id;
            this.sqlName = sqlName;
        }

        boolean isBuilt() {
            return id != 0;
        }

        static Kind ofId(int id) {
            for (Kind k : values()) if (k.isBuilt() && k.id == id) return k;
            return null;
        }
    }

    /** ClickHouse's default false positive rate of bloom_filter. */
    static final double DEFAULT_FALSE_POSITIVE = 0.025;

    private final IndexDefinition definition;
    private final Kind kind;
    private final long maxRows;
    private final double falsePositive;
    private final List<String> elements;
    private final CompiledExpression[] compiled;
    private final Header elementHeader;

    private SkipIndex(IndexDefinition definition, Kind kind, long maxRows, double falsePositive, List<String> elements,
                      CompiledExpression[] compiled) {
        this.definition = definition;
        this.kind = kind;
        this.maxRows = maxRows;
        this.falsePositive = falsePositive;
        this.elements = List.copyOf(elements);
        this.compiled = compiled;
        List<DataType> types = new ArrayList<>();
        for (CompiledExpression c : compiled) types.add(c.type());
        this.elementHeader = new Header(this.elements, types);
    }

    /**
     * Validates and compiles a declared index over the table's stored columns, with ClickHouse's
     * errors: unknown type, wrong parameters, constant expression, unusable type.
     */
    static SkipIndex compile(IndexDefinition def, Header stored, EngineServices services) {
        String type = def.type().strip();
        int open = type.indexOf('(');
        String typeName = (open < 0 ? type : type.substring(0, open)).strip();
        List<String> args = open < 0 ? List.of() : TupleElements.split(type.substring(open));
        Kind kind = null;
        for (Kind k : Kind.values()) if (k.sqlName.equals(typeName)) kind = k;
        if (kind == null) {
            throw new DbException(ErrorCode.INCORRECT_QUERY, "Unknown Index type '" + typeName
                    + "'. Available index types: minmax, set, bloom_filter, ngrambf_v1, tokenbf_v1");
        }
        if (def.granularity() <= 0) {
            throw new DbException(ErrorCode.INCORRECT_QUERY, "GRANULARITY of index " + def.name() + " must be greater than 0");
        }
        long maxRows = 0;
        double falsePositive = DEFAULT_FALSE_POSITIVE;
        switch (kind) {
            case MINMAX -> {
                if (!args.isEmpty()) throw new DbException(ErrorCode.INCORRECT_QUERY, "MinMax index cannot have parameters.");
            }
            case SET -> {
                if (args.size() != 1) throw new DbException(ErrorCode.INCORRECT_QUERY, "Set index must have exactly one argument.");
                try {
                    maxRows = Long.parseLong(args.get(0));
                } catch (NumberFormatException e) {
                    maxRows = -1;
                }
                if (maxRows < 0) throw new DbException(ErrorCode.INCORRECT_QUERY, "Set index argument must be positive integer.");
            }
            case BLOOM_FILTER -> {
                if (args.size() > 1) {
                    throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "BloomFilter index cannot have more than one parameter.");
                }
                if (args.size() == 1) {
                    double p;
                    try {
                        p = args.get(0).contains(".") || args.get(0).contains("e") ? Double.parseDouble(args.get(0)) : -1;
                    } catch (NumberFormatException e) {
                        p = -1;
                    }
                    if (p < 0 || p > 1) {
                        throw new DbException(ErrorCode.BAD_ARGUMENTS, "The BloomFilter false positive must be a double number between 0 and 1.");
                    }
                    falsePositive = p;
                }
            }
            case NGRAM_BLOOM_FILTER -> {
                if (args.size() != 4) throw new DbException(ErrorCode.INCORRECT_QUERY, "`ngrambf` index must have exactly 4 arguments.");
            }
            case TOKEN_BLOOM_FILTER -> {
                if (args.size() != 3) throw new DbException(ErrorCode.INCORRECT_QUERY, "`tokenbf` index must have exactly 3 arguments.");
            }
        }
        List<String> elements = TupleElements.split(def.expression());
        if (elements.isEmpty()) {
            throw new DbException(ErrorCode.INCORRECT_QUERY, "Secondary index '" + def.name() + "' must have an expression");
        }
        CompiledExpression[] compiled = new CompiledExpression[elements.size()];
        for (int i = 0; i < compiled.length; i++) {
            boolean readsColumn = false;
            for (String id : TupleElements.identifiers(elements.get(i))) readsColumn |= stored.indexOf(id) >= 0;
            compiled[i] = services.compile(elements.get(i), stored);
            if (!readsColumn) {
                throw new DbException(ErrorCode.INCORRECT_QUERY, "Secondary index '" + def.name() + "' cannot contain constants");
            }
            if (kind == Kind.BLOOM_FILTER) checkBloomFilterType(compiled[i].type());
            if ((kind == Kind.NGRAM_BLOOM_FILTER || kind == Kind.TOKEN_BLOOM_FILTER) && !isStringLike(compiled[i].type())) {
                throw new DbException(ErrorCode.INCORRECT_QUERY, "Ngram and token bloom filter indexes can only be used with column "
                        + "types `String`, `FixedString`, `LowCardinality(String)`, `LowCardinality(FixedString)`, "
                        + "`Nullable(String)` or `Nullable(FixedString)`");
            }
        }
        return new SkipIndex(def, kind, maxRows, falsePositive, elements, compiled);
    }

    private static boolean isStringLike(DataType t) {
        DataType u = t.unwrap();
        return u.isString();
    }

    /** bloom_filter hashes scalar values (and array elements): other types cannot be indexed. */
    private static void checkBloomFilterType(DataType t) {
        DataType u = t.unwrap();
        if (u instanceof ArrayType a) u = a.element().unwrap();
        switch (u.id()) {
            case UINT8, UINT16, UINT32, UINT64, UINT128, UINT256, INT8, INT16, INT32, INT64, INT128, INT256, FLOAT32, FLOAT64,
                 BOOL, STRING, FIXED_STRING, DATE, DATE32, DATETIME, DATETIME64, ENUM8, ENUM16, UUID, IPV4, IPV6 -> {
            }
            default -> throw new DbException(ErrorCode.ILLEGAL_COLUMN, "Unexpected type " + t.name() + " of bloom filter index.");
        }
    }

    IndexDefinition definition() {
        return definition;
    }

    String name() {
        return definition.name();
    }

    Kind kind() {
        return kind;
    }

    /** Granules per index entry. */
    int granularity() {
        return (int) Math.min(Integer.MAX_VALUE, definition.granularity());
    }

    /** set(N)'s N; 0 = no limit. */
    long maxRows() {
        return maxRows;
    }

    double falsePositive() {
        return falsePositive;
    }

    /** The indexed element expressions (SQL text) and their types. */
    Header elements() {
        return elementHeader;
    }

    /**
     * A fingerprint of what the index file holds (kind, parameters, expressions, types,
     * granularity): a part's file is used only while the declared index still matches it, so
     * an index dropped and re-added with another expression never reads an old file.
     */
    String signature() {
        // spaces are left out so that re-parsing the persisted CREATE statement gives the same text
        StringBuilder sb = new StringBuilder(definition.type().replace(" ", "")).append('|').append(definition.granularity());
        for (int i = 0; i < elements.size(); i++) {
            sb.append('|').append(elements.get(i).replace(" ", "")).append(':').append(elementHeader.type(i).name());
        }
        return sb.toString();
    }

    /** Evaluates the element expressions over a chunk of stored columns (table order). */
    Column[] evaluate(Chunk stored) {
        Column[] out = new Column[compiled.length];
        for (int i = 0; i < out.length; i++) {
            Column c = compiled[i].evaluate(stored);
            // LowCardinality stays as it is: its values serialize and compare under the declared type
            out[i] = c instanceof io.strata.core.column.ConstColumn ? c.materialize() : c;
        }
        return out;
    }

    /** Stored columns the index reads. */
    List<String> requiredColumns(Header stored) {
        List<String> out = new ArrayList<>();
        for (String e : elements) {
            for (String id : TupleElements.identifiers(e)) if (stored.indexOf(id) >= 0 && !out.contains(id)) out.add(id);
        }
        return out;
    }
}
