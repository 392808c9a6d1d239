package io.strata.mergetree;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

/**
 * Lets an ALTER that changes a table's schema wait for the inserts already running and hold new
 * ones until the new schema is installed. An insert writes parts in the schema it started with;
 * published after an ALTER's mutation, such a part would get a block number above the
 * mutation's version and a renamed or dropped column in it would never be converted.
 */
final class InsertGate {
    private int running; // guarded by this
    private boolean closed; // guarded by this

    /** An insert starts (waits while an ALTER holds the gate). */
    synchronized void enter() {
        while (closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Insert cancelled while waiting for ALTER");
            }
        }
        running++;
    }

    /** An insert is committed or aborted. */
    synchronized void exit() {
        running--;
        notifyAll();
    }

    /** Holds new inserts and waits until running ones are done. */
    synchronized void close() {
        closed = true;
        boolean interrupted = false;
        while (running > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    synchronized void open() {
        closed = false;
        notifyAll();
    }
}
