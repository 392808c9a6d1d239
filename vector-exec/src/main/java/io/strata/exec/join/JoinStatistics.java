package io.strata.exec.join;

import java.util.concurrent.atomic.AtomicLong;

/** What a join did that is worth reporting: how much it spilled to temporary files. */
public final class JoinStatistics {
    public final AtomicLong spilledFiles = new AtomicLong();
    public final AtomicLong spilledBytes = new AtomicLong();
    public final AtomicLong spilledRows = new AtomicLong();
}
