package org.quiverdb.server.config;

import java.util.Optional;

/**
 * Finds the known key nearest to a misspelt one by edit distance (Levenshtein), so an unknown
 * setting error can say "did you mean ...". Only close matches are offered: at most a third of
 * the key's length in edits. Stateless.
 */
final class KeySuggestions {
    private KeySuggestions() {}

    static Optional<String> nearest(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Setting s : Setting.values()) {
            int d = distance(unknown, s.key());
            if (d < bestDistance) {
                best = s.key();
                bestDistance = d;
            }
            for (String alias : s.aliases()) {
                int a = distance(unknown, alias);
                if (a < bestDistance) {
                    best = alias;
                    bestDistance = a;
                }
            }
        }
        return bestDistance <= Math.max(2, unknown.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The Levenshtein distance: insertions, deletions and substitutions of one character. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
