package io.strata.exec.function.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * uniqExact keeps its sets' byte count up to date as they grow instead of summing every group's
 * set whenever memory is accounted: the running count must equal a fresh sum after adds, whole-
 * group adds, merges and state reads, for numeric and hashed (string) arguments.
 */
class UniqExactAccountingTest {
    @Test
    void trackedBytesEqualAFreshCount() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (DataType type : List.of(DataTypes.UINT64, DataTypes.STRING)) {
            UniqExactAggregate.UniqExactAccumulator a = new UniqExactAggregate.UniqExactAccumulator(List.of(type));
            UniqExactAggregate.UniqExactAccumulator b = new UniqExactAggregate.UniqExactAccumulator(List.of(type));
            int groups = 50;
            a.ensureCapacity(groups);
            b.ensureCapacity(groups);
            for (int round = 0; round < 20; round++) {
                int n = 1 + random.nextInt(5000);
                int[] ids = new int[n];
                for (int i = 0; i < n; i++) ids[i] = random.nextInt(groups);
                Column[] args = {column(type, n, random)};
                a.add(ids, args, n);
                b.addAll(random.nextInt(groups), new Column[] {column(type, n, random)}, n);
                assertEquals(a.countedSetBytes(), a.trackedSetBytes(), "add, seed=" + seed + " " + type);
                assertEquals(b.countedSetBytes(), b.trackedSetBytes(), "addAll, seed=" + seed + " " + type);
            }
            int[] mapping = new int[groups];
            for (int g = 0; g < groups; g++) mapping[g] = (g * 7) % groups;
            a.merge(b, mapping, groups);
            assertEquals(a.countedSetBytes(), a.trackedSetBytes(), "merge, seed=" + seed + " " + type);
            UniqExactAggregate.UniqExactAccumulator c = new UniqExactAggregate.UniqExactAccumulator(List.of(type));
            c.ensureCapacity(groups);
            for (int g = 0; g < groups; g += 3) {
                WriteBuffer out = new WriteBuffer();
                a.serialize(g, out);
                byte[] bytes = out.toByteArray();
                c.deserializeAndMerge(g, new ReadBuffer(bytes, 0, bytes.length));
                c.deserializeAndMerge(g, new ReadBuffer(bytes, 0, bytes.length));
                assertEquals(c.countedSetBytes(), c.trackedSetBytes(), "read, seed=" + seed + " " + type);
            }
        }
    }

    private static Column column(DataType type, int n, Random random) {
        if (type == DataTypes.UINT64) {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) v[i] = random.nextInt(100_000);
            return new LongColumn(type, v, n);
        }
        byte[][] values = new byte[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            values[i] = ("v" + random.nextInt(100_000)).getBytes(StandardCharsets.UTF_8);
            total += values[i].length;
        }
        byte[] bytes = new byte[total];
        int[] offsets = new int[n + 1];
        for (int i = 0, p = 0; i < n; i++) {
            System.arraycopy(values[i], 0, bytes, p, values[i].length);
            p += values[i].length;
            offsets[i + 1] = p;
        }
        return new StringColumn(type, bytes, offsets, n);
    }
}
