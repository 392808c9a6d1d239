package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.function.AggregateFunction.Accumulator;
import io.strata.core.function.AggregateFunction.BoundAggregate;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance kit every aggregate passes. For each {@link Case} (a function, its parameters,
 * argument types and a generator of random arguments) it checks, over several seeds:
 * <ul>
 * <li>merge(partial(a), partial(b)) equals full(a + b), also with a non-identity group mapping;</li>
 * <li>serialize → deserializeAndMerge into an empty accumulator reproduces every group;</li>
 * <li>addAll(g) equals add with every group id g;</li>
 * <li>groups are independent: each group of a multi-group run equals a run over its rows alone.</li>
 * </ul>
 * A failure message names the seed; rerun one case with {@code -Dtest=<Class> -Daggregate.seed=<seed>}.
 */
abstract class BaseAggregateFunctionTest {

    @FunctionalInterface
    interface Generator {
        Column[] generate(Random random, int rows);
    }

    record Case(String function, List<Object> parameters, List<DataType> types, Generator generator, double tolerance) {
        Case(String function, List<Object> parameters, List<DataType> types, Generator generator) {
            this(function, parameters, types, generator, 0);
        }

        @Override
        public String toString() {
            return function + (parameters.isEmpty() ? "" : parameters.toString().replace('[', '(').replace(']', ')')) + types;
        }
    }

    protected abstract List<Case> cases();

    private static long[] seeds() {
        String fixed = System.getProperty("aggregate.seed");
        if (fixed != null) return new long[] {Long.parseLong(fixed)};
        long base = System.nanoTime();
        return new long[] {base, base + 1, base + 2};
    }

