package io.strata.mergetree;

import io.strata.compression.Codec;
import io.strata.compression.CodecParser;
import io.strata.compression.Codecs;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.EngineClause;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngineFactory.CompiledExpression;
import io.strata.core.table.TableEngineFactory.EngineServices;
import io.strata.core.type.DataType;
import io.strata.core.type.TypeId;
import java.util.ArrayList;
import java.util.List;

/**
 * A MergeTree table's structure as storage needs it: the stored columns and their codecs, the
 * sorting key (ORDER BY) and its primary-key prefix, the partition key and the columns its
 * min/max index covers, and the family's merge parameters. Key expressions are compiled once
 * through the engine services and evaluated on chunks of stored columns.
 */
public final class MergeTreeSchema {
    private final TableDefinition definition;
    private final MergeMode mode;
    private final Header header;
    private final Codec[] codecs;
    private final List<String> sortingKey;
    private final CompiledExpression[] sortingExpressions;
    private final int[] sortingColumns;
    private final Header sortingKeyHeader;
    private final int primaryKeySize;
    private final List<String> partitionKey;
    private final CompiledExpression[] partitionExpressions;
    private final Header partitionHeader;
    private final List<String> minmaxColumns;
    private final MergeTreeSettings settings;
    private final String signColumn;
    private final String versionColumn;
    private final String isDeletedColumn;
    private final List<String> columnsToSum;
    private final RowTtl rowTtl;
    private final List<SkipIndex> skipIndexes;

