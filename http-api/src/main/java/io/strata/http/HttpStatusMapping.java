package io.strata.http;

import io.strata.core.error.ErrorCode;
import java.util.Set;

/**
 * The HTTP status of an error response, chosen from the error code the way ClickHouse's HTTP
 * interface chooses it, so that clients and load balancers that look at the status (400 = fix the
 * query, 404 = unknown object, 5xx = retry or alert) behave the same against Strata.
 * Matching is by ClickHouse error name so codes that core does not define yet map correctly later.
 */
final class HttpStatusMapping {
    private static final Set<String> FORBIDDEN = Set.of("UNKNOWN_USER", "WRONG_PASSWORD", "AUTHENTICATION_FAILED",
            "SET_NON_GRANTED_ROLE", "ACCESS_DENIED");

    private static final Set<String> BAD_REQUEST = Set.of("BAD_ARGUMENTS", "CANNOT_COMPILE_REGEXP", "CANNOT_PARSE_TEXT",
            "CANNOT_PARSE_ESCAPE_SEQUENCE", "CANNOT_PARSE_QUOTED_STRING", "CANNOT_PARSE_DATE", "CANNOT_PARSE_DATETIME",
            "CANNOT_PARSE_NUMBER", "CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING", "CANNOT_PARSE_IPV4", "CANNOT_PARSE_IPV6",
            "CANNOT_PARSE_INPUT_ASSERTION_FAILED", "CANNOT_PARSE_UUID", "DUPLICATE_COLUMN", "ILLEGAL_COLUMN",
            "UNKNOWN_ELEMENT_IN_AST", "UNKNOWN_TYPE_OF_AST_NODE", "THERE_IS_NO_COLUMN", "TOO_DEEP_AST", "TOO_BIG_AST",
            "UNEXPECTED_AST_STRUCTURE", "SYNTAX_ERROR", "INCORRECT_DATA", "TYPE_MISMATCH",
            "VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE");

    private static final Set<String> NOT_FOUND = Set.of("UNKNOWN_TABLE", "UNKNOWN_FUNCTION", "UNKNOWN_IDENTIFIER",
            "UNKNOWN_TYPE", "UNKNOWN_STORAGE", "UNKNOWN_DATABASE", "UNKNOWN_SETTING", "UNKNOWN_DIRECTION_OF_SORTING",
            "UNKNOWN_AGGREGATE_FUNCTION", "UNKNOWN_FORMAT", "UNKNOWN_DATABASE_ENGINE", "UNKNOWN_TYPE_OF_QUERY",
            "UNKNOWN_ROLE");

    private HttpStatusMapping() {
    }

    static int status(ErrorCode code) {
        String name = code.name();
        if (name.equals("REQUIRED_PASSWORD")) return 401;
        if (FORBIDDEN.contains(name)) return 403;
        if (BAD_REQUEST.contains(name)) return 400;
        if (NOT_FOUND.contains(name)) return 404;
        return switch (name) {
            case "QUERY_IS_TOO_LARGE" -> 413;
            case "NOT_IMPLEMENTED" -> 501;
            case "SOCKET_TIMEOUT", "CANNOT_OPEN_FILE", "CANNOT_SCHEDULE_TASK" -> 503;
            // ClickHouse answers 500 here; 503 says what it is, an overloaded server that a client
            // or load balancer should retry later, and the exception code header is the same
            case "TOO_MANY_SIMULTANEOUS_QUERIES" -> 503;
            case "HTTP_LENGTH_REQUIRED" -> 411;
            case "TIMEOUT_EXCEEDED" -> 408;
            case "UNSUPPORTED_MEDIA_TYPE" -> 415;
            default -> 500;
        };
    }
}
