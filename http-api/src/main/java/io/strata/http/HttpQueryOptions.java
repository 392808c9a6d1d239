package io.strata.http;

import io.netty.handler.codec.http.HttpHeaders;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one HTTP query request asks for, read from its URL parameters and headers the way
 * ClickHouse reads them: reserved parameters ({@code query}, {@code database}, {@code default_format},
 * {@code query_id}, credentials, session and buffering controls, {@code compress}/{@code decompress}),
 * {@code param_<name>} as query parameters, and every other parameter as a setting.
 *
 * <p>Precedence follows ClickHouse: the {@code X-ClickHouse-Database} and {@code X-ClickHouse-Format}
 * headers win over the {@code database} and {@code default_format} parameters; for a repeated
 * setting the last value wins, for a repeated {@code param_} the first. Credentials come from
 * exactly one place: the {@code X-ClickHouse-User}/{@code X-ClickHouse-Key} headers, Basic
 * authorization, or the {@code user}/{@code password} parameters; mixing them is refused with
 * AUTHENTICATION_FAILED, as ClickHouse refuses it.
 *
 * @param query          the {@code query} parameter, or null (then a POST body holds the query)
 * @param database       current database for the query, or null for the session's
 * @param defaultFormat  output format when the query has no FORMAT clause, or null
 * @param queryId        the client's query id, or null
 * @param user           user name ("default" when none given)
 * @param password       password ("" when none given)
 * @param sessionId      the {@code session_id} parameter, or null
 * @param sessionTimeout the {@code session_timeout} parameter as given, or null
 * @param sessionCheck   {@code session_check=1}: the session must already exist
 * @param closeSession   {@code close_session=1}: the session ends after this request
 * @param compress       {@code compress=1}: the response in ClickHouse's compressed blocks
 * @param decompress     {@code decompress=1}: the request body in ClickHouse's compressed blocks
 * @param bufferSize     the {@code buffer_size} parameter, or -1
 * @param waitEndOfQuery the {@code wait_end_of_query} parameter, or null
 * @param settings       setting changes in the order given (validated names)
 * @param parameters     values of {@code {name:Type}} query parameters, as text
 */
