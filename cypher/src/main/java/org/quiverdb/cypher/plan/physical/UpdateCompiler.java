package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.ast.SetItem;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.values.value.NullValue;

/** Compiles SET / REMOVE items against a scope into {@link UpdateAction}s. Stateless. */
final class UpdateCompiler {
    private UpdateCompiler() {}

    static List<UpdateAction> compile(List<SetItem> items, Scope scope, ExpressionCompiler compiler) {
        List<UpdateAction> out = new ArrayList<>();
        for (SetItem item : items) {
            out.add(compile(item, scope, compiler));
        }
        return out;
    }

    private static UpdateAction compile(SetItem item, Scope scope, ExpressionCompiler compiler) {
        if (item instanceof SetItem.SetProperty sp) {
            CompiledExpression target = compiler.compile(sp.target().subject(), scope);
            CompiledExpression value = compiler.compile(sp.value(), scope);
            String key = sp.target().key();
            return (row, ctx) -> Writes.setProperty(target.evaluate(row, ctx), key, value.evaluate(row, ctx), ctx);
        }
        if (item instanceof SetItem.SetProperties sp) {
            int slot = scope.slot(sp.variable());
            CompiledExpression value = compiler.compile(sp.value(), scope);
            boolean merge = sp.merge();
            return (row, ctx) -> Writes.setProperties(row[slot], value.evaluate(row, ctx), merge, ctx);
        }
        if (item instanceof SetItem.SetLabels sl) {
            int slot = scope.slot(sl.variable());
            List<String> labels = sl.labels();
            return (row, ctx) -> labels.forEach(l -> Writes.addLabel(row[slot], l, ctx));
        }
        if (item instanceof SetItem.RemoveProperty rp) {
            CompiledExpression target = compiler.compile(rp.target().subject(), scope);
            String key = rp.target().key();
            return (row, ctx) -> Writes.setProperty(target.evaluate(row, ctx), key, NullValue.NULL, ctx);
        }
        SetItem.RemoveLabels rl = (SetItem.RemoveLabels) item;
        int slot = scope.slot(rl.variable());
        List<String> labels = rl.labels();
        return (row, ctx) -> labels.forEach(l -> Writes.removeLabel(row[slot], l, ctx));
    }
}
