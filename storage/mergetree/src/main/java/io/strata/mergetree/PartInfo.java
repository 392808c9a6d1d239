package io.strata.mergetree;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

/**
 * A part's identity, encoded in its directory name as ClickHouse does:
 * {@code <partition>_<minBlock>_<maxBlock>_<level>[_<mutation>]}. Inserts get fresh block numbers
 * (level 0); a merge covers the union of its sources' block ranges at level max+1; a mutation
 * rewrites a part keeping its blocks and level and setting the mutation version. A part covers
 * another when it has the same partition, a block range containing the other's, and a level and
 * mutation at least as high: the covered part is obsolete.
 */
public record PartInfo(String partitionId, long minBlock, long maxBlock, int level, long mutation) implements Comparable<PartInfo> {

    public PartInfo {
        if (partitionId.isEmpty() || partitionId.contains("_") && !partitionId.matches("[0-9a-zA-Z-]+")) {
            throw new IllegalArgumentException("bad partition id " + partitionId);
        }
        if (minBlock > maxBlock || level < 0 || mutation < 0) {
            throw new IllegalArgumentException("bad part info " + partitionId + " " + minBlock + " " + maxBlock + " " + level);
        }
    }

    public String name() {
        String base = partitionId + "_" + minBlock + "_" + maxBlock + "_" + level;
        return mutation > 0 ? base + "_" + mutation : base;
    }

    /** Parses a directory name, or returns null when it is not a part name (tmp_*, detached...). */
    public static PartInfo tryParse(String name) {
        String[] p = name.split("_");
        if (p.length != 4 && p.length != 5) return null;
        try {
            long min = Long.parseLong(p[1]);
            long max = Long.parseLong(p[2]);
            int level = Integer.parseInt(p[3]);
            long mutation = p.length == 5 ? Long.parseLong(p[4]) : 0;
            if (p[0].isEmpty() || min < 0 || min > max || level < 0 || mutation < 0) return null;
            return new PartInfo(p[0], min, max, level, mutation);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static PartInfo parse(String name) {
        PartInfo info = tryParse(name);
        if (info == null) throw new DbException(ErrorCode.BAD_DATA_PART_NAME, "Unexpected part name: " + name);
        return info;
    }

    /** Whether this part makes {@code other} obsolete (same partition, wider block range, not older). */
    public boolean contains(PartInfo other) {
        return partitionId.equals(other.partitionId) && minBlock <= other.minBlock && maxBlock >= other.maxBlock
                && level >= other.level && mutation >= other.mutation;
    }

    /** The data version: the mutation that produced the part, or its first block when never mutated. */
    public long dataVersion() {
        return mutation > 0 ? mutation : minBlock;
    }

    public PartInfo withMutation(long version) {
        return new PartInfo(partitionId, minBlock, maxBlock, level, version);
    }

    @Override
    public int compareTo(PartInfo o) {
        int c = partitionId.compareTo(o.partitionId);
        if (c != 0) return c;
        c = Long.compare(minBlock, o.minBlock);
        if (c != 0) return c;
        c = Long.compare(maxBlock, o.maxBlock);
        if (c != 0) return c;
        c = Integer.compare(level, o.level);
        return c != 0 ? c : Long.compare(mutation, o.mutation);
    }

    @Override
    public String toString() {
        return name();
    }
}
