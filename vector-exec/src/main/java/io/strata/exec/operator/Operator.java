package io.strata.exec.operator;

import io.strata.core.block.Chunk;

/**
 * A step of a pipeline that transforms chunks. Operators compute and never wait: a driver feeds
 * input while {@link #needsInput()} and drains {@link #getOutput()}. Contract (in the spirit of
 * Trino's Operator and ClickHouse's IProcessor):
 * <ol>
 * <li>{@link #addInput} only when {@link #needsInput()} is true;</li>
 * <li>{@link #finish()} once, when no more input will come;</li>
 * <li>{@link #getOutput()} returns null when nothing is ready right now;</li>
 * <li>{@link #isFinished()} is true once finished and every output was taken (or the operator
 * needs no more input, e.g. a satisfied LIMIT).</li>
 * </ol>
 */
public interface Operator extends AutoCloseable {
    boolean needsInput();

    void addInput(Chunk chunk);

    Chunk getOutput();

    void finish();

    boolean isFinished();

    @Override
    default void close() {
    }
}
