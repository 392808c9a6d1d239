package io.strata.core.query;

import java.io.InputStream;
import java.util.Map;

/**
 * One query as a protocol receives it.
 *
 * @param sql          the query text (for INSERT ... FORMAT it may be followed by inline data)
 * @param session      session state (database, SET settings); updated by USE and SET
 * @param settings     per-query setting changes (URL parameters, SETTINGS sent by a client)
 * @param parameters   values for {@code {name:Type}} query parameters, as text
 * @param data         INSERT data that follows the query outside its text (HTTP body), or null
 * @param queryId      the query id (generated when the client sent none)
 * @param client       who sent the query (system.processes); null means in-process
 * @param cancellation the protocol's handle to stop the query while it runs, or null
 */
public record QueryRequest(String sql, QuerySession session, Map<String, String> settings,
                           Map<String, String> parameters, InputStream data, String queryId,
                           ClientInfo client, QueryCancellation cancellation) {

    public QueryRequest {
        if (client == null) client = ClientInfo.IN_PROCESS;
    }

    /** An in-process query that only its execution's {@link QueryExecution#cancel()} can stop. */
    public QueryRequest(String sql, QuerySession session, Map<String, String> settings,
                        Map<String, String> parameters, InputStream data, String queryId) {
        this(sql, session, settings, parameters, data, queryId, null, null);
    }
}
