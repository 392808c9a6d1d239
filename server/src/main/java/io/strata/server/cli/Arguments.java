package io.strata.server.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GNU-style flag parsing shared by the subcommands: {@code --name value}, {@code --name=value}, flags. */
final class Arguments {
    private Arguments() {
    }

    static Map<String, String> parse(List<String> args, List<String> withValue, List<String> flags) {
        return parse(args, withValue, flags, Map.of());
    }

    /**
     * @param shortNames single-letter aliases ({@code -q} for {@code query})
     * @return option name (without dashes) to value ("" for flags)
     */
    static Map<String, String> parse(List<String> args, List<String> withValue, List<String> flags,
                                     Map<String, String> shortNames) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name;
            String value = null;
            if (arg.startsWith("--")) {
                name = arg.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                name = name.replace('_', '-');
            } else if (arg.startsWith("-") && arg.length() == 2 && shortNames.containsKey(arg.substring(1))) {
                name = shortNames.get(arg.substring(1));
            } else {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
            }
            if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) throw new IllegalArgumentException("Option --" + name + " needs a value");
                    value = args.get(++i);
                }
                out.put(name, value);
            } else if (flags.contains(name)) {
                if (value != null) throw new IllegalArgumentException("Option --" + name + " takes no value");
                out.put(name, "");
            } else {
                throw new IllegalArgumentException("Unknown option '" + arg + "'");
            }
        }
        return out;
    }

    static int port(String s, String option) {
        try {
            int p = Integer.parseInt(s.strip());
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid --" + option + " '" + s + "': expected a port number 0-65535");
        }
    }
}