    public MergeTreeSchema(TableDefinition definition, MergeMode mode, EngineServices services) {
        this.definition = definition;
        this.mode = mode;
        EngineClause engine = definition.engine();
        List<ColumnDefinition> stored = definition.storedColumns();
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        codecs = new Codec[stored.size()];
        for (int i = 0; i < stored.size(); i++) {
            ColumnDefinition c = stored.get(i);
            names.add(c.name());
            types.add(c.type());
            codecs[i] = codecFor(c);
        }
        header = new Header(names, types);
        settings = MergeTreeSettings.of(engine.settings() == null ? java.util.Map.of() : engine.settings());

        if (engine.orderBy() == null && engine.primaryKey() == null) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Storage " + mode.engineName()
                    + " requires an ORDER BY or PRIMARY KEY clause. Use ORDER BY tuple() to keep rows unsorted");
        }
        sortingKey = TupleElements.split(engine.orderBy() != null ? engine.orderBy() : engine.primaryKey());
        sortingExpressions = new CompiledExpression[sortingKey.size()];
        sortingColumns = new int[sortingKey.size()];
        List<DataType> keyTypes = new ArrayList<>();
        for (int i = 0; i < sortingKey.size(); i++) {
            String k = sortingKey.get(i);
            sortingColumns[i] = header.indexOf(unquote(k));
            sortingExpressions[i] = services.compile(k, header);
            DataType t = sortingExpressions[i].type();
            if (t.isNullable() && settings.get("allow_nullable_key") == 0) {
                throw new DbException(ErrorCode.ILLEGAL_COLUMN, "Sorting key contains nullable columns, but merge tree setting "
                        + "`allow_nullable_key` is disabled");
            }
            keyTypes.add(t);
        }
        sortingKeyHeader = new Header(sortingKey, keyTypes);
        if (engine.primaryKey() != null && engine.orderBy() != null) {
            List<String> pk = TupleElements.split(engine.primaryKey());
            if (pk.size() > sortingKey.size() || !sortingKey.subList(0, pk.size()).equals(pk)) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Primary key must be a prefix of the sorting key, but the column in "
                        + "the position " + Math.min(pk.size(), sortingKey.size()) + " is " + (pk.size() > sortingKey.size() ? pk.get(sortingKey.size()) : "different"));
            }
            primaryKeySize = pk.size();
        } else {
            primaryKeySize = sortingKey.size();
        }

        partitionKey = TupleElements.split(engine.partitionBy());
        partitionExpressions = new CompiledExpression[partitionKey.size()];
        List<DataType> partTypes = new ArrayList<>();
        List<String> minmax = new ArrayList<>();
        for (int i = 0; i < partitionKey.size(); i++) {
            partitionExpressions[i] = services.compile(partitionKey.get(i), header);
            partTypes.add(partitionExpressions[i].type());
            for (String id : TupleElements.identifiers(partitionKey.get(i))) {
                if (header.indexOf(id) >= 0 && !minmax.contains(id)) minmax.add(id);
            }
        }
        partitionHeader = new Header(partitionKey, partTypes);
        minmaxColumns = List.copyOf(minmax);

        List<String> args = engine.arguments() == null ? List.of() : engine.arguments();
        String sign = null, version = null, isDeleted = null;
        List<String> sum = List.of();
        switch (mode) {
            case ORDINARY, AGGREGATING -> expectArgs(args, 0, 0);
            case REPLACING -> {
                expectArgs(args, 0, 2);
                if (args.size() >= 1) version = column(args.get(0), "version");
                if (args.size() == 2) isDeleted = column(args.get(1), "is_deleted");
            }
            case SUMMING -> {
                expectArgs(args, 0, 1);
                if (args.size() == 1) {
                    List<String> cols = new ArrayList<>();
                    for (String c : TupleElements.split(args.get(0))) cols.add(column(c, "column to sum"));
                    sum = List.copyOf(cols);
                }
            }
            case COLLAPSING -> {
                expectArgs(args, 1, 1);
                sign = column(args.get(0), "sign");
            }
            case VERSIONED_COLLAPSING -> {
                expectArgs(args, 2, 2);
                sign = column(args.get(0), "sign");
                version = column(args.get(1), "version");
            }
        }
        if (sign != null) {
            TypeId id = header.type(header.indexOf(sign)).id();
            if (id != TypeId.INT8) {
                throw new DbException(ErrorCode.BAD_TYPE_OF_FIELD, "Sign column (" + sign + ") for storage " + mode.engineName()
                        + " must have type Int8. Provided column of type " + header.type(header.indexOf(sign)).name() + ".");
            }
        }
        signColumn = sign;
        versionColumn = version;
        isDeletedColumn = isDeleted;
        columnsToSum = sum;
        rowTtl = RowTtl.of(engine.ttl(), header, services);
        skipIndexes = compileSkipIndexes(definition, header, services, settings);
    }

    private static List<SkipIndex> compileSkipIndexes(TableDefinition definition, Header header, EngineServices services,
                                                      MergeTreeSettings settings) {
        List<SkipIndex> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (io.strata.core.table.IndexDefinition d : definition.indexes()) {
            if (!names.add(d.name())) {
                throw new DbException(ErrorCode.ILLEGAL_INDEX, "Duplicated index name " + d.name()
                        + " is not allowed. Please use different index names.");
            }
            out.add(SkipIndex.compile(d, header, services));
        }
        for (io.strata.core.table.IndexDefinition d : implicitMinmaxIndexes(header, settings)) {
            if (names.add(d.name())) out.add(SkipIndex.compile(d, header, services));
        }
        return List.copyOf(out);
    }

    /** ClickHouse's name of the implicit minmax index of a column. */
    static final String IMPLICIT_MINMAX_PREFIX = "auto_minmax_index_";

    /**
     * The implicit minmax indexes ClickHouse adds with {@code add_minmax_index_for_numeric_columns}
     * (integer, float and decimal columns) and {@code add_minmax_index_for_temporal_columns}
     * (Date and DateTime columns): one per stored column, GRANULARITY 1, named
     * {@code auto_minmax_index_<column>}. They follow the current columns (derived anew from each
     * definition, so ALTERs add and drop them), are written like declared indexes and prune reads
     * (WHERE and top-N bounds) alike, but are not part of the declared definition: SHOW CREATE
     * does not show them. Columns whose names would need quoting get none.
     */
    private static List<io.strata.core.table.IndexDefinition> implicitMinmaxIndexes(Header header, MergeTreeSettings settings) {
        boolean numeric = settings.get("add_minmax_index_for_numeric_columns") != 0;
        boolean temporal = settings.get("add_minmax_index_for_temporal_columns") != 0;
        if (!numeric && !temporal) return List.of();
        List<io.strata.core.table.IndexDefinition> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.name(i);
            DataType t = header.type(i);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || name.equals(AlterConversions.ROW_EXISTS)) continue;
            boolean isNumeric = t instanceof io.strata.core.type.IntegerType || t instanceof io.strata.core.type.FloatType
                    || t instanceof io.strata.core.type.DecimalType;
            boolean isTemporal = t instanceof io.strata.core.type.DateType || t instanceof io.strata.core.type.DateTimeType;
            if (numeric && isNumeric || temporal && isTemporal) {
                out.add(new io.strata.core.table.IndexDefinition(IMPLICIT_MINMAX_PREFIX + name, name, "minmax", 1));
            }
        }
        return out;
    }

    private void expectArgs(List<String> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Storage " + mode.engineName() + " requires "
                    + (min == max ? String.valueOf(min) : min + " to " + max) + " parameters" + (max == 0 ? "" : "")
                    + ", but " + args.size() + " given");
        }
    }

    private String column(String sql, String what) {
        String name = unquote(sql.strip());
        if (header.indexOf(name) < 0) {
            throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, what + " column " + name + " does not exist in table declaration.");
        }
        return name;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("`") && s.endsWith("`") || s.startsWith("\"") && s.endsWith("\""))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static Codec codecFor(ColumnDefinition c) {
        if (c.codec() == null || c.codec().isBlank()) return Codecs.defaultCodec();
        return CodecParser.parse(c.codec(), valueWidth(c.type()));
    }

    /** The byte width codecs like Delta and Gorilla take by default: the value's fixed width, else 1. */
    static int valueWidth(DataType t) {
        int w = t.fixedWidth();
        return w > 0 && w <= 8 ? w : 1;
    }

    // ---------------------------------------------------------------------------------------

    public TableDefinition definition() {
        return definition;
    }

    public MergeMode mode() {
        return mode;
    }

    public MergeTreeSettings settings() {
        return settings;
    }

    /** The stored columns in table order. */
    public Header header() {
        return header;
    }

    public Codec codec(int column) {
        return codecs[column];
    }

    public List<String> sortingKey() {
        return sortingKey;
    }

    /** Sorting key elements' names (their SQL text) and types. */
    public Header sortingKeyHeader() {
        return sortingKeyHeader;
    }

    /** For each sorting key element, the stored column it is, or -1 for an expression. */
    public int sortingColumn(int keyElement) {
        return sortingColumns[keyElement];
    }

    public int primaryKeySize() {
        return primaryKeySize;
    }

    public List<String> partitionKey() {
        return partitionKey;
    }

    public Header partitionHeader() {
        return partitionHeader;
    }

    /** Columns the partition key reads: the part's min/max index covers them. */
    public List<String> minmaxColumns() {
        return minmaxColumns;
    }

    public String signColumn() {
        return signColumn;
    }

    public String versionColumn() {
        return versionColumn;
    }

    public String isDeletedColumn() {
        return isDeletedColumn;
    }

    /** The row TTL (TTL clause of the table), or null. */
    RowTtl rowTtl() {
        return rowTtl;
    }

    /** The data-skipping indexes, in declaration order. */
    List<SkipIndex> skipIndexes() {
        return skipIndexes;
    }

    /** SummingMergeTree's explicit columns to sum; empty = every numeric column outside the sorting key. */
    public List<String> columnsToSum() {
        return columnsToSum;
    }

    /** Evaluates the sorting key over a chunk of stored columns (table order). */
    public Column[] sortingKeyColumns(Chunk stored) {
        Column[] out = new Column[sortingKey.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = sortingColumns[i] >= 0 ? stored.column(sortingColumns[i]) : sortingExpressions[i].evaluate(stored).materialize();
        }
        return out;
    }

    /**
     * The key rows are merged by: the sorting key, plus the version column for
     * VersionedCollapsingMergeTree (which sorts by it implicitly so that versions pair up).
     */
    public Column[] mergeKeyColumns(Chunk stored) {
        Column[] k = sortingKeyColumns(stored);
        if (mode != MergeMode.VERSIONED_COLLAPSING) return k;
        Column[] withVersion = java.util.Arrays.copyOf(k, k.length + 1);
        withVersion[k.length] = stored.column(header.indexOf(versionColumn));
        return withVersion;
    }

    public int mergeKeySize() {
        return sortingKey.size() + (mode == MergeMode.VERSIONED_COLLAPSING ? 1 : 0);
    }

    /** Evaluates the partition key over a chunk of stored columns (table order). */
    public Column[] partitionKeyColumns(Chunk stored) {
        Column[] out = new Column[partitionKey.size()];
        for (int i = 0; i < out.length; i++) out[i] = partitionExpressions[i].evaluate(stored).materialize();
        return out;
    }
}
