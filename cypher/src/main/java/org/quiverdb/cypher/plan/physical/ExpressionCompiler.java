package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.MapProjectionItem;
import org.quiverdb.cypher.function.Functions;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.values.compare.CypherEquality;
import org.quiverdb.values.compare.Ternary;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * Compiles AST expressions into {@link CompiledExpression}s: variables become slot reads,
 * operators and functions are bound once, nested patterns become sub-plans. Confined to planning;
 * the compiled expressions are stateless.
 */
public final class ExpressionCompiler {
    private final SlotLayout slots;
    private SubPlanner subPlanner;

    public ExpressionCompiler(SlotLayout slots) {
        this.slots = slots;
    }

    void subPlanner(SubPlanner planner) {
        this.subPlanner = planner;
    }

    public CompiledExpression compile(Expression e, Scope scope) {
        if (e instanceof Expression.Literal l) {
            Value v = l.value();
            return (row, ctx) -> v;
        }
        if (e instanceof Expression.Parameter p) {
            String name = p.name();
            return (row, ctx) -> ctx.parameter(name);
        }
        if (e instanceof Expression.Variable v) {
            int slot = scope.slot(v.name());
            return (row, ctx) -> row[slot];
        }
        if (e instanceof Expression.Property p) {
            CompiledExpression subject = compile(p.subject(), scope);
            String key = p.key();
            return (row, ctx) -> Properties.get(subject.evaluate(row, ctx), key, ctx);
        }
        if (e instanceof Expression.Binary b) {
            return BinaryCompiler.compile(b, compile(b.left(), scope), compile(b.right(), scope));
        }
        if (e instanceof Expression.Unary u) {
            return UnaryCompiler.compile(u.operator(), compile(u.operand(), scope));
        }
        if (e instanceof Expression.Subscript s) {
            CompiledExpression subject = compile(s.subject(), scope);
            CompiledExpression index = compile(s.index(), scope);
            return (row, ctx) -> Properties.subscript(subject.evaluate(row, ctx), index.evaluate(row, ctx), ctx);
        }
        if (e instanceof Expression.Slice s) {
            CompiledExpression subject = compile(s.subject(), scope);
            CompiledExpression from = s.from() == null ? null : compile(s.from(), scope);
            CompiledExpression to = s.to() == null ? null : compile(s.to(), scope);
            return (row, ctx) -> Properties.slice(
                    subject.evaluate(row, ctx),
                    from == null ? null : from.evaluate(row, ctx),
                    to == null ? null : to.evaluate(row, ctx));
        }
        if (e instanceof Expression.FunctionCall f) {
            return functionCall(f, scope);
        }
        if (e instanceof Expression.ListLiteral l) {
            List<CompiledExpression> elements = compileAll(l.elements(), scope);
            return (row, ctx) -> {
                List<Value> out = new ArrayList<>(elements.size());
                for (CompiledExpression c : elements) {
                    out.add(c.evaluate(row, ctx));
                }
                return new ListValue(out);
            };
        }
        if (e instanceof Expression.MapLiteral m) {
            List<String> keys = m.keys();
            List<CompiledExpression> values = compileAll(m.values(), scope);
            return (row, ctx) -> {
                Map<String, Value> out = new LinkedHashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    out.put(keys.get(i), values.get(i).evaluate(row, ctx));
                }
                return new MapValue(out);
            };
        }
        if (e instanceof Expression.Case c) {
            return caseExpression(c, scope);
        }
        if (e instanceof Expression.LabelCheck l) {
            CompiledExpression subject = compile(l.subject(), scope);
            List<String> labels = l.labels();
            return (row, ctx) -> Properties.hasLabels(subject.evaluate(row, ctx), labels, ctx);
        }
        return ComprehensionCompiler.compile(this, e, scope);
    }

    List<CompiledExpression> compileAll(List<Expression> list, Scope scope) {
        List<CompiledExpression> out = new ArrayList<>();
        for (Expression x : list) {
            out.add(compile(x, scope));
        }
        return out;
    }

    int allocate() {
        return slots.allocate();
    }

    SubPlanner subPlanner() {
        return subPlanner;
    }

    private CompiledExpression functionCall(Expression.FunctionCall f, Scope scope) {
        Functions.Fn fn = Functions.lookup(f.name(), f.arguments().size());
        List<CompiledExpression> args = compileAll(f.arguments(), scope);
        int n = args.size();
        return (row, ctx) -> {
            Value[] values = new Value[n];
            for (int i = 0; i < n; i++) {
                values[i] = args.get(i).evaluate(row, ctx);
            }
            return fn.apply(values, ctx);
        };
    }

    private CompiledExpression caseExpression(Expression.Case c, Scope scope) {
        CompiledExpression subject = c.subject() == null ? null : compile(c.subject(), scope);
        List<CompiledExpression> whens = compileAll(c.whens(), scope);
        List<CompiledExpression> thens = compileAll(c.thens(), scope);
        CompiledExpression otherwise =
                c.otherwise() == null ? (row, ctx) -> NullValue.NULL : compile(c.otherwise(), scope);
        return (row, ctx) -> {
            Value s = subject == null ? null : subject.evaluate(row, ctx);
            for (int i = 0; i < whens.size(); i++) {
                Value w = whens.get(i).evaluate(row, ctx);
                boolean hit = s == null
                        ? w == org.quiverdb.values.value.BooleanValue.TRUE
                        : CypherEquality.equal(s, w) == Ternary.TRUE;
                if (hit) {
                    return thens.get(i).evaluate(row, ctx);
                }
            }
            return otherwise.evaluate(row, ctx);
        };
    }

    /** A map projection {@code v {.a, b: expr, .*}}. */
    CompiledExpression mapProjection(Expression.MapProjection m, Scope scope) {
        int slot = scope.slot(m.variable());
        List<MapProjectionItem> items = m.items();
        List<CompiledExpression> values = new ArrayList<>();
        for (MapProjectionItem item : items) {
            values.add(item.expression() == null ? null : compile(item.expression(), scope));
        }
        return (row, ctx) -> {
            Value subject = row[slot];
            if (subject.isNull()) {
                return NullValue.NULL;
            }
            Map<String, Value> out = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                MapProjectionItem item = items.get(i);
                if (item.allProperties()) {
                    out.putAll(Properties.all(subject, ctx).map());
                } else if (values.get(i) == null) {
                    out.put(item.key(), Properties.get(subject, item.key(), ctx));
                } else {
                    out.put(item.key(), values.get(i).evaluate(row, ctx));
                }
            }
            return new MapValue(out);
        };
    }

    /** Runs a sub-plan from {@code row} and tells whether it yields any row. */
    static boolean anyRow(Operator op, Value[] row, ExecutionContext ctx) {
        RowStream s = op.open(ctx, row.clone());
        return s.next() != null;
    }

    static Value countRows(Operator op, Value[] row, ExecutionContext ctx) {
        RowStream s = op.open(ctx, row.clone());
        long n = 0;
        while (s.next() != null) {
            n++;
        }
        return IntegerValue.of(n);
    }

    static boolean isEntity(Value v) {
        return v instanceof NodeValue || v instanceof RelationshipValue;
    }

    static RuntimeException notBoolean(String what, Value v) {
        return CypherErrors.typeError(what, v, "a BOOLEAN");
    }
}
