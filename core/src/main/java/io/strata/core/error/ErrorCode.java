package io.strata.core.error;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A ClickHouse error code: number and name are both part of the wire contract (HTTP header
 * X-ClickHouse-Exception-Code, native Exception packet, test corpus `serverError NAME`), so they
 * are spelled exactly as ClickHouse spells them.
 */
public record ErrorCode(int code, String name) {

    public static final ErrorCode UNSUPPORTED_METHOD = new ErrorCode(1, "UNSUPPORTED_METHOD");
    public static final ErrorCode UNSUPPORTED_PARAMETER = new ErrorCode(2, "UNSUPPORTED_PARAMETER");
    public static final ErrorCode CANNOT_PARSE_TEXT = new ErrorCode(6, "CANNOT_PARSE_TEXT");
    public static final ErrorCode INCORRECT_NUMBER_OF_COLUMNS = new ErrorCode(7, "INCORRECT_NUMBER_OF_COLUMNS");
    public static final ErrorCode THERE_IS_NO_COLUMN = new ErrorCode(8, "THERE_IS_NO_COLUMN");
    public static final ErrorCode SIZES_OF_COLUMNS_DOESNT_MATCH = new ErrorCode(9, "SIZES_OF_COLUMNS_DOESNT_MATCH");
    public static final ErrorCode NOT_FOUND_COLUMN_IN_BLOCK = new ErrorCode(10, "NOT_FOUND_COLUMN_IN_BLOCK");
    public static final ErrorCode PARAMETER_OUT_OF_BOUND = new ErrorCode(12, "PARAMETER_OUT_OF_BOUND");
    public static final ErrorCode DUPLICATE_COLUMN = new ErrorCode(15, "DUPLICATE_COLUMN");
    public static final ErrorCode NO_SUCH_COLUMN_IN_TABLE = new ErrorCode(16, "NO_SUCH_COLUMN_IN_TABLE");
    public static final ErrorCode NUMBER_OF_COLUMNS_DOESNT_MATCH = new ErrorCode(20, "NUMBER_OF_COLUMNS_DOESNT_MATCH");
    public static final ErrorCode CANNOT_PARSE_ESCAPE_SEQUENCE = new ErrorCode(25, "CANNOT_PARSE_ESCAPE_SEQUENCE");
    public static final ErrorCode CANNOT_PARSE_QUOTED_STRING = new ErrorCode(26, "CANNOT_PARSE_QUOTED_STRING");
    public static final ErrorCode CANNOT_PARSE_INPUT_ASSERTION_FAILED = new ErrorCode(27, "CANNOT_PARSE_INPUT_ASSERTION_FAILED");
    public static final ErrorCode ATTEMPT_TO_READ_AFTER_EOF = new ErrorCode(32, "ATTEMPT_TO_READ_AFTER_EOF");
    public static final ErrorCode CANNOT_READ_ALL_DATA = new ErrorCode(33, "CANNOT_READ_ALL_DATA");
    public static final ErrorCode TOO_MANY_ARGUMENTS_FOR_FUNCTION = new ErrorCode(34, "TOO_MANY_ARGUMENTS_FOR_FUNCTION");
    public static final ErrorCode TOO_FEW_ARGUMENTS_FOR_FUNCTION = new ErrorCode(35, "TOO_FEW_ARGUMENTS_FOR_FUNCTION");
    public static final ErrorCode BAD_ARGUMENTS = new ErrorCode(36, "BAD_ARGUMENTS");
    public static final ErrorCode UNKNOWN_ELEMENT_IN_AST = new ErrorCode(37, "UNKNOWN_ELEMENT_IN_AST");
    public static final ErrorCode CANNOT_PARSE_DATE = new ErrorCode(38, "CANNOT_PARSE_DATE");
    public static final ErrorCode TOO_LARGE_SIZE_COMPRESSED = new ErrorCode(39, "TOO_LARGE_SIZE_COMPRESSED");
    public static final ErrorCode CHECKSUM_DOESNT_MATCH = new ErrorCode(40, "CHECKSUM_DOESNT_MATCH");
    public static final ErrorCode CANNOT_PARSE_DATETIME = new ErrorCode(41, "CANNOT_PARSE_DATETIME");
    public static final ErrorCode NUMBER_OF_ARGUMENTS_DOESNT_MATCH = new ErrorCode(42, "NUMBER_OF_ARGUMENTS_DOESNT_MATCH");
    public static final ErrorCode ILLEGAL_TYPE_OF_ARGUMENT = new ErrorCode(43, "ILLEGAL_TYPE_OF_ARGUMENT");
    public static final ErrorCode ILLEGAL_COLUMN = new ErrorCode(44, "ILLEGAL_COLUMN");
    public static final ErrorCode UNKNOWN_FUNCTION = new ErrorCode(46, "UNKNOWN_FUNCTION");
    public static final ErrorCode UNKNOWN_IDENTIFIER = new ErrorCode(47, "UNKNOWN_IDENTIFIER");
    public static final ErrorCode NOT_IMPLEMENTED = new ErrorCode(48, "NOT_IMPLEMENTED");
    public static final ErrorCode LOGICAL_ERROR = new ErrorCode(49, "LOGICAL_ERROR");
    public static final ErrorCode UNKNOWN_TYPE = new ErrorCode(50, "UNKNOWN_TYPE");
    public static final ErrorCode EMPTY_LIST_OF_COLUMNS_QUERIED = new ErrorCode(51, "EMPTY_LIST_OF_COLUMNS_QUERIED");
    public static final ErrorCode COLUMN_QUERIED_MORE_THAN_ONCE = new ErrorCode(52, "COLUMN_QUERIED_MORE_THAN_ONCE");
    public static final ErrorCode TYPE_MISMATCH = new ErrorCode(53, "TYPE_MISMATCH");
    public static final ErrorCode UNKNOWN_STORAGE = new ErrorCode(56, "UNKNOWN_STORAGE");
    public static final ErrorCode TABLE_ALREADY_EXISTS = new ErrorCode(57, "TABLE_ALREADY_EXISTS");
    public static final ErrorCode ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER = new ErrorCode(59, "ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER");
    public static final ErrorCode UNKNOWN_TABLE = new ErrorCode(60, "UNKNOWN_TABLE");
    public static final ErrorCode SYNTAX_ERROR = new ErrorCode(62, "SYNTAX_ERROR");
    public static final ErrorCode UNKNOWN_AGGREGATE_FUNCTION = new ErrorCode(63, "UNKNOWN_AGGREGATE_FUNCTION");
    public static final ErrorCode ARGUMENT_OUT_OF_BOUND = new ErrorCode(69, "ARGUMENT_OUT_OF_BOUND");
    public static final ErrorCode CANNOT_CONVERT_TYPE = new ErrorCode(70, "CANNOT_CONVERT_TYPE");
    public static final ErrorCode CANNOT_PARSE_NUMBER = new ErrorCode(72, "CANNOT_PARSE_NUMBER");
    public static final ErrorCode UNKNOWN_FORMAT = new ErrorCode(73, "UNKNOWN_FORMAT");
    public static final ErrorCode CANNOT_OPEN_FILE = new ErrorCode(76, "CANNOT_OPEN_FILE");
    public static final ErrorCode EMPTY_LIST_OF_COLUMNS_PASSED = new ErrorCode(78, "EMPTY_LIST_OF_COLUMNS_PASSED");
    public static final ErrorCode INCORRECT_QUERY = new ErrorCode(80, "INCORRECT_QUERY");
    public static final ErrorCode UNKNOWN_DATABASE = new ErrorCode(81, "UNKNOWN_DATABASE");
    public static final ErrorCode DATABASE_ALREADY_EXISTS = new ErrorCode(82, "DATABASE_ALREADY_EXISTS");
    public static final ErrorCode UNKNOWN_PACKET_FROM_CLIENT = new ErrorCode(100, "UNKNOWN_PACKET_FROM_CLIENT");
    public static final ErrorCode UNEXPECTED_PACKET_FROM_CLIENT = new ErrorCode(101, "UNEXPECTED_PACKET_FROM_CLIENT");
    public static final ErrorCode FILE_DOESNT_EXIST = new ErrorCode(107, "FILE_DOESNT_EXIST");
    public static final ErrorCode UNKNOWN_SETTING = new ErrorCode(115, "UNKNOWN_SETTING");
    public static final ErrorCode INCORRECT_DATA = new ErrorCode(117, "INCORRECT_DATA");
    public static final ErrorCode INCORRECT_RESULT_OF_SCALAR_SUBQUERY = new ErrorCode(125, "INCORRECT_RESULT_OF_SCALAR_SUBQUERY");
    public static final ErrorCode TOO_LARGE_ARRAY_SIZE = new ErrorCode(128, "TOO_LARGE_ARRAY_SIZE");
    public static final ErrorCode CANNOT_READ_ARRAY_FROM_TEXT = new ErrorCode(130, "CANNOT_READ_ARRAY_FROM_TEXT");
    public static final ErrorCode TOO_LARGE_STRING_SIZE = new ErrorCode(131, "TOO_LARGE_STRING_SIZE");
    public static final ErrorCode ZERO_ARRAY_OR_TUPLE_INDEX = new ErrorCode(135, "ZERO_ARRAY_OR_TUPLE_INDEX");
    public static final ErrorCode ILLEGAL_DIVISION = new ErrorCode(153, "ILLEGAL_DIVISION");
    public static final ErrorCode TOO_MANY_ROWS = new ErrorCode(158, "TOO_MANY_ROWS");
    public static final ErrorCode TIMEOUT_EXCEEDED = new ErrorCode(159, "TIMEOUT_EXCEEDED");
    public static final ErrorCode READONLY = new ErrorCode(164, "READONLY");
    public static final ErrorCode BAD_TYPE_OF_FIELD = new ErrorCode(169, "BAD_TYPE_OF_FIELD");
    public static final ErrorCode BAD_GET = new ErrorCode(170, "BAD_GET");
    public static final ErrorCode MULTIPLE_EXPRESSIONS_FOR_ALIAS = new ErrorCode(179, "MULTIPLE_EXPRESSIONS_FOR_ALIAS");
    public static final ErrorCode ILLEGAL_FINAL = new ErrorCode(181, "ILLEGAL_FINAL");
    public static final ErrorCode ILLEGAL_AGGREGATION = new ErrorCode(184, "ILLEGAL_AGGREGATION");
    public static final ErrorCode SIZES_OF_ARRAYS_DONT_MATCH = new ErrorCode(190, "SIZES_OF_ARRAYS_DONT_MATCH");
    public static final ErrorCode UNKNOWN_USER = new ErrorCode(192, "UNKNOWN_USER");
    public static final ErrorCode WRONG_PASSWORD = new ErrorCode(193, "WRONG_PASSWORD");
    public static final ErrorCode REQUIRED_PASSWORD = new ErrorCode(194, "REQUIRED_PASSWORD");
    public static final ErrorCode TOO_MANY_SIMULTANEOUS_QUERIES = new ErrorCode(202, "TOO_MANY_SIMULTANEOUS_QUERIES");
    public static final ErrorCode AMBIGUOUS_COLUMN_NAME = new ErrorCode(207, "AMBIGUOUS_COLUMN_NAME");
    public static final ErrorCode NETWORK_ERROR = new ErrorCode(210, "NETWORK_ERROR");
    public static final ErrorCode NOT_AN_AGGREGATE = new ErrorCode(215, "NOT_AN_AGGREGATE");
    public static final ErrorCode QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING = new ErrorCode(216, "QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING");
    public static final ErrorCode ABORTED = new ErrorCode(236, "ABORTED");
    public static final ErrorCode MEMORY_LIMIT_EXCEEDED = new ErrorCode(241, "MEMORY_LIMIT_EXCEEDED");
    public static final ErrorCode CORRUPTED_DATA = new ErrorCode(246, "CORRUPTED_DATA");
    public static final ErrorCode TOO_MANY_PARTS = new ErrorCode(252, "TOO_MANY_PARTS");
    public static final ErrorCode UNION_ALL_RESULT_STRUCTURES_MISMATCH = new ErrorCode(258, "UNION_ALL_RESULT_STRUCTURES_MISMATCH");
    public static final ErrorCode CANNOT_DECOMPRESS = new ErrorCode(271, "CANNOT_DECOMPRESS");
    public static final ErrorCode LIMIT_EXCEEDED = new ErrorCode(290, "LIMIT_EXCEEDED");
    public static final ErrorCode TOO_MANY_BYTES = new ErrorCode(307, "TOO_MANY_BYTES");
    public static final ErrorCode VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE = new ErrorCode(321, "VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE");
    public static final ErrorCode UNFINISHED = new ErrorCode(341, "UNFINISHED");
    public static final ErrorCode SUPPORT_IS_DISABLED = new ErrorCode(344, "SUPPORT_IS_DISABLED");
    public static final ErrorCode CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN = new ErrorCode(349, "CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN");
    public static final ErrorCode AMBIGUOUS_IDENTIFIER = new ErrorCode(352, "AMBIGUOUS_IDENTIFIER");
    public static final ErrorCode BAD_CAST = new ErrorCode(368, "BAD_CAST");
    public static final ErrorCode SESSION_NOT_FOUND = new ErrorCode(372, "SESSION_NOT_FOUND");
    public static final ErrorCode SESSION_IS_LOCKED = new ErrorCode(373, "SESSION_IS_LOCKED");
    public static final ErrorCode CANNOT_PARSE_UUID = new ErrorCode(376, "CANNOT_PARSE_UUID");
    public static final ErrorCode NO_COMMON_TYPE = new ErrorCode(386, "NO_COMMON_TYPE");
    public static final ErrorCode QUERY_WAS_CANCELLED = new ErrorCode(394, "QUERY_WAS_CANCELLED");
    public static final ErrorCode FUNCTION_THROW_IF_VALUE_IS_NON_ZERO = new ErrorCode(395, "FUNCTION_THROW_IF_VALUE_IS_NON_ZERO");
    public static final ErrorCode TOO_MANY_ROWS_OR_BYTES = new ErrorCode(396, "TOO_MANY_ROWS_OR_BYTES");
    public static final ErrorCode INVALID_JOIN_ON_EXPRESSION = new ErrorCode(403, "INVALID_JOIN_ON_EXPRESSION");
    public static final ErrorCode SET_SIZE_LIMIT_EXCEEDED = new ErrorCode(191, "SET_SIZE_LIMIT_EXCEEDED");
    public static final ErrorCode DECIMAL_OVERFLOW = new ErrorCode(407, "DECIMAL_OVERFLOW");
    public static final ErrorCode UNKNOWN_CODEC = new ErrorCode(432, "UNKNOWN_CODEC");
    public static final ErrorCode ILLEGAL_CODEC_PARAMETER = new ErrorCode(433, "ILLEGAL_CODEC_PARAMETER");
    public static final ErrorCode CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING = new ErrorCode(441, "CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING");
    public static final ErrorCode UNKNOWN_QUERY_PARAMETER = new ErrorCode(456, "UNKNOWN_QUERY_PARAMETER");
    public static final ErrorCode BAD_QUERY_PARAMETER = new ErrorCode(457, "BAD_QUERY_PARAMETER");
    public static final ErrorCode ACCESS_DENIED = new ErrorCode(497, "ACCESS_DENIED");
    public static final ErrorCode AUTHENTICATION_FAILED = new ErrorCode(516, "AUTHENTICATION_FAILED");
    public static final ErrorCode CANNOT_PARSE_BOOL = new ErrorCode(467, "CANNOT_PARSE_BOOL");
    public static final ErrorCode UNKNOWN_ELEMENT_OF_ENUM = new ErrorCode(691, "UNKNOWN_ELEMENT_OF_ENUM");
    public static final ErrorCode INVALID_LIMIT_EXPRESSION = new ErrorCode(440, "INVALID_LIMIT_EXPRESSION");
    public static final ErrorCode CANNOT_COMPILE_REGEXP = new ErrorCode(427, "CANNOT_COMPILE_REGEXP");
    public static final ErrorCode TOO_SLOW = new ErrorCode(160, "TOO_SLOW");
    public static final ErrorCode CANNOT_PARSE_IPV4 = new ErrorCode(695, "CANNOT_PARSE_IPV4");
    public static final ErrorCode ILLEGAL_INDEX = new ErrorCode(127, "ILLEGAL_INDEX");
    public static final ErrorCode UNKNOWN_EXCEPTION = new ErrorCode(1002, "UNKNOWN_EXCEPTION");
    public static final ErrorCode AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS = new ErrorCode(309, "AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS");
    public static final ErrorCode NO_FILE_IN_DATA_PART = new ErrorCode(226, "NO_FILE_IN_DATA_PART");
    public static final ErrorCode BAD_SIZE_OF_FILE_IN_DATA_PART = new ErrorCode(227, "BAD_SIZE_OF_FILE_IN_DATA_PART");
    public static final ErrorCode NO_SUCH_DATA_PART = new ErrorCode(232, "NO_SUCH_DATA_PART");
    public static final ErrorCode BAD_DATA_PART_NAME = new ErrorCode(233, "BAD_DATA_PART_NAME");
    public static final ErrorCode INVALID_PARTITION_VALUE = new ErrorCode(248, "INVALID_PARTITION_VALUE");
    public static final ErrorCode CANNOT_ASSIGN_OPTIMIZE = new ErrorCode(388, "CANNOT_ASSIGN_OPTIMIZE");
    public static final ErrorCode ALTER_OF_COLUMN_IS_FORBIDDEN = new ErrorCode(524, "ALTER_OF_COLUMN_IS_FORBIDDEN");
    public static final ErrorCode CANNOT_UPDATE_COLUMN = new ErrorCode(420, "CANNOT_UPDATE_COLUMN");
    public static final ErrorCode BAD_TTL_EXPRESSION = new ErrorCode(450, "BAD_TTL_EXPRESSION");
    public static final ErrorCode UNKNOWN_COMPRESSION_METHOD = new ErrorCode(89, "UNKNOWN_COMPRESSION_METHOD");
    public static final ErrorCode ZLIB_INFLATE_FAILED = new ErrorCode(354, "ZLIB_INFLATE_FAILED");
    public static final ErrorCode INVALID_SESSION_TIMEOUT = new ErrorCode(374, "INVALID_SESSION_TIMEOUT");
    public static final ErrorCode HTTP_LENGTH_REQUIRED = new ErrorCode(381, "HTTP_LENGTH_REQUIRED");
    public static final ErrorCode BAD_DATABASE_FOR_TEMPORARY_TABLE = new ErrorCode(442, "BAD_DATABASE_FOR_TEMPORARY_TABLE");
    public static final ErrorCode ZSTD_DECODER_FAILED = new ErrorCode(561, "ZSTD_DECODER_FAILED");
    public static final ErrorCode LZ4_DECODER_FAILED = new ErrorCode(618, "LZ4_DECODER_FAILED");
    public static final ErrorCode SESSION_ID_EMPTY = new ErrorCode(744, "SESSION_ID_EMPTY");
    // the native client's own codes
    public static final ErrorCode CANNOT_WRITE_TO_FILE_DESCRIPTOR = new ErrorCode(75, "CANNOT_WRITE_TO_FILE_DESCRIPTOR");
    public static final ErrorCode UNEXPECTED_PACKET_FROM_SERVER = new ErrorCode(102, "UNEXPECTED_PACKET_FROM_SERVER");
    public static final ErrorCode NO_DATA_TO_INSERT = new ErrorCode(108, "NO_DATA_TO_INSERT");
    public static final ErrorCode SOCKET_TIMEOUT = new ErrorCode(209, "SOCKET_TIMEOUT");

