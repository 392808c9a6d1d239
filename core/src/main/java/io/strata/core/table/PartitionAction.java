package io.strata.core.table;

/**
 * {@code ALTER TABLE t DROP | DETACH | ATTACH PARTITION p} and {@code DROP DETACHED PARTITION p}:
 * what happens to the parts of one partition.
 */
public enum PartitionAction { DROP, DETACH, ATTACH, DROP_DETACHED }
