package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.values.compare.Ternary;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * Compiles the expressions that introduce variables or sub-plans: list comprehensions,
 * quantifiers, reduce, pattern comprehensions and predicates, EXISTS / COUNT subqueries and map
 * projections. Each introduced variable gets its own slot, written while the expression runs.
 * Stateless.
 */
final class ComprehensionCompiler {
    private ComprehensionCompiler() {}

    static CompiledExpression compile(ExpressionCompiler c, Expression e, Scope scope) {
        if (e instanceof Expression.ListComprehension lc) {
            return listComprehension(c, lc, scope);
        }
        if (e instanceof Expression.Quantified q) {
            return quantified(c, q, scope);
        }
        if (e instanceof Expression.Reduce r) {
            return reduce(c, r, scope);
        }
        if (e instanceof Expression.MapProjection m) {
            return c.mapProjection(m, scope);
        }
        if (e instanceof Expression.PatternPredicate p) {
            Operator op = c.subPlanner().planPattern(p.pattern(), null, scope).operator();
            return (row, ctx) -> BooleanValue.of(ExpressionCompiler.anyRow(op, row, ctx));
        }
        if (e instanceof Expression.ExistsSubquery x) {
            Operator op = c.subPlanner().planQuery(x.query(), scope).operator();
            return (row, ctx) -> BooleanValue.of(ExpressionCompiler.anyRow(op, row, ctx));
        }
        if (e instanceof Expression.CountSubquery x) {
            Operator op = c.subPlanner().planQuery(x.query(), scope).operator();
            return (row, ctx) -> ExpressionCompiler.countRows(op, row, ctx);
        }
        if (e instanceof Expression.PatternComprehension pc) {
            return patternComprehension(c, pc, scope);
        }
        throw CypherErrors.semantic("Invalid use of aggregating function or expression here: "
                + e.getClass().getSimpleName());
    }

    private static ListValue list(Value v, String what) {
        if (v instanceof ListValue l) {
            return l;
        }
        throw CypherErrors.typeError(what, v, "a LIST");
    }

    private static CompiledExpression listComprehension(
            ExpressionCompiler c, Expression.ListComprehension lc, Scope scope) {
        CompiledExpression source = c.compile(lc.source(), scope);
        int slot = c.allocate();
        Scope inner = scope.with(lc.variable(), slot);
        CompiledExpression where = lc.where() == null ? null : c.compile(lc.where(), inner);
        CompiledExpression projection = lc.projection() == null ? null : c.compile(lc.projection(), inner);
        return (row, ctx) -> {
            Value src = source.evaluate(row, ctx);
            if (src.isNull()) {
                return NullValue.NULL;
            }
            Value[] r = row.clone();
            List<Value> out = new ArrayList<>();
            for (Value v : list(src, "list comprehension").values()) {
                r[slot] = v;
                if (where != null && BinaryCompiler.ternary(where.evaluate(r, ctx), "WHERE") != Ternary.TRUE) {
                    continue;
                }
                out.add(projection == null ? v : projection.evaluate(r, ctx));
            }
            return new ListValue(out);
        };
    }

    private static CompiledExpression quantified(ExpressionCompiler c, Expression.Quantified q, Scope scope) {
        CompiledExpression source = c.compile(q.source(), scope);
        int slot = c.allocate();
        Scope inner = scope.with(q.variable(), slot);
        CompiledExpression where = q.where() == null ? (row, ctx) -> BooleanValue.TRUE : c.compile(q.where(), inner);
        return (row, ctx) -> {
            Value src = source.evaluate(row, ctx);
            if (src.isNull()) {
                return NullValue.NULL;
            }
            Value[] r = row.clone();
            long trues = 0;
            long unknowns = 0;
            long total = 0;
            for (Value v : list(src, q.quantifier().name().toLowerCase(java.util.Locale.ROOT))
                    .values()) {
                r[slot] = v;
                Ternary t = BinaryCompiler.ternary(where.evaluate(r, ctx), "WHERE");
                total++;
                if (t == Ternary.TRUE) {
                    trues++;
                } else if (t == Ternary.UNKNOWN) {
                    unknowns++;
                }
            }
            long falses = total - trues - unknowns;
            return switch (q.quantifier()) {
                case ALL -> falses > 0 ? BooleanValue.FALSE : unknowns > 0 ? NullValue.NULL : BooleanValue.TRUE;
                case ANY -> trues > 0 ? BooleanValue.TRUE : unknowns > 0 ? NullValue.NULL : BooleanValue.FALSE;
                case NONE -> trues > 0 ? BooleanValue.FALSE : unknowns > 0 ? NullValue.NULL : BooleanValue.TRUE;
                case SINGLE ->
                    trues > 1 ? BooleanValue.FALSE : unknowns > 0 ? NullValue.NULL : BooleanValue.of(trues == 1);
            };
        };
    }

    private static CompiledExpression reduce(ExpressionCompiler c, Expression.Reduce r, Scope scope) {
        CompiledExpression init = c.compile(r.initial(), scope);
        CompiledExpression source = c.compile(r.source(), scope);
        int accSlot = c.allocate();
        int varSlot = c.allocate();
        Scope inner = scope.with(r.accumulator(), accSlot).with(r.variable(), varSlot);
        CompiledExpression body = c.compile(r.body(), inner);
        return (row, ctx) -> {
            Value src = source.evaluate(row, ctx);
            if (src.isNull()) {
                return NullValue.NULL;
            }
            Value[] w = row.clone();
            w[accSlot] = init.evaluate(row, ctx);
            for (Value v : list(src, "reduce").values()) {
                w[varSlot] = v;
                w[accSlot] = body.evaluate(w, ctx);
            }
            return w[accSlot];
        };
    }

    private static CompiledExpression patternComprehension(
            ExpressionCompiler c, Expression.PatternComprehension pc, Scope scope) {
        SubPlan plan = c.subPlanner().planPattern(pc.pattern(), pc.where(), scope);
        CompiledExpression projection = c.compile(pc.projection(), plan.scope());
        Operator op = plan.operator();
        return (row, ctx) -> {
            RowStream s = op.open(ctx, row.clone());
            List<Value> out = new ArrayList<>();
            for (Value[] r = s.next(); r != null; r = s.next()) {
                out.add(projection.evaluate(r, ctx));
            }
            return new ListValue(out);
        };
    }
}
