package org.quiverdb.cypher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/** shortestPath / allShortestPaths find the shortest paths, not every match of the pattern. */
class ShortestPathTest {
    private final CypherFixture f = new CypherFixture();

    @BeforeEach
    void graph() {
        // a->b->c->d (3 hops, light), a->e->d and a->g->d (2 hops; a->e is heavy), d->a back edge
        f.run("CREATE (a:N {n: 'a'}), (b:N {n: 'b'}), (c:N {n: 'c'}), (d:N {n: 'd'}), (e:N {n: 'e'}),"
                + " (g:N {n: 'g'}),"
                + " (a)-[:R {w: 1}]->(b), (b)-[:R {w: 1}]->(c), (c)-[:R {w: 1}]->(d),"
                + " (a)-[:R {w: 9}]->(e), (e)-[:R {w: 1}]->(d), (a)-[:S {w: 1}]->(g), (g)-[:S {w: 1}]->(d),"
                + " (d)-[:BACK]->(a)");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<List<Value>> run(String q) {
        return f.run(q);
    }

    private static Value i(long v) {
        return IntegerValue.of(v);
    }

    @Test
    void shortestPathReturnsOneShortestPathWhereAPlainMatchReturnsAll() {
        assertThat(run("MATCH (a {n: 'a'}), (d {n: 'd'}) MATCH p = (a)-[:R|S*]->(d) RETURN length(p)"))
                .hasSize(3);
        List<List<Value>> rows =
                run("MATCH (a {n: 'a'}), (d {n: 'd'}) MATCH p = shortestPath((a)-[:R|S*]->(d)) RETURN length(p), p");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).isEqualTo(i(2));
        PathValue p = (PathValue) rows.get(0).get(1);
        assertThat(p.nodes().get(0).id()).isNotEqualTo(p.nodes().get(2).id());
    }

    @Test
    void allShortestPathsReturnsEveryPathOfMinimalLength() {
        List<List<Value>> rows = run("MATCH p = allShortestPaths((a {n: 'a'})-[*]->(d {n: 'd'}))"
                + " RETURN [x IN nodes(p) | x.n] AS names ORDER BY names");
        assertThat(rows).containsExactly(List.of(names("a", "e", "d")), List.of(names("a", "g", "d")));
    }

    @Test
    void directionIsHonoured() {
        // against the arrows d reaches a in one hop over BACK
        assertThat(run("MATCH p = shortestPath((d {n: 'd'})-[*]->(a {n: 'a'})) RETURN length(p)"))
                .containsExactly(List.of(i(1)));
        assertThat(run("MATCH p = shortestPath((d {n: 'd'})<-[:R*]-(a {n: 'a'})) RETURN length(p)"))
                .containsExactly(List.of(i(2)));
    }

    @Test
    void typesAndMaximalLengthRestrictTheSearch() {
        assertThat(run("MATCH p = shortestPath((a {n: 'a'})-[:R*]->(d {n: 'd'})) RETURN [x IN nodes(p) | x.n]"))
                .containsExactly(List.of(names("a", "e", "d")));
        assertThat(run("MATCH p = shortestPath((a {n: 'a'})-[:R*..1]->(d {n: 'd'})) RETURN p"))
                .isEmpty();
    }

    @Test
    void relationshipPropertiesAreCheckedDuringTheSearch() {
        assertThat(run("MATCH p = shortestPath((a {n: 'a'})-[:R* {w: 1}]->(d {n: 'd'})) RETURN length(p)"))
                .containsExactly(List.of(i(3)));
    }

    @Test
    void wherePredicatesOnThePathPickTheShortestPathSatisfyingThem() {
        assertThat(run("MATCH p = shortestPath((a {n: 'a'})-[:R*]->(d {n: 'd'}))"
                        + " WHERE all(r IN relationships(p) WHERE r.w < 5) RETURN length(p)"))
                .containsExactly(List.of(i(3)));
        assertThat(run("MATCH p = allShortestPaths((a {n: 'a'})-[rs*]->(d {n: 'd'}))"
                        + " WHERE none(r IN rs WHERE type(r) = 'S') RETURN length(p)"))
                .containsExactly(List.of(i(2)));
    }

    @Test
    void singleHopShortestPathBindsARelationshipNotAList() {
        List<List<Value>> rows =
                run("MATCH p = shortestPath((a {n: 'a'})-[r]->(b {n: 'b'})) RETURN type(r), length(p)");
        assertThat(rows).containsExactly(List.of(StringValue.of("R"), i(1)));
    }

    @Test
    void minimalLengthZeroBetweenTheSameNodeIsTheEmptyPath() {
        assertThat(run("MATCH (a {n: 'a'}) MATCH p = shortestPath((a)-[*0..]->(a)) RETURN length(p)"))
                .containsExactly(List.of(i(0)));
    }

    @Test
    void sameStartAndEndNodeWithMinimalLengthOneFailsLikeNeo4j() {
        assertThatThrownBy(() -> run("MATCH (a {n: 'a'}) MATCH p = shortestPath((a)-[*]->(a)) RETURN p"))
                .isInstanceOf(QuiverException.class)
                .satisfies(e -> assertThat(((QuiverException) e).status()).isEqualTo(Status.STATEMENT_EXECUTION_FAILED))
                .hasMessageContaining("start and end nodes are the same");
    }

    @Test
    void minimalLengthAboveOneIsASyntaxError() {
        assertThatThrownBy(() -> run("MATCH p = shortestPath((a)-[*2..]->(b)) RETURN p"))
                .isInstanceOf(QuiverException.class)
                .satisfies(e -> assertThat(((QuiverException) e).status()).isEqualTo(Status.STATEMENT_SYNTAX_ERROR))
                .hasMessageContaining("shortestPath(...) does not support a minimal length different from 0 or 1");
    }

    @Test
    void moreThanOneRelationshipIsASyntaxError() {
        assertThatThrownBy(() -> run("MATCH p = allShortestPaths((a)-[*]->(b)-[*]->(c)) RETURN p"))
                .isInstanceOf(QuiverException.class)
                .hasMessageContaining("allShortestPaths(...) requires a pattern containing a single relationship");
    }

    @Test
    void unreachableEndYieldsNoRow() {
        f.run("CREATE (:Island {n: 'z'})");
        assertThat(run("MATCH p = shortestPath((a {n: 'a'})-[*]-(z:Island)) RETURN p"))
                .isEmpty();
    }

    private static Value names(String... n) {
        return new ListValue(
                java.util.Arrays.stream(n).map(s -> (Value) StringValue.of(s)).toList());
    }
}
