package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.exec.expression.Expression;
import java.util.List;

/** Computes the output columns, one expression each, over every input chunk. */
public final class ProjectOperator implements Operator {
    private final Expression[] outputs;
    private Chunk pending;
    private boolean finishing;

    public ProjectOperator(List<Expression> outputs) {
        this.outputs = outputs.toArray(new Expression[0]);
    }

    @Override public boolean needsInput() { return pending == null && !finishing; }

    @Override
    public void addInput(Chunk chunk) {
        Column[] columns = new Column[outputs.length];
        for (int i = 0; i < columns.length; i++) columns[i] = outputs[i].evaluate(chunk);
        pending = new Chunk(columns, chunk.rowCount());
    }

    @Override
    public Chunk getOutput() {
        Chunk c = pending;
        pending = null;
        return c;
    }

    @Override public void finish() { finishing = true; }
    @Override public boolean isFinished() { return finishing && pending == null; }
}
