package io.strata.nativeproto;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.SettingDefinition;
import io.strata.core.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings (and query parameters) as a Query packet carries them: a list of {@code name, value}
 * ended by an empty name. Two encodings, by negotiated revision:
 * <ul>
 * <li>below 54429 (SettingsWriteFormat::BINARY): the value in its setting type's binary form:
 * VarUInt for unsigned integers, booleans, thread counts and time spans, zigzag VarInt for signed
 * integers, a string for everything else (floats, enums, strings). The reader must know each
 * name's type to find where its value ends, so an unknown name cannot be skipped: it ends the
 * connection with UNKNOWN_SETTING.</li>
 * <li>from 54429 (STRINGS_WITH_FLAGS): {@code name, VarUInt flags, String value}; flags are
 * IMPORTANT (1) and CUSTOM (2). An unknown setting is skipped unless it is marked important, as
 * ClickHouse does. Query parameters always come this way, as CUSTOM settings whose value is a
 * quoted literal ({@code 'text'}).</li>
 * </ul>
 */
public final class WireSettings {
    /** One setting as received. */
    public record Change(String name, String value, boolean important, boolean custom) {
    }

    /** How a setting type's value is encoded in the BINARY format. */
    private enum BinaryKind { VAR_UINT, VAR_INT, STRING }

    /**
     * Types of ClickHouse settings that Strata does not define but that old clients send
     * (clickhouse-client 18.x passes its command-line settings on), so their values can be
     * stepped over in the BINARY format.
     */
    private static final Map<String, BinaryKind> FOREIGN = Map.ofEntries(
            Map.entry("use_client_time_zone", BinaryKind.VAR_UINT),
            Map.entry("connect_timeout", BinaryKind.VAR_UINT),
            Map.entry("receive_timeout", BinaryKind.VAR_UINT),
            Map.entry("send_timeout", BinaryKind.VAR_UINT),
            Map.entry("max_result_bytes", BinaryKind.VAR_UINT),
            Map.entry("result_overflow_mode", BinaryKind.STRING),
            Map.entry("max_bytes_to_read", BinaryKind.VAR_UINT),
            Map.entry("max_parser_depth", BinaryKind.VAR_UINT),
            Map.entry("output_format_pretty_max_column_pad_width", BinaryKind.VAR_UINT),
            Map.entry("input_format_parallel_parsing", BinaryKind.VAR_UINT),
            Map.entry("max_distributed_connections", BinaryKind.VAR_UINT),
            Map.entry("distributed_aggregation_memory_efficient", BinaryKind.VAR_UINT),
            Map.entry("prefer_localhost_replica", BinaryKind.VAR_UINT));

    private WireSettings() {
    }

    /** Reads a settings list in the encoding of {@code revision}. */
    public static List<Change> read(PacketInput in, int revision, NativeLimits limits) {
        boolean strings = revision >= Protocol.DBMS_MIN_REVISION_WITH_SETTINGS_SERIALIZED_AS_STRINGS;
        List<Change> out = new ArrayList<>();
        while (true) {
            String name = in.readString(limits.maxStringBytes());
            if (name.isEmpty()) return out;
            if (out.size() >= limits.maxSettings()) {
                throw new DbException(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too many settings in one packet (at most " + limits.maxSettings() + ")");
            }
            if (strings) {
                long flags = in.readVarUInt();
                String value = in.readString(limits.maxQueryBytes());
                out.add(new Change(name, value, (flags & Protocol.SETTING_FLAG_IMPORTANT) != 0,
                        (flags & Protocol.SETTING_FLAG_CUSTOM) != 0));
            } else {
                out.add(new Change(name, readBinaryValue(in, name, limits), false, false));
            }
        }
    }

    /**
     * Writes {@code settings} in the encoding of {@code revision} (a client's Query packet). In the
     * BINARY encoding every name must be one whose type is known here (see {@link #read}); with
     * strings no flag is set, so a server that does not know a setting skips it.
     */
    public static void write(PacketOutput out, int revision, Map<String, String> settings) {
        boolean strings = revision >= Protocol.DBMS_MIN_REVISION_WITH_SETTINGS_SERIALIZED_AS_STRINGS;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            out.writeString(e.getKey());
            if (strings) {
                out.writeVarUInt(0).writeString(e.getValue());
            } else {
                writeBinaryValue(out, e.getKey(), e.getValue());
            }
        }
        out.writeString("");
    }

