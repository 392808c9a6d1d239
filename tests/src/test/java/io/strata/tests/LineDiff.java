package io.strata.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style line diff for failure messages: lines only in the expected text start with
 * {@code -}, only in the actual text with {@code +}, with up to three lines of context around
 * each change. Based on the longest common subsequence, which is plenty for reference files of a
 * few hundred lines.
 */
final class LineDiff {
    private LineDiff() {
    }

    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 5_000;

    static String unified(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        if ((long) a.size() * b.size() > (long) MAX_LINES * MAX_LINES) {
            return firstDifference(a, b);
        }
        // ops: ' ' common, '-' expected only, '+' actual only
        List<char[]> ops = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new char[] {' '});
                texts.add(a.get(i));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // deletions before insertions, as diff -u prints them
                ops.add(new char[] {'-'});
                texts.add(a.get(i));
                i++;
            } else {
                ops.add(new char[] {'+'});
                texts.add(b.get(j));
                j++;
            }
        }
        // Print every line within CONTEXT lines of a change; "..." marks skipped common lines.
        boolean[] show = new boolean[ops.size()];
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k)[0] == ' ') continue;
            for (int m = Math.max(0, k - CONTEXT); m <= Math.min(ops.size() - 1, k + CONTEXT); m++) show[m] = true;
        }
        StringBuilder sb = new StringBuilder();
        boolean skipped = false;
        for (int k = 0; k < ops.size(); k++) {
            if (!show[k]) {
                skipped = true;
                continue;
            }
            if (skipped && sb.length() > 0) sb.append("...\n");
            skipped = false;
            sb.append(ops.get(k)[0]).append(visible(texts.get(k))).append('\n');
        }
        return sb.toString();
    }

    private static String firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
        return "first difference at line " + (i + 1) + ":\n-" + (i < a.size() ? visible(a.get(i)) : "<end>")
                + "\n+" + (i < b.size() ? visible(b.get(i)) : "<end>") + "\n";
    }

    // Tabs and a missing final newline are the usual culprits; show them.
    private static String visible(String line) {
        return line.replace("\t", "\\t");
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start) + "<no newline at end>");
        }
        return out;
    }
}
