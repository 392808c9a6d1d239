package io.strata.formats;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The registry of formats by ClickHouse name. Filled once, on first use, from {@link ServiceLoader}
 * (built-in formats use the same path a plugin would) and frozen afterwards. Names are
 * case-sensitive, as in ClickHouse.
 */
public final class Formats {
    private Formats() {
    }

    private record Registry(Map<String, OutputFormat> outputs, Map<String, InputFormat> inputs) {
    }

    // Holder idiom: the registry is built on first access, thread-safely, without locking afterwards.
    private static final class Holder {
        static final Registry REGISTRY = load();
    }

    private static Registry load() {
        Map<String, OutputFormat> outputs = new TreeMap<>();
        for (OutputFormat f : ServiceLoader.load(OutputFormat.class, Formats.class.getClassLoader())) {
            register(outputs, f.name(), f);
            for (String alias : f.aliases()) register(outputs, alias, f);
        }
        Map<String, InputFormat> inputs = new TreeMap<>();
        for (InputFormat f : ServiceLoader.load(InputFormat.class, Formats.class.getClassLoader())) {
            register(inputs, f.name(), f);
            for (String alias : f.aliases()) register(inputs, alias, f);
        }
        return new Registry(Collections.unmodifiableMap(outputs), Collections.unmodifiableMap(inputs));
    }

    private static <T> void register(Map<String, T> map, String name, T format) {
        T previous = map.putIfAbsent(name, format);
        if (previous != null && previous != format) {
            throw new IllegalStateException("Format name " + name + " is registered twice: "
                    + previous.getClass().getName() + " and " + format.getClass().getName());
        }
    }

    /** The output format called {@code name}; UNKNOWN_FORMAT when there is none. */
    public static OutputFormat output(String name) {
        OutputFormat f = Holder.REGISTRY.outputs().get(name);
        if (f == null) throw unknown(name, "output");
        return f;
    }

    /** The input format called {@code name}; UNKNOWN_FORMAT when there is none. */
    public static InputFormat input(String name) {
        InputFormat f = Holder.REGISTRY.inputs().get(name);
        if (f == null) throw unknown(name, "input");
        return f;
    }

    public static boolean hasOutput(String name) {
        return Holder.REGISTRY.outputs().containsKey(name);
    }

    public static boolean hasInput(String name) {
        return Holder.REGISTRY.inputs().containsKey(name);
    }

    /** Every registered name, aliases included (for system.formats). */
    public static Set<String> outputNames() {
        return Holder.REGISTRY.outputs().keySet();
    }

    public static Set<String> inputNames() {
        return Holder.REGISTRY.inputs().keySet();
    }

    // ClickHouse says "Unknown format X" for a name it has never heard of and "Format X is not
    // suitable for input/output" for a known name used the wrong way round (its own codes 478/479
    // are not in our ErrorCode table; UNKNOWN_FORMAT is the closest).
    private static DbException unknown(String name, String direction) {
        Registry r = Holder.REGISTRY;
        if (r.outputs().containsKey(name) || r.inputs().containsKey(name)) {
            return new DbException(ErrorCode.UNKNOWN_FORMAT, "Format " + name + " is not suitable for " + direction);
        }
        return new DbException(ErrorCode.UNKNOWN_FORMAT, "Unknown format " + name);
    }

    /** All names, for hints and system.formats. */
    public static Set<String> allNames() {
        Set<String> s = new TreeSet<>(Holder.REGISTRY.outputs().keySet());
        s.addAll(Holder.REGISTRY.inputs().keySet());
        return s;
    }

    /**
     * Value-level text settings from the query's settings: session_timezone (else the server's
     * zone), format_csv_delimiter, output_format_json_quote_64bit_integers / _decimals /
     * _denormals, input_format_null_as_default, date_time_input_format, input_format_skip_unknown_fields.
     */
    public static FormatSettings formatSettings(Settings s, ZoneId serverZone) {
        String tz = s.getString("session_timezone").trim();
        ZoneId zone = tz.isEmpty() ? serverZone : ZoneId.of(tz);
        String delimiter = s.getString("format_csv_delimiter");
        if (delimiter.length() != 1) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS,
                    "A setting's value string has to be an exactly one character long");
        }
        String dateTimeInput = s.getString("date_time_input_format").trim();
        return new FormatSettings(zone, delimiter.charAt(0),
                s.getBool("output_format_json_quote_64bit_integers"),
                s.getBool("output_format_json_quote_decimals"),
                s.getBool("output_format_json_quote_denormals"),
                s.getBool("input_format_null_as_default"),
                dateTimeInput.startsWith("best_effort"),
                s.getBool("input_format_skip_unknown_fields"));
    }
}