    /** Writes query parameters (revision 54459 and later): CUSTOM settings whose values are quoted literals. */
    public static void writeParameters(PacketOutput out, Map<String, String> parameters) {
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            out.writeString(e.getKey()).writeVarUInt(Protocol.SETTING_FLAG_CUSTOM).writeString(quoteParameter(e.getValue()));
        }
        out.writeString("");
    }

    private static void writeBinaryValue(PacketOutput out, String name, String value) {
        String v = value.strip();
        switch (binaryKind(name)) {
            case VAR_UINT -> out.writeVarUInt(unsigned(name, v));
            case VAR_INT -> {
                long n = signed(name, v);
                out.writeVarUInt((n << 1) ^ (n >> 63));
            }
            case STRING -> out.writeString(value);
        }
    }

    private static long unsigned(String name, String v) {
        if (v.equalsIgnoreCase("true")) return 1;
        if (v.equalsIgnoreCase("false")) return 0;
        try {
            return Long.parseUnsignedLong(v);
        } catch (NumberFormatException e) {
            throw new DbException(ErrorCode.CANNOT_PARSE_NUMBER, "Cannot parse value '" + v + "' of setting " + name + " as a number");
        }
    }

    private static long signed(String name, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new DbException(ErrorCode.CANNOT_PARSE_NUMBER, "Cannot parse value '" + v + "' of setting " + name + " as a number");
        }
    }

    /** A parameter's value as the quoted literal ClickHouse sends: the inverse of {@link #parameterValue}. */
    public static String quoteParameter(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    private static String readBinaryValue(PacketInput in, String name, NativeLimits limits) {
        BinaryKind kind = binaryKind(name);
        return switch (kind) {
            case VAR_UINT -> Long.toUnsignedString(in.readVarUInt());
            case VAR_INT -> {
                long v = in.readVarUInt();
                yield Long.toString((v >>> 1) ^ -(v & 1));
            }
            case STRING -> in.readString(limits.maxStringBytes());
        };
    }

    private static BinaryKind binaryKind(String name) {
        for (SettingDefinition d : Settings.definitions()) {
            if (d.name().equals(name)) {
                return switch (d.type()) {
                    case "UInt64", "Bool", "MaxThreads", "Seconds", "Milliseconds", "UInt64Auto" -> BinaryKind.VAR_UINT;
                    case "Int64" -> BinaryKind.VAR_INT;
                    default -> BinaryKind.STRING;
                };
            }
        }
        BinaryKind foreign = FOREIGN.get(name);
        if (foreign != null) return foreign;
        throw new DbException(ErrorCode.UNKNOWN_SETTING, "Unknown setting " + name
                + " (in the binary settings format of revisions below 54429 its value cannot be skipped)");
    }

    /**
     * A query parameter's value: ClickHouse sends it as a quoted literal ({@code 'a\'b'}); the
     * parameter is the unquoted, unescaped text. Anything else is taken as it is.
     */
    public static String parameterValue(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '\'' || literal.charAt(literal.length() - 1) != '\'') return literal;
        StringBuilder sb = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length() - 1) {
                sb.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'a' -> sb.append('\007');
                case 'v' -> sb.append('\013');
                case 'x' -> {
                    if (i + 2 < literal.length() - 1) {
                        sb.append((char) Integer.parseInt(literal.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        sb.append('x');
                    }
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
