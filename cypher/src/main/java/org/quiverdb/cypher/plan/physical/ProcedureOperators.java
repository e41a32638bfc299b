package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.api.Procedure;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.Value;

/** CALL of a registered procedure: arguments in, one row per output row. Stateless factory. */
final class ProcedureOperators {
    private ProcedureOperators() {}

    /**
     * @param arguments compiled arguments, or null for the implicit form (taken from parameters)
     * @param yieldFields output field names to bind, in order of {@code slots}
     */
    static Operator call(
            Operator source, String name, List<CompiledExpression> arguments, List<String> yieldFields, int[] slots) {
        return (ctx, arg) -> new FlatMapStream(source.open(ctx, arg), row -> {
            Procedure p = procedure(ctx, name);
            List<Value> args = new ArrayList<>();
            if (arguments == null) {
                for (Procedure.Field f : p.inputs()) {
                    args.add(ctx.parameter(f.name()));
                }
            } else {
                if (arguments.size() != p.inputs().size()) {
                    throw new QuiverException(
                            Status.STATEMENT_SEMANTIC_ERROR,
                            "Procedure call does not provide the"
                                    + " required number of arguments: got " + arguments.size() + " expected "
                                    + p.inputs().size() + " for " + name);
                }
                for (CompiledExpression a : arguments) {
                    args.add(a.evaluate(row, ctx));
                }
            }
            List<Value[]> results = p.body().call(args);
            if (p.outputs().isEmpty()) {
                return RowStream.of(row);
            }
            int[] fieldIndex = new int[yieldFields.size()];
            for (int i = 0; i < fieldIndex.length; i++) {
                fieldIndex[i] = indexOf(p, yieldFields.get(i));
            }
            List<Value[]> out = new ArrayList<>(results.size());
            for (Value[] r : results) {
                Value[] o = row.clone();
                for (int i = 0; i < slots.length; i++) {
                    o[slots[i]] = r[fieldIndex[i]];
                }
                out.add(o);
            }
            return new ListStream(out);
        });
    }

    static Procedure procedure(ExecutionContext ctx, String name) {
        Procedure p = ctx.procedure(name);
        if (p == null) {
            throw new QuiverException(
                    Status.PROCEDURE_NOT_FOUND,
                    "There is no procedure with the name `" + name
                            + "` registered for this database instance. Please ensure you've spelled the procedure name"
                            + " correctly and that the procedure is properly deployed.");
        }
        return p;
    }

    private static int indexOf(Procedure p, String field) {
        for (int i = 0; i < p.outputs().size(); i++) {
            if (p.outputs().get(i).name().equals(field)) {
                return i;
            }
        }
        throw CypherErrors.semantic("Unknown procedure output: `" + field + "`");
    }
}
