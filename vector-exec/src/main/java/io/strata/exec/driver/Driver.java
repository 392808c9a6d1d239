package io.strata.exec.driver;

import io.strata.core.block.Chunk;
import io.strata.core.table.ChunkSource;
import io.strata.exec.operator.Operator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one pipeline of operators on the calling thread: chunks pushed in at the top flow through
 * every operator, and what the last one produces goes to the sink. A driver owns its operator
 * instances; parallel execution gives each thread its own driver. It stops asking for input as
 * soon as an operator is finished early (a satisfied LIMIT), which {@link #isDone()} reports.
 */
public final class Driver implements AutoCloseable {
    private final ExecutionContext context;
    private final Operator[] operators;
    private final Consumer<Chunk> sink;
    private final boolean[] finishCalled;
    private boolean done;
    private boolean finished;

    public Driver(ExecutionContext context, List<Operator> operators, Consumer<Chunk> sink) {
        this.context = context;
        this.operators = operators.toArray(new Operator[0]);
        this.sink = sink;
        this.finishCalled = new boolean[this.operators.length];
    }

    /** Whether no more input is wanted: finished, or an operator completed early. */
    public boolean isDone() {
        return done;
    }

    /** Pushes one input chunk through the pipeline; ignored once {@link #isDone()}. */
    public void process(Chunk chunk) {
        if (done) return;
        push(0, chunk);
    }

    /**
     * Pulls every chunk of {@code source} through the pipeline, checking for cancellation between
     * chunks, until the source is exhausted or the pipeline is done. Does not finish the pipeline
     * (more sources may follow) and does not close the source.
     */
    public void run(ChunkSource source) {
        while (!done) {
            context.checkInterrupted();
            Chunk chunk = source.next();
            if (chunk == null) return;
            push(0, chunk);
        }
    }

    /** Signals end of input: finishes every operator in order and flushes what they still hold. */
    public void finish() {
        if (finished) return;
        finished = true;
        finishFrom(0);
        done = true;
    }

    private void push(int index, Chunk chunk) {
        if (index == operators.length) {
            sink.accept(chunk);
            return;
        }
        Operator op = operators[index];
        if (finishCalled[index]) return;
        // An operator finished before it saw any input (LIMIT 0) ends the pipeline here, as one
        // that finishes on input does in drain: otherwise the source would be read to its end
        // for nothing (SELECT * FROM hits LIMIT 0 read and decompressed the whole table).
        if (op.isFinished()) {
            drain(index);
            return;
        }
        if (!op.needsInput()) drain(index);
        if (op.isFinished()) return;
        op.addInput(chunk);
        drain(index);
    }

    /** Moves all ready output of operator {@code index} downstream; an early-finished operator finishes the rest of the pipeline. */
    private void drain(int index) {
        Operator op = operators[index];
        Chunk out;
        while ((out = op.getOutput()) != null) {
            push(index + 1, out);
        }
        if (op.isFinished() && !finishCalled[index]) {
            finishCalled[index] = true;
            finishFrom(index + 1);
            done = true;
        }
    }

    private void finishFrom(int start) {
        for (int i = start; i < operators.length; i++) {
            if (finishCalled[i]) continue;
            finishCalled[i] = true;
            operators[i].finish();
            Chunk out;
            while ((out = operators[i].getOutput()) != null) {
                push(i + 1, out);
            }
        }
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (Operator op : operators) {
            try {
                op.close();
            } catch (RuntimeException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }
}