    // set operations, grouping, WITH FILL and SAMPLE (issue 7)
    public static final ErrorCode SAMPLING_NOT_SUPPORTED = new ErrorCode(141, "SAMPLING_NOT_SUPPORTED");
    public static final ErrorCode INVALID_WITH_FILL_EXPRESSION = new ErrorCode(475, "INVALID_WITH_FILL_EXPRESSION");
    public static final ErrorCode EXPECTED_ALL_OR_DISTINCT = new ErrorCode(527, "EXPECTED_ALL_OR_DISTINCT");
    // file(): a path outside user_files
    public static final ErrorCode DATABASE_ACCESS_DENIED = new ErrorCode(291, "DATABASE_ACCESS_DENIED");

    private static final Map<String, ErrorCode> BY_NAME = new HashMap<>();
    private static final Map<Integer, ErrorCode> BY_CODE = new HashMap<>();

    static {
        for (ErrorCode c : List.of(DATABASE_ACCESS_DENIED)) {
            if (BY_NAME.put(c.name, c) != null || BY_CODE.put(c.code, c) != null) {
                throw new ExceptionInInitializerError("duplicate error code " + c);
            }
        }
    }

    static {
        for (ErrorCode c : List.of(UNSUPPORTED_METHOD, UNSUPPORTED_PARAMETER, CANNOT_PARSE_TEXT, INCORRECT_NUMBER_OF_COLUMNS,
                THERE_IS_NO_COLUMN, SIZES_OF_COLUMNS_DOESNT_MATCH, NOT_FOUND_COLUMN_IN_BLOCK, DUPLICATE_COLUMN,
                NO_SUCH_COLUMN_IN_TABLE, NUMBER_OF_COLUMNS_DOESNT_MATCH, CANNOT_PARSE_ESCAPE_SEQUENCE,
                CANNOT_PARSE_QUOTED_STRING, CANNOT_PARSE_INPUT_ASSERTION_FAILED, ATTEMPT_TO_READ_AFTER_EOF,
                CANNOT_READ_ALL_DATA, TOO_MANY_ARGUMENTS_FOR_FUNCTION, TOO_FEW_ARGUMENTS_FOR_FUNCTION, BAD_ARGUMENTS,
                UNKNOWN_ELEMENT_IN_AST, CANNOT_PARSE_DATE, TOO_LARGE_SIZE_COMPRESSED, CHECKSUM_DOESNT_MATCH,
                CANNOT_PARSE_DATETIME, NUMBER_OF_ARGUMENTS_DOESNT_MATCH, ILLEGAL_TYPE_OF_ARGUMENT, ILLEGAL_COLUMN,
                UNKNOWN_FUNCTION, UNKNOWN_IDENTIFIER, NOT_IMPLEMENTED, LOGICAL_ERROR, UNKNOWN_TYPE,
                EMPTY_LIST_OF_COLUMNS_QUERIED, COLUMN_QUERIED_MORE_THAN_ONCE, TYPE_MISMATCH, UNKNOWN_STORAGE,
                TABLE_ALREADY_EXISTS, ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER, UNKNOWN_TABLE, SYNTAX_ERROR,
                UNKNOWN_AGGREGATE_FUNCTION, ARGUMENT_OUT_OF_BOUND, CANNOT_CONVERT_TYPE, CANNOT_PARSE_NUMBER,
                UNKNOWN_FORMAT, CANNOT_OPEN_FILE, INCORRECT_QUERY, UNKNOWN_DATABASE, DATABASE_ALREADY_EXISTS,
                UNKNOWN_PACKET_FROM_CLIENT, UNEXPECTED_PACKET_FROM_CLIENT, FILE_DOESNT_EXIST, UNKNOWN_SETTING,
                INCORRECT_DATA, INCORRECT_RESULT_OF_SCALAR_SUBQUERY, TOO_LARGE_ARRAY_SIZE, CANNOT_READ_ARRAY_FROM_TEXT,
                TOO_LARGE_STRING_SIZE, ZERO_ARRAY_OR_TUPLE_INDEX, ILLEGAL_DIVISION, TOO_MANY_ROWS, TIMEOUT_EXCEEDED,
                READONLY, BAD_TYPE_OF_FIELD, BAD_GET, MULTIPLE_EXPRESSIONS_FOR_ALIAS, ILLEGAL_FINAL,
                ILLEGAL_AGGREGATION, SIZES_OF_ARRAYS_DONT_MATCH, UNKNOWN_USER, WRONG_PASSWORD, REQUIRED_PASSWORD,
                TOO_MANY_SIMULTANEOUS_QUERIES, AMBIGUOUS_COLUMN_NAME, NETWORK_ERROR, NOT_AN_AGGREGATE,
                QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING, ABORTED, MEMORY_LIMIT_EXCEEDED, CORRUPTED_DATA, TOO_MANY_PARTS,
                UNION_ALL_RESULT_STRUCTURES_MISMATCH, CANNOT_DECOMPRESS, LIMIT_EXCEEDED, TOO_MANY_BYTES,
                VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE, UNFINISHED, SUPPORT_IS_DISABLED,
                CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN, AMBIGUOUS_IDENTIFIER, BAD_CAST, SESSION_NOT_FOUND,
                SESSION_IS_LOCKED, CANNOT_PARSE_UUID, NO_COMMON_TYPE, QUERY_WAS_CANCELLED,
                FUNCTION_THROW_IF_VALUE_IS_NON_ZERO, TOO_MANY_ROWS_OR_BYTES, INVALID_JOIN_ON_EXPRESSION,
                DECIMAL_OVERFLOW, UNKNOWN_CODEC, ILLEGAL_CODEC_PARAMETER, CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING,
                UNKNOWN_QUERY_PARAMETER, BAD_QUERY_PARAMETER, ACCESS_DENIED, AUTHENTICATION_FAILED,
                CANNOT_PARSE_BOOL, UNKNOWN_ELEMENT_OF_ENUM, INVALID_LIMIT_EXPRESSION, EMPTY_LIST_OF_COLUMNS_PASSED,
                UNKNOWN_EXCEPTION, PARAMETER_OUT_OF_BOUND, AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS,
                CANNOT_COMPILE_REGEXP, TOO_SLOW, CANNOT_PARSE_IPV4, ILLEGAL_INDEX,
                NO_FILE_IN_DATA_PART, BAD_SIZE_OF_FILE_IN_DATA_PART, NO_SUCH_DATA_PART, BAD_DATA_PART_NAME, INVALID_PARTITION_VALUE, CANNOT_ASSIGN_OPTIMIZE,
                ALTER_OF_COLUMN_IS_FORBIDDEN, CANNOT_UPDATE_COLUMN, BAD_TTL_EXPRESSION)) {
            if (BY_NAME.put(c.name, c) != null || BY_CODE.put(c.code, c) != null) {
                throw new ExceptionInInitializerError("duplicate error code " + c);
            }
        }
    }

