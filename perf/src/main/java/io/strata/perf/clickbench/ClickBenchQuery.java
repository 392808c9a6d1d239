package io.strata.perf.clickbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of ClickBench's 43 queries, taken apart just enough to check answers: the SELECT list, the
 * ORDER BY keys as positions in it, LIMIT and OFFSET. Only the shapes ClickBench uses are
 * understood (one SELECT, no subqueries), which is all the result check needs.
 *
 * <p>When an ORDER BY key is not in the SELECT list (query 25 orders by EventTime and shows only
 * SearchPhrase) rows tied on it cannot be told apart from wrong rows; and query 18 has LIMIT
 * without ORDER BY, so any 10 groups are a right answer. For these the check runs a variant
 * ({@link #checkVariant()}): the missing keys put first in the SELECT list, and for query 18 an
 * ORDER BY on every output column.
 */
public record ClickBenchQuery(int number, String sql, List<String> selectItems, List<String> selectAliases,
        List<Integer> orderKeys, boolean orderKeysComplete, long limit, long offset) {

    private static final Pattern SHAPE = Pattern.compile(
            "(?is)^SELECT\\s+(.*?)\\s+FROM\\s+hits\\b(.*?)(?:\\s+ORDER\\s+BY\\s+(.*?))?(?:\\s+LIMIT\\s+(\\d+)(?:\\s+OFFSET\\s+(\\d+))?)?\\s*;?\\s*$");
    private static final Pattern ALIAS = Pattern.compile("(?is)^(.*?)\\s+AS\\s+(\\w+)$");

    /** Parses query {@code number} (1-based); {@code star} are the table's column names, for SELECT *. */
    public static ClickBenchQuery parse(int number, String sql, List<String> star) {
        Matcher m = SHAPE.matcher(sql.strip());
        if (!m.matches()) throw new IllegalArgumentException("query " + number + " has a shape the check does not know: " + sql);
        List<String> items = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (String item : splitTopLevel(m.group(1))) {
            if (item.equals("*")) {
                for (String c : star) {
                    items.add(c);
                    aliases.add(c);
                }
                continue;
            }
            Matcher a = ALIAS.matcher(item);
            if (a.matches()) {
                items.add(a.group(1).strip());
                aliases.add(a.group(2));
            } else {
                items.add(item);
                aliases.add(item);
            }
        }
        List<Integer> keys = new ArrayList<>();
        boolean complete = true;
        if (m.group(3) != null) {
            for (String key : splitTopLevel(m.group(3))) {
                String expr = key.replaceAll("(?i)\\s+(DESC|ASC)$", "").strip();
                int at = position(expr, items, aliases);
                if (at < 0) complete = false;
                else keys.add(at);
            }
        }
        long limit = m.group(4) == null ? -1 : Long.parseLong(m.group(4));
        long offset = m.group(5) == null ? 0 : Long.parseLong(m.group(5));
        return new ClickBenchQuery(number, sql.strip().replaceAll(";$", ""), List.copyOf(items), List.copyOf(aliases), List.copyOf(keys),
                complete, limit, offset);
    }

    /** Whether the answer is a prefix of an ordered result: only then may ties at the edges differ. */
    public boolean limited() {
        return limit >= 0;
    }

    /** Whether answers are compared through {@link #checkVariant()} rather than as they are. */
    public boolean needsVariant() {
        return limited() && (!orderKeysComplete || orderKeys.isEmpty());
    }

    /**
     * The query whose answer can be checked exactly (up to ties): the ORDER BY keys missing from the
     * SELECT list added in front, or, with no ORDER BY at all, an ORDER BY on every SELECT item.
     * Null when the query itself can be checked.
     */
    public String checkVariant() {
        if (!needsVariant()) return null;
        Matcher m = SHAPE.matcher(sql);
        if (!m.matches()) throw new IllegalStateException();
        String tail = (m.group(4) == null ? "" : " LIMIT " + m.group(4)) + (m.group(5) == null ? "" : " OFFSET " + m.group(5));
        if (m.group(3) == null) {
            List<String> order = new ArrayList<>();
            for (String alias : selectAliases) order.add(alias);
            return "SELECT " + m.group(1) + " FROM hits" + m.group(2) + " ORDER BY " + String.join(", ", order) + tail;
        }
        List<String> missing = new ArrayList<>();
        for (String key : splitTopLevel(m.group(3))) {
            String expr = key.replaceAll("(?i)\\s+(DESC|ASC)$", "").strip();
            if (position(expr, selectItems, selectAliases) < 0) missing.add(expr);
        }
        return "SELECT " + String.join(", ", missing) + ", " + m.group(1) + " FROM hits" + m.group(2) + " ORDER BY " + m.group(3) + tail;
    }

    private static int position(String expr, List<String> items, List<String> aliases) {
        String wanted = normal(expr);
        for (int i = 0; i < items.size(); i++) {
            if (normal(aliases.get(i)).equals(wanted) || normal(items.get(i)).equals(wanted)) return i;
        }
        return -1;
    }

    private static String normal(String expr) {
        return expr.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Splits on commas outside parentheses and quotes. */
    static List<String> splitTopLevel(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'' && (i == 0 || list.charAt(i - 1) != '\\')) quoted = !quoted;
            if (quoted) continue;
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0) {
                out.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(list.substring(start).strip());
        return out;
    }
}
