package org.quiverdb.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.Value;

/** Checks the Then steps of a scenario against what the runner observed. Stateless. */
final class Expectations {
    private Expectations() {}

    static String check(ScenarioRunner r, Feature.Step step) {
        String t = step.text();
        if (t.startsWith("a ") && t.contains(" should be raised")) {
            return error(r, t);
        }
        if (r.error() != null) {
            return "unexpected error: " + ScenarioRunner.oneLine(r.error());
        }
        if (t.equals("the result should be empty")) {
            return r.rows().isEmpty()
                    ? null
                    : "expected no rows, got " + r.rows().size();
        }
        if (t.startsWith("the result should be")) {
            boolean ordered = t.contains("in order");
            boolean unorderedLists = t.contains("ignoring element order for lists");
            return result(r, step.table(), ordered, unorderedLists);
        }
        if (t.equals("no side effects")) {
            Map<String, Integer> effects = r.sideEffects();
            boolean none = effects.values().stream().allMatch(v -> v == 0);
            return none ? null : "expected no side effects, got " + nonZero(effects);
        }
        if (t.startsWith("the side effects should be")) {
            Map<String, Integer> expected = new TreeMap<>();
            for (List<String> row : step.table()) {
                expected.put(row.get(0), Integer.parseInt(row.get(1)));
            }
            Map<String, Integer> actual = nonZero(r.sideEffects());
            return expected.equals(actual) ? null : "side effects: expected " + expected + ", got " + actual;
        }
        return "unknown step: " + t;
    }

    private static Map<String, Integer> nonZero(Map<String, Integer> m) {
        Map<String, Integer> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (v != 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String result(ScenarioRunner r, List<List<String>> table, boolean ordered, boolean unorderedLists) {
        List<String> header = table.get(0);
        if (!header.equals(r.columns())) {
            return "columns: expected " + header + ", got " + r.columns();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (String c : table.get(i)) {
                cells.add(TckValues.render(TckValues.parse(c), unorderedLists));
            }
            expected.add(String.join(" | ", cells));
        }
        List<String> actual = new ArrayList<>();
        for (Value[] row : r.rows()) {
            List<String> cells = new ArrayList<>();
            for (Value v : row) {
                cells.add(TckValues.render(v, unorderedLists));
            }
            actual.add(String.join(" | ", cells));
        }
        if (!ordered) {
            expected.sort(null);
            actual.sort(null);
        }
        if (expected.equals(actual)) {
            return null;
        }
        String e = expected.toString();
        String a = actual.toString();
        return "rows: expected " + (e.length() > 150 ? e.substring(0, 150) + "..." : e) + ", got "
                + (a.length() > 150 ? a.substring(0, 150) + "..." : a);
    }

    private static String error(ScenarioRunner r, String t) {
        String type = t.substring(2, t.indexOf(" should be raised"));
        if (r.error() == null) {
            return "expected " + type + ", got " + r.rows().size() + " row(s) and no error";
        }
        Status s = r.error().status();
        Set<Status> accepted =
                switch (type) {
                    case "SyntaxError", "SemanticError" ->
                        Set.of(Status.STATEMENT_SYNTAX_ERROR, Status.STATEMENT_SEMANTIC_ERROR);
                    case "TypeError" -> Set.of(Status.STATEMENT_TYPE_ERROR, Status.STATEMENT_SYNTAX_ERROR);
                    case "ArgumentError" -> Set.of(Status.STATEMENT_ARGUMENT_ERROR);
                    case "ArithmeticError" -> Set.of(Status.STATEMENT_ARITHMETIC_ERROR);
                    case "EntityNotFound" -> Set.of(Status.STATEMENT_ENTITY_NOT_FOUND);
                    case "ParameterMissing" -> Set.of(Status.STATEMENT_PARAMETER_MISSING);
                    case "ProcedureError" ->
                        Set.of(
                                Status.PROCEDURE_NOT_FOUND,
                                Status.PROCEDURE_CALL_FAILED,
                                Status.STATEMENT_SYNTAX_ERROR,
                                Status.STATEMENT_SEMANTIC_ERROR);
                    case "ConstraintVerificationFailed", "ConstraintValidationFailed" ->
                        Set.of(Status.SCHEMA_CONSTRAINT_VALIDATION_FAILED);
                    default -> Set.of();
                };
        r.clearError();
        return accepted.contains(s)
                ? null
                : "expected " + type + ", got " + s.code() + ": "
                        + ScenarioRunner.oneLine(new IllegalStateException(t));
    }
}
