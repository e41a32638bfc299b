package org.quiverdb.cypher.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.cypher.api.Procedure;
import org.quiverdb.cypher.api.QueryExecution;
import org.quiverdb.cypher.ast.Query;
import org.quiverdb.cypher.lexer.Lexer;
import org.quiverdb.cypher.lexer.Token;
import org.quiverdb.cypher.parser.Parser;
import org.quiverdb.cypher.plan.logical.Cardinalities;
import org.quiverdb.cypher.plan.logical.LogicalPlanner;
import org.quiverdb.cypher.plan.physical.Operator;
import org.quiverdb.cypher.plan.physical.PhysicalPlanner;
import org.quiverdb.cypher.plan.physical.Scope;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.ProfileCounters;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.cypher.semantic.ProcedureCallChecker;
import org.quiverdb.cypher.semantic.SemanticAnalyzer;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.values.value.MapValue;

/**
 * The Cypher engine: text → tokens → AST → checked AST → logical plan (costed from the
 * transaction's counts) → physical plan (cached by query text) → a lazy execution. Safe for
 * concurrent use: the only shared state is the plan cache (locked) and the immutable registry.
 */
public final class QueryEngine implements CypherEngine {
    private final Clock clock;
    private final Random random;
    private final Map<String, Procedure> procedures;
    private final PlanCache cache = new PlanCache(1000);

    public QueryEngine(Clock clock, Random random, Map<String, Procedure> procedures) {
        this.clock = clock;
        this.random = random;
        this.procedures = Map.copyOf(procedures);
    }

    @Override
    public QueryExecution execute(KernelTransaction transaction, String query, MapValue parameters) {
        ExecutionPlan plan = cache.get(query);
        if (plan == null) {
            plan = compile(query, transaction);
            cache.put(query, plan);
        }
        ExecutionContext ctx = new ExecutionContext(transaction, parameters, plan.width(), clock, random, procedures);
        if (plan.profiledOperators() >= 0) {
            ctx.profile(new ProfileCounters(plan.profiledOperators()));
        }
        return new RunningQuery(plan, ctx);
    }

    ExecutionPlan compile(String text, KernelTransaction tx) {
        Query parsed = Parser.parse(text);
        ProcedureCallChecker.check(text, parsed, procedures);
        Query query = StandaloneCalls.expand(parsed, procedures);
        SemanticAnalyzer.check(text, query);
        Cardinalities counts = new KernelCardinalities(tx);
        LogicalPlanner logical = new LogicalPlanner(counts);
        LogicalPlanner.Planned planned = logical.plan(query, new LinkedHashSet<>());
        String mode = mode(text);
        boolean profile = mode.equals("PROFILE");
        PhysicalPlanner physical = new PhysicalPlanner(logical, profile);
        PhysicalPlanner.Built built = physical.build(planned.plan(), Scope.EMPTY);
        List<String> columns = new ArrayList<>(planned.columns());
        int[] slots = columns.stream().mapToInt(built.scope()::slot).toArray();
        Operator root = mode.equals("EXPLAIN") ? (c, arg) -> RowStream.EMPTY : built.operator();
        ExecutionPlan plan = new ExecutionPlan(root, physical.width(), columns, slots, QueryTypes.of(query))
                .notifying(PlanNotifications.of(query), PlanNotifications.tokenUses(query));
        if (mode.isEmpty()) {
            return plan;
        }
        PlanDescriber describer = new PlanDescriber(planned.plan(), physical);
        return plan.described(describer, profile ? physical.operatorCount() : -1);
    }

    /** EXPLAIN, PROFILE or "" from the statement's first keyword. */
    private static String mode(String text) {
        List<Token> tokens = new Lexer(text).tokenize();
        if (tokens.get(0).isKeyword("EXPLAIN")) {
            return "EXPLAIN";
        }
        return tokens.get(0).isKeyword("PROFILE") ? "PROFILE" : "";
    }
}
