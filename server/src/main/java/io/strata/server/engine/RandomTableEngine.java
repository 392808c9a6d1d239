package io.strata.server.engine;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableWriter;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DecimalType;
import io.strata.core.type.EnumType;
import io.strata.core.type.FixedStringType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TypeId;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * generateRandom('structure'[, seed[, max_string_length[, max_array_length]]]): an endless table
 * of random values (a query stops it with LIMIT). With a seed, block k is drawn from a generator
 * seeded by (seed, k, column), so the same query returns the same rows whatever columns it reads.
 */
public final class RandomTableEngine implements TableEngine {
    /** Date and DateTime values stay within the types' ranges: days up to 2149-06-06, seconds up to 2106. */
    private static final long DATE_DAYS = 65536;
    private static final long DATETIME_SECONDS = 1L << 32;
    /** Rows per generated block, fixed (not max_block_size) so that a seed gives the same rows under any settings. */
    private static final int BLOCK_ROWS = 1024;

    private final Header header;
    private final Long seed;
    private final int maxStringLength;
    private final int maxArrayLength;

    public RandomTableEngine(Header header, Long seed, int maxStringLength, int maxArrayLength) {
        this.header = header;
        this.seed = seed;
        this.maxStringLength = maxStringLength;
        this.maxArrayLength = maxArrayLength;
        for (DataType t : header.types()) check(t);
    }

    private static void check(DataType t) {
        switch (t.physicalKind()) {
            case LONG, DOUBLE, BYTES, BIG -> {
            }
            case NULLABLE -> check(((NullableType) t).inner());
            case ARRAY -> check(((ArrayType) t).element());
            default -> throw new DbException(ErrorCode.NOT_IMPLEMENTED, "The 'generateRandom' is not implemented for type " + t);
        }
    }

    @Override public String engineName() { return "GenerateRandom"; }
    @Override public EnumSet<Capability> capabilities() { return EnumSet.noneOf(Capability.class); }

    @Override
    public List<ChunkSource> read(Header columns, ReadRequest request) {
        int block = BLOCK_ROWS;
        int[] positions = new int[request.columns().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = header.indexOf(request.columns().get(i));
            if (positions[i] < 0) throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, "There is no column " + request.columns().get(i));
        }
        long base = seed != null ? seed : new SplittableRandom().nextLong();
        return List.of(new ChunkSource() {
            private long blockIndex;

            @Override
            public Chunk next() {
                Column[] cols = new Column[positions.length];
                for (int i = 0; i < cols.length; i++) {
                    SplittableRandom random = new SplittableRandom(mix(base, blockIndex, positions[i]));
                    cols[i] = generate(header.types().get(positions[i]), block, random);
                }
                blockIndex++;
                return new Chunk(cols, block);
            }
        });
    }

    private static long mix(long seed, long block, int column) {
        long h = seed * 0x9E3779B97F4A7C15L + block;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + column;
        return h ^ (h >>> 29);
    }

    private Column generate(DataType t, int n, SplittableRandom random) {
        switch (t.physicalKind()) {
            case NULLABLE -> {
                Column values = generate(((NullableType) t).inner(), n, random);
                byte[] nulls = new byte[n];
                for (int i = 0; i < n; i++) nulls[i] = (byte) (random.nextInt(8) == 0 ? 1 : 0);
                return new NullableColumn(t, values, nulls);
            }
            case ARRAY -> {
                int[] offsets = new int[n + 1];
                for (int i = 0; i < n; i++) offsets[i + 1] = offsets[i] + random.nextInt(maxArrayLength + 1);
                Column elements = generate(((ArrayType) t).element(), offsets[n], random);
                return new ArrayColumn(t, offsets, elements, n);
            }
            case DOUBLE -> {
                double[] v = new double[n];
                boolean float32 = t.id() == TypeId.FLOAT32;
                for (int i = 0; i < n; i++) {
                    double d = (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(20) - 10);
                    v[i] = float32 ? (float) d : d;
                }
                return new DoubleColumn(t, v, n);
            }
            case BYTES -> {
                StringColumnBuilder b = new StringColumnBuilder(t, n);
                int fixed = t instanceof FixedStringType ft ? ft.length() : -1;
                for (int i = 0; i < n; i++) {
                    byte[] s = new byte[fixed >= 0 ? fixed : random.nextInt(maxStringLength + 1)];
                    // printable ASCII keeps the output readable in text formats
                    for (int k = 0; k < s.length; k++) s[k] = (byte) (32 + random.nextInt(95));
                    b.append(s);
                }
                return b.build();
            }
            case BIG -> {
                BigInteger[] v = new BigInteger[n];
                int bits = t instanceof DecimalType d ? d.bits() : t.fixedWidth() * 8;
                boolean signed = t instanceof DecimalType || t.id() == TypeId.INT128 || t.id() == TypeId.INT256;
                BigInteger limit = t instanceof DecimalType d ? BigInteger.TEN.pow(d.precision()) : null;
                for (int i = 0; i < n; i++) {
                    BigInteger x = new BigInteger(bits - (signed ? 1 : 0), new java.util.Random(random.nextLong()));
                    if (limit != null) x = x.mod(limit);
                    v[i] = signed && random.nextBoolean() ? x.negate() : x;
                }
                return new BigColumn(t, v, n);
            }
            default -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) v[i] = randomLong(t, random);
                return new LongColumn(t, v, n);
            }
        }
    }

    private static long randomLong(DataType t, SplittableRandom random) {
        return switch (t.id()) {
            case UINT8 -> random.nextInt(256);
            case INT8 -> random.nextInt(256) - 128;
            case UINT16 -> random.nextInt(65536);
            case INT16 -> random.nextInt(65536) - 32768;
            case UINT32 -> random.nextLong(1L << 32);
            case INT32 -> random.nextInt();
            case BOOL -> random.nextInt(2);
            case DATE -> random.nextLong(DATE_DAYS);
            case DATE32 -> random.nextLong(-25567, 120529);
            case DATETIME -> random.nextLong(DATETIME_SECONDS);
            case DATETIME64 -> random.nextLong(DATETIME_SECONDS) * pow10(((DateTimeType) t).scale())
                    + random.nextLong(pow10(((DateTimeType) t).scale()));
            case DECIMAL -> random.nextLong(-pow10(((DecimalType) t).precision()) + 1, pow10(((DecimalType) t).precision()));
            case ENUM8, ENUM16 -> {
                List<Integer> values = List.copyOf(((EnumType) t).values().values());
                yield values.get(random.nextInt(values.size()));
            }
            case IPV4 -> random.nextLong(1L << 32);
            default -> random.nextLong();
        };
    }

    private static long pow10(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) p *= 10;
        return p;
    }

    @Override
    public TableWriter writer() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table function 'generateRandom' doesn't support inserts");
    }

    @Override
    public void truncate() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table function 'generateRandom' doesn't support TRUNCATE");
    }

    @Override
    public void drop() {
    }
}
