package org.quiverdb.cypher.semantic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiverdb.cypher.api.Procedure;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.Query;

/**
 * Compile-time checks of {@code CALL proc(...)} against the registered signature, as Neo4j makes
 * them: arguments may be taken implicitly from parameters only by a standalone call, and a literal
 * argument must fit the declared scalar input type (an INTEGER input rejects {@code true}).
 * Arguments of unknown static type and non-scalar declared types are left to run time. Unknown
 * procedures are reported at run time. Stateless.
 */
public final class ProcedureCallChecker {
    private ProcedureCallChecker() {}

    /** Checks every top-level procedure call of {@code query}, as parsed (before standalone expansion). */
    public static void check(String text, Query query, Map<String, Procedure> procedures) {
        SemanticErrors errors = new SemanticErrors(text);
        boolean standalone = query.parts().size() == 1 && query.parts().get(0).size() == 1;
        for (List<Clause> part : query.parts()) {
            for (Clause c : part) {
                if (c instanceof Clause.CallProcedure call) {
                    Procedure p = procedures.get(call.name().toLowerCase(Locale.ROOT));
                    if (p != null) {
                        call(call, p, standalone, errors);
                    }
                }
            }
        }
    }

    private static void call(Clause.CallProcedure call, Procedure p, boolean standalone, SemanticErrors errors) {
        if (call.arguments() == null) {
            if (!standalone && !p.inputs().isEmpty()) {
                throw errors.at(
                        call.position(),
                        "Procedure call inside a query does not support passing arguments implicitly. Please pass"
                                + " arguments explicitly in parentheses after procedure name for " + call.name());
            }
            return;
        }
        int n = Math.min(call.arguments().size(), p.inputs().size());
        for (int i = 0; i < n; i++) {
            Expression a = call.arguments().get(i);
            String actual = StaticTypes.of(a);
            String declared = p.inputs().get(i).type().replace("?", "").strip().toUpperCase(Locale.ROOT);
            if (actual != null && !fits(declared, actual)) {
                throw errors.at(a.position(), "Type mismatch: expected " + expected(declared) + " but was " + actual);
            }
        }
    }

    private static boolean fits(String declared, String actual) {
        return switch (declared) {
            case "INTEGER" -> actual.equals("Integer");
            case "FLOAT", "NUMBER" -> actual.equals("Integer") || actual.equals("Float");
            case "STRING" -> actual.equals("String");
            case "BOOLEAN" -> actual.equals("Boolean");
            default -> true;
        };
    }

    private static String expected(String declared) {
        return switch (declared) {
            case "NUMBER" -> "Float or Integer";
            default -> declared.charAt(0) + declared.substring(1).toLowerCase(Locale.ROOT);
        };
    }
}