record HttpQueryOptions(String query, String database, String defaultFormat, String queryId, String user,
                        String password, String sessionId, String sessionTimeout, boolean sessionCheck,
                        boolean closeSession, boolean compress, boolean decompress, long bufferSize,
                        Boolean waitEndOfQuery, Map<String, String> settings, Map<String, String> parameters) {

    /** Bytes held back before the response head is committed when neither the client nor a setting says. */
    static final long DEFAULT_BUFFER_SIZE = 1 << 20;

    /** URL parameters that belong to the HTTP protocol itself rather than to settings (ClickHouse's list). */
    private static final Set<String> RESERVED = Set.of("query", "database", "default_format", "query_id", "user",
            "password", "quota_key", "stacktrace", "role", "buffer_size", "wait_end_of_query", "session_id",
            "session_timeout", "session_check", "client_protocol_version", "close_session", "compress", "decompress");

    static final String PARAMETER_PREFIX = "param_";

    static HttpQueryOptions parse(Map<String, List<String>> urlParameters, HttpHeaders headers) {
        String headerUser = emptyToNull(headers.get("X-ClickHouse-User"));
        String headerKey = emptyToNull(headers.get("X-ClickHouse-Key"));
        String authorization = headers.get("Authorization");
        boolean credentialsInUrl = urlParameters.containsKey("user") || urlParameters.containsKey("password")
                || urlParameters.containsKey("quota_key");
        String user;
        String password;
        if (headerUser != null || headerKey != null) {
            if (authorization != null) {
                throw authenticationFailed("it is not allowed to use the X-ClickHouse-User/X-ClickHouse-Key headers "
                        + "and the Authorization header simultaneously");
            }
            if (credentialsInUrl) {
                throw authenticationFailed("it is not allowed to use the X-ClickHouse-User/X-ClickHouse-Key headers "
                        + "and authentication via parameters simultaneously");
            }
            user = headerUser;
            password = headerKey;
        } else if (authorization != null) {
            if (credentialsInUrl) {
                throw authenticationFailed("it is not allowed to use the Authorization HTTP header and authentication "
                        + "via parameters simultaneously");
            }
            String[] basic = basicCredentials(authorization);
            user = basic[0];
            password = basic[1];
        } else {
            user = last(urlParameters, "user");
            password = last(urlParameters, "password");
        }

        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : urlParameters.entrySet()) {
            String name = e.getKey();
            if (name.startsWith(PARAMETER_PREFIX)) {
                // ClickHouse keeps the first value of a repeated query parameter
                parameters.putIfAbsent(name.substring(PARAMETER_PREFIX.length()), e.getValue().getFirst());
            } else if (!RESERVED.contains(name)) {
                if (!Settings.isKnown(name)) {
                    throw new DbException(ErrorCode.UNKNOWN_SETTING, "Setting " + name
                            + " is neither a builtin setting nor started with the prefix 'custom_' registered for user-defined settings");
                }
                settings.put(name, e.getValue().getLast());
            }
        }

        String database = emptyToNull(headers.get("X-ClickHouse-Database"));
        if (database == null) database = emptyToNull(last(urlParameters, "database"));
        String defaultFormat = emptyToNull(headers.get("X-ClickHouse-Format"));
        if (defaultFormat == null) defaultFormat = emptyToNull(last(urlParameters, "default_format"));
        String queryId = emptyToNull(last(urlParameters, "query_id"));
        if (queryId == null) queryId = emptyToNull(headers.get("X-ClickHouse-Query-Id"));

        String sessionId = last(urlParameters, "session_id");
        if (sessionId != null && sessionId.isEmpty()) {
            throw new DbException(ErrorCode.SESSION_ID_EMPTY, "Session id query parameter was provided, but it was empty");
        }
        String waitEnd = last(urlParameters, "wait_end_of_query");
        String bufferSize = last(urlParameters, "buffer_size");
        return new HttpQueryOptions(last(urlParameters, "query"), database, defaultFormat, queryId,
                user == null || user.isEmpty() ? "default" : user, password == null ? "" : password,
                sessionId, last(urlParameters, "session_timeout"), "1".equals(last(urlParameters, "session_check")),
                flag(urlParameters, "close_session"), flag(urlParameters, "compress"), flag(urlParameters, "decompress"),
                bufferSize == null ? -1 : parseBufferSize(bufferSize), waitEnd == null ? null : isTrue(waitEnd),
                Collections.unmodifiableMap(settings), Map.copyOf(parameters));
    }

    /** {@code user:password} of a Basic authorization header; other schemes are refused. */
    private static String[] basicCredentials(String authorization) {
        String value = authorization.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.equalsIgnoreCase("Basic")) {
            throw authenticationFailed("'" + scheme + "' HTTP Authorization scheme is not supported");
        }
        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(value.substring(space + 1).strip());
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw authenticationFailed("malformed Basic credentials in the Authorization header");
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? new String[] {decoded, ""} : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static DbException authenticationFailed(String why) {
        return new DbException(ErrorCode.AUTHENTICATION_FAILED, "Invalid authentication: " + why);
    }

    private static String last(Map<String, List<String>> parameters, String name) {
        List<String> v = parameters.get(name);
        return v == null || v.isEmpty() ? null : v.getLast();
    }

    private static boolean flag(Map<String, List<String>> parameters, String name) {
        String v = last(parameters, name);
        return v != null && isTrue(v);
    }

    private static long parseBufferSize(String value) {
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new DbException(ErrorCode.CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse buffer_size value '" + value + "'");
        }
    }

    /** ClickHouse's Bool parsing of a URL flag: 1/0, true/false. */
    static boolean isTrue(String v) {
        String t = v.trim();
        return t.equals("1") || t.equalsIgnoreCase("true");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
