package org.quiverdb.cypher.parser;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.NodePattern;
import org.quiverdb.cypher.ast.PatternDirection;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.Position;
import org.quiverdb.cypher.ast.RelationshipPattern;
import org.quiverdb.cypher.lexer.Token;
import org.quiverdb.cypher.lexer.TokenKind;

/**
 * Parses patterns: {@code p = (a:L {k: v})-[r:T|U *1..3]->(b), ...}. Anonymous nodes and
 * relationships get generated names so later phases handle every element alike. Confined to one
 * parse.
 */
final class PatternParser {
    private final TokenStream in;
    private AtomParser atoms;
    private ExpressionParser expressions;

    PatternParser(TokenStream in) {
        this.in = in;
    }

    void wire(AtomParser atoms, ExpressionParser expressions) {
        this.atoms = atoms;
        this.expressions = expressions;
    }

    List<PatternPart> pattern() {
        List<PatternPart> parts = new ArrayList<>();
        do {
            parts.add(part());
        } while (in.accept(TokenKind.COMMA));
        return parts;
    }

    PatternPart part() {
        Position p = in.peek().position();
        String pathVariable = null;
        if (in.atName() && in.peek(1).kind() == TokenKind.EQ) {
            pathVariable = in.name("a variable");
            in.next();
        }
        int shortest = 0;
        if (in.peek(1).kind() == TokenKind.LPAREN
                && (in.atKeyword("shortestPath") || in.atKeyword("allShortestPaths"))) {
            shortest = in.next().isKeyword("shortestPath") ? 1 : 2;
            in.next();
        }
        List<NodePattern> nodes = new ArrayList<>();
        List<RelationshipPattern> rels = new ArrayList<>();
        nodes.add(node());
        while (atRelationship()) {
            rels.add(relationship());
            nodes.add(node());
        }
        if (shortest != 0) {
            in.expect(TokenKind.RPAREN, "')'");
        }
        return new PatternPart(p, pathVariable, nodes, rels, shortest);
    }

    private boolean atRelationship() {
        if (in.at(TokenKind.MINUS)) {
            return true;
        }
        return in.at(TokenKind.LT) && in.peek(1).kind() == TokenKind.MINUS;
    }

    NodePattern node() {
        Token open = in.expect(TokenKind.LPAREN, "'('");
        String variable = in.atName() ? in.name("a variable") : in.anonymousName();
        List<String> labels = labels();
        Expression props = properties();
        in.expect(TokenKind.RPAREN, "')'");
        return new NodePattern(open.position(), variable, labels, props);
    }

    private List<String> labels() {
        List<String> labels = new ArrayList<>();
        while (in.accept(TokenKind.COLON)) {
            labels.add(in.name("a label name"));
        }
        return labels;
    }

    private Expression properties() {
        if (in.at(TokenKind.LBRACE)) {
            return atoms.mapLiteral();
        }
        if (in.at(TokenKind.PARAMETER)) {
            Token t = in.next();
            return new Expression.Parameter(t.position(), t.text());
        }
        return null;
    }

    private RelationshipPattern relationship() {
        Position p = in.peek().position();
        boolean left = in.accept(TokenKind.LT);
        in.expect(TokenKind.MINUS, "'-'");
        String variable = null;
        List<String> types = new ArrayList<>();
        Expression props = null;
        RelationshipPattern.Range range = null;
        if (in.accept(TokenKind.LBRACKET)) {
            variable = in.atName() ? in.name("a variable") : null;
            if (in.accept(TokenKind.COLON)) {
                do {
                    in.accept(TokenKind.COLON);
                    types.add(in.name("a relationship type name"));
                } while (in.accept(TokenKind.PIPE));
            }
            if (in.accept(TokenKind.STAR)) {
                range = range();
            }
            props = properties();
            in.expect(TokenKind.RBRACKET, "']'");
        }
        in.expect(TokenKind.MINUS, "'-'");
        boolean right = in.accept(TokenKind.GT);
        if (variable == null) {
            variable = in.anonymousName();
        }
        PatternDirection dir = left == right
                ? PatternDirection.UNDIRECTED
                : left ? PatternDirection.RIGHT_TO_LEFT : PatternDirection.LEFT_TO_RIGHT;
        return new RelationshipPattern(p, variable, types, dir, props, range);
    }

    private RelationshipPattern.Range range() {
        Integer min = in.at(TokenKind.INTEGER) ? Integer.valueOf(in.next().text()) : null;
        if (in.accept(TokenKind.DOTDOT)) {
            Integer max = in.at(TokenKind.INTEGER) ? Integer.valueOf(in.next().text()) : null;
            return new RelationshipPattern.Range(min, max);
        }
        return min == null ? new RelationshipPattern.Range(null, null) : new RelationshipPattern.Range(min, min);
    }

    ExpressionParser expressions() {
        return expressions;
    }
}