    static {
        // the HTTP interface's own codes: request framing, content encodings, sessions, temporary tables
        for (ErrorCode c : List.of(UNKNOWN_COMPRESSION_METHOD, ZLIB_INFLATE_FAILED, INVALID_SESSION_TIMEOUT, HTTP_LENGTH_REQUIRED,
                BAD_DATABASE_FOR_TEMPORARY_TABLE, ZSTD_DECODER_FAILED, LZ4_DECODER_FAILED, SESSION_ID_EMPTY)) {
            if (BY_NAME.put(c.name, c) != null || BY_CODE.put(c.code, c) != null) {
                throw new ExceptionInInitializerError("duplicate error code " + c);
            }
        }
    }

    static {
        for (ErrorCode c : List.of(CANNOT_WRITE_TO_FILE_DESCRIPTOR, UNEXPECTED_PACKET_FROM_SERVER, NO_DATA_TO_INSERT, SOCKET_TIMEOUT)) {
            if (BY_NAME.put(c.name, c) != null || BY_CODE.put(c.code, c) != null) {
                throw new ExceptionInInitializerError("duplicate error code " + c);
            }
        }
    }

    static {
        // issue 7: set operations, WITH FILL, SAMPLE; joins over max_bytes_in_join with join_algorithm = 'hash'
        for (ErrorCode c : List.of(SAMPLING_NOT_SUPPORTED, INVALID_WITH_FILL_EXPRESSION, EXPECTED_ALL_OR_DISTINCT, SET_SIZE_LIMIT_EXCEEDED)) {
            if (BY_NAME.put(c.name, c) != null || BY_CODE.put(c.code, c) != null) {
                throw new ExceptionInInitializerError("duplicate error code " + c);
            }
        }
    }

    /** The code with this ClickHouse name, or null. */
    public static ErrorCode byName(String name) {
        return BY_NAME.get(name);
    }

    /** The code with this number, or null. */
    public static ErrorCode byCode(int code) {
        return BY_CODE.get(code);
    }
}
