package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.server.HeapGovernor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The heap governor keeps ParallelGC's old generation near its soft limit when what is promoted
 * dies there: a child JVM (ParallelGC, 2 GB heap, 64 MB young generation) allocates 3 GB of arrays
 * that live long enough to be promoted and then die, with and without a governor of 256 MB. Without
 * it the old generation fills towards its maximum before it is collected; with it the peak stays
 * under half as high, and the governor asked for full collections.
 */
class HeapGovernorTest {
    static final long FLOOR = 256L << 20;

    @Test
    void oldGenerationStaysNearTheSoftLimit() throws Exception {
        long[] without = child(false);
        long[] with = child(true);
        System.out.printf("old generation peak: %d MB without the governor, %d MB with it (%d full collections)%n",
                without[0] >> 20, with[0] >> 20, with[1]);
        assertTrue(without[0] > 1200L << 20, "without the governor the old generation grows past 1.2 GB: " + (without[0] >> 20) + " MB");
        assertEquals(0, without[1]);
        // the collection is asked for on another thread while the loop goes on promoting: some overshoot
        assertTrue(with[0] < without[0] / 2, "with a 256 MB governor the old generation peaks at under half of that: " + (with[0] >> 20) + " MB");
        assertTrue(with[1] > 0, "the governor asked for full collections");
    }

    /** Runs {@link Child} in a new JVM; returns {old generation peak bytes, full collections asked}. */
    private static long[] child(boolean governed) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseParallelGC", "-Xmx2g", "-Xms2g", "-Xmn64m",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), String.valueOf(governed)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        String[] last = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        return new long[] {Long.parseLong(last[0]), Long.parseLong(last[1])};
    }

    /** Allocates arrays kept alive across a few young collections, then dropped; prints the old generation's peak. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            HeapGovernor governor = Boolean.parseBoolean(args[0]) ? HeapGovernor.start(FLOOR) : null;
            if (Boolean.parseBoolean(args[0]) && governor == null) throw new AssertionError("no governor under ParallelGC");
            MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(m -> m.getName().equals("PS Old Gen")).findFirst().orElseThrow();
            long[][] ring = new long[48][];
            long sum = 0;
            for (int i = 0; i < 3 * 1024; i++) { // 3 GB in 1 MB arrays; 48 MB alive at any time
                long[] a = new long[128 * 1024];
                a[i % a.length] = i;
                ring[i % ring.length] = a;
                sum += ring[(i * 7) % ring.length] == null ? 0 : ring[(i * 7) % ring.length][0];
                // a pause every 16 MB, as a query's allocation has between its blocks: the collection
                // notices run on the JVM's notification thread, and on a loaded two-core machine a
                // loop that allocates without a break can promote a gigabyte before that thread runs
                if (i % 16 == 15) Thread.sleep(1);
            }
            Thread.sleep(200); // a requested collection finishes
            System.out.println(old.getPeakUsage().getUsed() + " " + (governor == null ? 0 : governor.fullCollections()) + (sum == 42 ? " " : ""));
        }
    }
}