    @TestFactory
    Stream<DynamicNode> conformance() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Case c : cases()) {
            List<DynamicNode> tests = new ArrayList<>();
            for (long seed : seeds()) {
                String suffix = " seed=" + seed;
                tests.add(DynamicTest.dynamicTest("mergeEqualsFull" + suffix, () -> mergeEqualsFull(c, seed)));
                tests.add(DynamicTest.dynamicTest("serializationRoundTrip" + suffix, () -> serializationRoundTrip(c, seed)));
                tests.add(DynamicTest.dynamicTest("addAllEqualsAdd" + suffix, () -> addAllEqualsAdd(c, seed)));
                tests.add(DynamicTest.dynamicTest("groupsIndependent" + suffix, () -> groupsIndependent(c, seed)));
            }
            nodes.add(DynamicContainer.dynamicContainer(c.toString(), tests));
        }
        return nodes.stream();
    }

    private static BoundAggregate bind(Case c) {
        return AggregateTesting.bind(c.function(), c.parameters(), c.types());
    }

    private static Column[] slice(Column[] args, int from, int len) {
        Column[] out = new Column[args.length];
        for (int i = 0; i < args.length; i++) out[i] = args[i].slice(from, len);
        return out;
    }

    private static int[] randomGroups(Random r, int rows, int groups) {
        int[] ids = new int[rows];
        for (int i = 0; i < rows; i++) ids[i] = r.nextInt(groups);
        return ids;
    }

    private static String what(Case c, long seed, String check) {
        return c + " " + check + " (seed " + seed + ")";
    }

    static void mergeEqualsFull(Case c, long seed) {
        Random r = new Random(seed);
        int rows = 1 + r.nextInt(2000);
        int groups = 1 + r.nextInt(8);
        Column[] args = c.generator().generate(r, rows);
        int[] ids = randomGroups(r, rows, groups);
        int split = r.nextInt(rows + 1);
        BoundAggregate b = bind(c);

        Accumulator full = b.createAccumulator();
        full.ensureCapacity(groups);
        full.add(ids, args, rows);

        Accumulator first = b.createAccumulator();
        first.ensureCapacity(groups);
        first.add(java.util.Arrays.copyOfRange(ids, 0, split), slice(args, 0, split), split);
        Accumulator second = b.createAccumulator();
        second.ensureCapacity(groups);
        second.add(java.util.Arrays.copyOfRange(ids, split, rows), slice(args, split, rows - split), rows - split);
        int[] identity = new int[groups];
        for (int g = 0; g < groups; g++) identity[g] = g;
        first.merge(second, identity, groups);
        AggregateTesting.assertSameColumn(full.result(groups), first.result(groups), c.tolerance(), what(c, seed, "merge"));

        // The second partial numbers its groups in reverse; the mapping translates them back.
        Accumulator a = b.createAccumulator();
        a.ensureCapacity(groups);
        a.add(java.util.Arrays.copyOfRange(ids, 0, split), slice(args, 0, split), split);
        Accumulator reversed = b.createAccumulator();
        reversed.ensureCapacity(groups);
        int[] revIds = new int[rows - split];
        for (int i = split; i < rows; i++) revIds[i - split] = groups - 1 - ids[i];
        reversed.add(revIds, slice(args, split, rows - split), rows - split);
        int[] mapping = new int[groups];
        for (int g = 0; g < groups; g++) mapping[g] = groups - 1 - g;
        a.merge(reversed, mapping, groups);
        AggregateTesting.assertSameColumn(full.result(groups), a.result(groups), c.tolerance(), what(c, seed, "merge with mapping"));
    }

    static void serializationRoundTrip(Case c, long seed) {
        Random r = new Random(seed);
        int rows = r.nextInt(1500);
        int groups = 1 + r.nextInt(6);
        Column[] args = c.generator().generate(r, rows);
        int[] ids = randomGroups(r, rows, groups);
        BoundAggregate b = bind(c);
        Accumulator source = b.createAccumulator();
        source.ensureCapacity(groups);
        source.add(ids, args, rows);

        WriteBuffer out = new WriteBuffer();
        for (int g = 0; g < groups; g++) source.serialize(g, out);
        ReadBuffer in = new ReadBuffer(out.toByteArray());
        Accumulator target = b.createAccumulator();
        target.ensureCapacity(groups);
        for (int g = 0; g < groups; g++) target.deserializeAndMerge(g, in);
        if (!in.eof()) throw new AssertionError(what(c, seed, "round trip") + ": state not fully consumed");
        AggregateTesting.assertSameColumn(source.result(groups), target.result(groups), c.tolerance(), what(c, seed, "round trip"));

        // Serializing the deserialized states again gives the same bytes: the layout is stable.
        WriteBuffer again = new WriteBuffer();
        for (int g = 0; g < groups; g++) target.serialize(g, again);
        Accumulator third = b.createAccumulator();
        third.ensureCapacity(groups);
        ReadBuffer in2 = new ReadBuffer(again.toByteArray());
        for (int g = 0; g < groups; g++) third.deserializeAndMerge(g, in2);
        AggregateTesting.assertSameColumn(source.result(groups), third.result(groups), c.tolerance(), what(c, seed, "second round trip"));
    }

    static void addAllEqualsAdd(Case c, long seed) {
        Random r = new Random(seed);
        int rows = r.nextInt(1500);
        Column[] args = c.generator().generate(r, rows);
        BoundAggregate b = bind(c);
        int group = r.nextInt(3);
        Accumulator viaAdd = b.createAccumulator();
        viaAdd.ensureCapacity(group + 1);
        int[] ids = new int[rows];
        java.util.Arrays.fill(ids, group);
        viaAdd.add(ids, args, rows);
        Accumulator viaAddAll = b.createAccumulator();
        viaAddAll.ensureCapacity(group + 1);
        // Two calls, to cover accumulation across batches on the fast path too.
        int half = rows / 2;
        viaAddAll.addAll(group, slice(args, 0, half), half);
        viaAddAll.addAll(group, slice(args, half, rows - half), rows - half);
        AggregateTesting.assertSameColumn(viaAdd.result(group + 1), viaAddAll.result(group + 1), c.tolerance(), what(c, seed, "addAll"));
    }

    static void groupsIndependent(Case c, long seed) {
        Random r = new Random(seed);
        int rows = r.nextInt(2000);
        int groups = 1 + r.nextInt(10);
        Column[] args = c.generator().generate(r, rows);
        int[] ids = randomGroups(r, rows, groups);
        BoundAggregate b = bind(c);
        Accumulator all = b.createAccumulator();
        // Grow capacity in steps, as an aggregation operator does when it discovers new keys.
        all.ensureCapacity(1);
        all.ensureCapacity(groups);
        all.add(ids, args, rows);
        Column result = all.result(groups);
        for (int g = 0; g < groups; g++) {
            int[] positions = new int[rows];
            int n = 0;
            for (int i = 0; i < rows; i++) if (ids[i] == g) positions[n++] = i;
            Column[] mine = new Column[args.length];
            for (int j = 0; j < args.length; j++) mine[j] = args[j].take(positions, n);
            Accumulator alone = b.createAccumulator();
            alone.ensureCapacity(1);
            alone.add(new int[n], mine, n);
            Column expected = alone.result(1);
            Object e = expected.getObject(0), a = result.getObject(g);
            if (!AggregateTesting.same(e, a, c.tolerance())) {
                throw new AssertionError(what(c, seed, "group " + g) + ": expected " + AggregateTesting.show(e) + " but was " + AggregateTesting.show(a));
            }
        }
    }
}
