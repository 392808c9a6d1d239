package io.strata.exec.join;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * The columns a join produces, each taken from the probe side's chunk, from the build side's
 * rows, or (a {@code USING} column) from the probe side's key where the probe row exists and the
 * build side's key otherwise, as ClickHouse fills the key of a right row that matched nothing.
 * A column marked nullable (join_use_nulls) gets NULL where its side's row is missing.
 */
public record JoinOutput(List<Source> sources, List<DataType> types) {
    public enum From { PROBE, BUILD, KEY }

    /** {@code position}: the column in that side's chunk, or the key index for {@link From#KEY}. */
    public record Source(From from, int position, boolean nullable) {
    }

    public JoinOutput {
        sources = List.copyOf(sources);
        types = List.copyOf(types);
    }

    /**
     * Output rows pairing {@code probeRows[i]} of {@code probe} (or no probe row when {@code probe}
     * is null: unmatched build rows) with build row {@code buildRows[i]} (the table's default row
     * when missing).
     */
    Chunk assemble(Chunk probe, Column[] probeKeys, List<DataType> probeTypes, int[] probeRows, HashJoinTable table,
                   int[] buildRows, int count) {
        Column[] out = new Column[sources.size()];
        byte[] buildMissing = null;
        for (int i = 0; i < out.length; i++) {
            Source s = sources.get(i);
            Column c;
            boolean[] missing = null;
            switch (s.from()) {
                case PROBE -> {
                    c = probe != null ? probe.column(s.position()).take(probeRows, count)
                            : defaults(probeTypes.get(s.position()), count);
                    if (probe == null) missing = all(count);
                }
                case BUILD -> {
                    c = table.column(s.position()).take(buildRows, count);
                    if (s.nullable()) {
                        if (buildMissing == null) buildMissing = table.missing(buildRows, count);
                        missing = toBooleans(buildMissing, count);
                    }
                }
                default -> c = probe != null ? probeKeys[s.position()].take(probeRows, count)
                        : table.key(s.position()).take(buildRows, count);
            }
            if (types.get(i).isNullable() && !c.type().isNullable()) {
                byte[] nulls = new byte[count];
                if (missing != null) for (int r = 0; r < count; r++) nulls[r] = (byte) (missing[r] ? 1 : 0);
                c = new NullableColumn(types.get(i), c instanceof ConstColumn ? c.materialize() : c, nulls);
            }
            out[i] = c;
        }
        return new Chunk(out, count);
    }

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    private static boolean[] toBooleans(byte[] b, int n) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) out[i] = b[i] != 0;
        return out;
    }

    private static Column defaults(DataType type, int count) {
        ColumnBuilder b = type.createBuilder(1);
        b.appendDefault();
        return new ConstColumn(b.build(), count).materialize();
    }
}
