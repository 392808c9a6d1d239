package io.strata.core.query;

/**
 * The seam between protocols (HTTP, native, `strata local`) and the engine: protocols parse
 * requests and render results; the runner parses, plans and executes. Protocol modules depend
 * on this interface only, never on the planner or storage.
 */
public interface QueryRunner {
    /** Starts a query; throws DbException for errors found before execution (syntax, unknown table...). */
    QueryExecution execute(QueryRequest request);

    /**
     * Starts a query whose INSERT data, if it needs any, comes as blocks from {@code blocks}
     * (the native protocol). Runners without block inserts run the request as it is.
     */
    default QueryExecution execute(QueryRequest request, InsertBlocks blocks) {
        return execute(request);
    }
}
