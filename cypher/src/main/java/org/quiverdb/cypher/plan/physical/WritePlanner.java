package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.ast.NodePattern;
import org.quiverdb.cypher.ast.PatternDirection;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.RelationshipPattern;
import org.quiverdb.cypher.plan.logical.LogicalPlan;
import org.quiverdb.cypher.runtime.CompiledExpression;

/**
 * Physical planning of the updating operators: CREATE and MERGE patterns become creation specs
 * over slots, SET / REMOVE items become update actions, DELETE expressions are compiled.
 * Confined to one planning run.
 */
final class WritePlanner {
    private final ExpressionCompiler compiler;

    WritePlanner(ExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    PhysicalPlanner.Built build(PhysicalPlanner planner, LogicalPlan plan, Scope argument) {
        if (plan instanceof LogicalPlan.Create c) {
            PhysicalPlanner.Built src = planner.build(c.source(), argument);
            Scope[] scope = {src.scope()};
            List<WriteOperators.PartSpec> parts = new ArrayList<>();
            for (PatternPart p : c.pattern()) {
                parts.add(part(p, scope, planner.slots()));
            }
            return new PhysicalPlanner.Built(WriteOperators.create(src.operator(), parts), scope[0]);
        }
        if (plan instanceof LogicalPlan.Merge m) {
            PhysicalPlanner.Built src = planner.build(m.source(), argument);
            PhysicalPlanner.Built match = planner.build(m.match(), src.scope());
            Scope[] scope = {src.scope()};
            WriteOperators.PartSpec create = part(m.pattern(), scope, new FixedSlots(match.scope()));
            Scope out = match.scope();
            List<UpdateAction> onCreate = UpdateCompiler.compile(m.onCreate(), out, compiler);
            List<UpdateAction> onMatch = UpdateCompiler.compile(m.onMatch(), out, compiler);
            return new PhysicalPlanner.Built(
                    WriteOperators.merge(src.operator(), match.operator(), create, onCreate, onMatch), out);
        }
        if (plan instanceof LogicalPlan.Update u) {
            PhysicalPlanner.Built src = planner.build(u.source(), argument);
            return new PhysicalPlanner.Built(
                    WriteOperators.update(src.operator(), UpdateCompiler.compile(u.items(), src.scope(), compiler)),
                    src.scope());
        }
        if (plan instanceof LogicalPlan.Delete d) {
            PhysicalPlanner.Built src = planner.build(d.source(), argument);
            return new PhysicalPlanner.Built(
                    WriteOperators.delete(
                            src.operator(), compiler.compileAll(d.expressions(), src.scope()), d.detach()),
                    src.scope());
        }
        throw new IllegalStateException(
                "operator not planned: " + plan.getClass().getSimpleName());
    }

    /** Where new pattern variables get their slots: freshly allocated, or fixed by a match plan. */
    interface SlotSource {
        int slotFor(String name);
    }

    /** Slots a MERGE's match plan already gave the pattern's variables. */
    record FixedSlots(Scope scope) implements SlotSource {
        @Override
        public int slotFor(String name) {
            return scope.slot(name);
        }
    }

    private WriteOperators.PartSpec part(PatternPart p, Scope[] scope, SlotLayout layout) {
        return part(p, scope, name -> layout.allocate());
    }

    private WriteOperators.PartSpec part(PatternPart p, Scope[] scope, SlotSource slots) {
        List<WriteOperators.NodeSpec> nodes = new ArrayList<>();
        int[] nodeSlots = new int[p.nodes().size()];
        for (int i = 0; i < nodeSlots.length; i++) {
            NodePattern n = p.nodes().get(i);
            boolean bound = scope[0].has(n.variable());
            int slot = bound ? scope[0].slot(n.variable()) : slots.slotFor(n.variable());
            CompiledExpression props = n.properties() == null ? null : compiler.compile(n.properties(), scope[0]);
            if (!bound) {
                scope[0] = scope[0].with(n.variable(), slot);
            }
            nodeSlots[i] = slot;
            nodes.add(new WriteOperators.NodeSpec(slot, bound, n.labels(), props, n.variable()));
        }
        List<WriteOperators.RelSpec> rels = new ArrayList<>();
        int[] relSlots = new int[p.relationships().size()];
        for (int i = 0; i < relSlots.length; i++) {
            RelationshipPattern r = p.relationships().get(i);
            int slot = slots.slotFor(r.variable());
            CompiledExpression props = r.properties() == null ? null : compiler.compile(r.properties(), scope[0]);
            scope[0] = scope[0].with(r.variable(), slot);
            relSlots[i] = slot;
            boolean leftToRight = r.direction() != PatternDirection.RIGHT_TO_LEFT;
            int start = leftToRight ? nodeSlots[i] : nodeSlots[i + 1];
            int end = leftToRight ? nodeSlots[i + 1] : nodeSlots[i];
            String type = r.types().isEmpty() ? "" : r.types().get(0);
            rels.add(new WriteOperators.RelSpec(slot, type, start, end, props, r.variable()));
        }
        int pathSlot = -1;
        if (p.pathVariable() != null) {
            pathSlot = slots.slotFor(p.pathVariable());
            scope[0] = scope[0].with(p.pathVariable(), pathSlot);
        }
        return new WriteOperators.PartSpec(nodes, rels, pathSlot, nodeSlots, relSlots);
    }
}
