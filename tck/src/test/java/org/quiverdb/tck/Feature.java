package org.quiverdb.tck;

import java.util.List;

/** One parsed feature file: its path in the TCK (e.g. {@code clauses/match/Match1.feature}) and scenarios. */
record Feature(String path, String name, List<Scenario> scenarios) {
    /** One scenario (an outline expanded to one scenario per example row). */
    record Scenario(String name, List<Step> steps) {}

    /** One step: its text after the keyword, and its doc string or data table when present. */
    record Step(String text, String docString, List<List<String>> table) {}

    /** The folder the report groups by: {@code clauses/match}. */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
