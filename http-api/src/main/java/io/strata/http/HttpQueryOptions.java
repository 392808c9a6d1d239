package io.strata.http;

import io.netty.handler.codec.http.HttpHeaders;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one HTTP query request asks for, read from its URL parameters and headers the way
 * ClickHouse reads them: a few reserved parameters ({@code query}, {@code database},
 * {@code default_format}, {@code query_id}, {@code user}, {@code password}, session and buffering
 * controls), {@code param_<name>} as query parameters, and every other parameter as a setting.
 * Credentials may also come from {@code X-ClickHouse-User}/{@code X-ClickHouse-Key} or Basic auth.
 *
 * @param query         the {@code query} parameter, or null (then a POST body holds the query)
 * @param database      current database for the query, or null for the session's default
 * @param defaultFormat output format when the query has no FORMAT clause, or null
 * @param queryId       the client's query id, or null
 * @param user          user name ("default" when none given)
 * @param password      password ("" when none given)
 * @param sessionId     the {@code session_id} parameter, or null (sessions come with the full interface)
 * @param settings      setting changes, validated against the known settings
 * @param parameters    values of {@code {name:Type}} query parameters, as text
 * @param bufferSize    bytes of result buffered before the response starts (the status can still
 *                      change to an error up to then); {@code wait_end_of_query=1} buffers all
 */
record HttpQueryOptions(String query, String database, String defaultFormat, String queryId, String user,
                        String password, String sessionId, Map<String, String> settings,
                        Map<String, String> parameters, long bufferSize) {

    /** Bytes buffered before the response head is committed when the client does not say. */
    static final long DEFAULT_BUFFER_SIZE = 1 << 20;

    /** URL parameters that are part of the HTTP protocol itself rather than settings. */
    private static final Set<String> RESERVED = Set.of("query", "database", "default_format", "query_id", "user",
            "password", "quota_key", "stacktrace", "role", "buffer_size", "session_id", "session_timeout",
            "session_check", "client_protocol_version", "close_session", "compress", "decompress");

    static HttpQueryOptions parse(Map<String, List<String>> urlParameters, HttpHeaders headers) {
        String query = null;
        String database = headers.get("X-ClickHouse-Database");
        String defaultFormat = headers.get("X-ClickHouse-Format");
        String queryId = null;
        String user = headers.get("X-ClickHouse-User");
        String password = headers.get("X-ClickHouse-Key");
        String sessionId = null;
        long bufferSize = DEFAULT_BUFFER_SIZE;
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();

        String authorization = headers.get("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Invalid Basic authorization header");
            }
            int colon = decoded.indexOf(':');
            user = colon < 0 ? decoded : decoded.substring(0, colon);
            password = colon < 0 ? "" : decoded.substring(colon + 1);
        }

        for (Map.Entry<String, List<String>> e : urlParameters.entrySet()) {
            String name = e.getKey();
            // The last occurrence wins, as it does in ClickHouse's parameter parsing.
            String value = e.getValue().isEmpty() ? "" : e.getValue().getLast();
            if (name.startsWith("param_")) {
                parameters.put(name.substring("param_".length()), value);
                continue;
            }
            switch (name) {
                case "query" -> query = value;
                case "database" -> database = value;
                case "default_format" -> defaultFormat = value;
                case "query_id" -> queryId = value;
                case "user" -> user = value;
                case "password" -> password = value;
                case "session_id" -> sessionId = value;
                case "buffer_size" -> bufferSize = parseBufferSize(value);
                default -> {
                    if (!RESERVED.contains(name)) {
                        if (!Settings.isKnown(name)) {
                            throw new DbException(ErrorCode.UNKNOWN_SETTING, "Setting " + name
                                    + " is neither a builtin setting nor started with the prefix 'custom_' registered for user-defined settings");
                        }
                        settings.put(name, value);
                    }
                }
            }
        }
        // wait_end_of_query buffers the whole result so that any error still gets a proper status.
        if (isTrue(settings.get("wait_end_of_query"))) {
            bufferSize = Long.MAX_VALUE;
        }
        return new HttpQueryOptions(query, emptyToNull(database), emptyToNull(defaultFormat), emptyToNull(queryId),
                user == null || user.isEmpty() ? "default" : user, password == null ? "" : password,
                emptyToNull(sessionId), Map.copyOf(settings), Map.copyOf(parameters), bufferSize);
    }

    private static long parseBufferSize(String value) {
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new DbException(ErrorCode.CANNOT_PARSE_NUMBER, "Cannot parse buffer_size value '" + value + "'");
        }
    }

    private static boolean isTrue(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
