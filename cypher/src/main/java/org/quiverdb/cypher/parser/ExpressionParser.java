package org.quiverdb.cypher.parser;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.ast.BinaryOperator;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.Position;
import org.quiverdb.cypher.ast.UnaryOperator;
import org.quiverdb.cypher.lexer.Token;
import org.quiverdb.cypher.lexer.TokenKind;

/**
 * Pratt parser for expressions. Binding powers, loosest first: OR 1, XOR 2, AND 3, NOT 4,
 * comparisons 5 (chained: {@code a < b < c} is {@code a < b AND b < c}), string/list/null
 * predicates 6, + - 7, * / % 8, ^ 9, unary sign 10, then postfix property, subscript and label
 * checks on atoms ({@link AtomParser}). Confined to one parse.
 */
final class ExpressionParser {
    private static final int BP_NOT = 4;
    private static final int BP_COMPARISON = 5;
    private static final int BP_PREDICATE = 6;
    private static final int BP_ADD = 7;
    private static final int BP_UNARY = 10;

    private final TokenStream in;
    private AtomParser atoms;

    ExpressionParser(TokenStream in) {
        this.in = in;
    }

    void atoms(AtomParser atoms) {
        this.atoms = atoms;
    }

    Expression parse() {
        return parse(0);
    }

    Expression parse(int minBp) {
        Expression left = prefix();
        Expression lastComparison = null;
        while (true) {
            Token t = in.peek();
            BinaryOperator op = infixOperator();
            if (op != null) {
                int bp = bindingPower(op);
                if (bp <= minBp) {
                    return left;
                }
                consumeOperator(op);
                Expression right = parse(bp);
                if (bp == BP_COMPARISON && lastComparison != null) {
                    Expression prevRight = ((Expression.Binary) lastComparison).right();
                    Expression cmp = new Expression.Binary(t.position(), op, prevRight, right);
                    left = new Expression.Binary(t.position(), BinaryOperator.AND, left, cmp);
                    lastComparison = cmp;
                } else {
                    left = new Expression.Binary(t.position(), op, left, right);
                    lastComparison = bp == BP_COMPARISON ? left : null;
                }
                continue;
            }
            if (in.atKeyword("IS") && BP_PREDICATE > minBp) {
                in.next();
                boolean not = in.acceptKeyword("NOT");
                in.expectKeyword("NULL");
                left = new Expression.Unary(
                        t.position(), not ? UnaryOperator.IS_NOT_NULL : UnaryOperator.IS_NULL, left);
                lastComparison = null;
                continue;
            }
            return left;
        }
    }

    private Expression prefix() {
        Token t = in.peek();
        if (t.isKeyword("NOT")) {
            in.next();
            return new Expression.Unary(t.position(), UnaryOperator.NOT, parse(BP_NOT - 1));
        }
        if (t.kind() == TokenKind.MINUS || t.kind() == TokenKind.PLUS) {
            in.next();
            Token n = in.peek();
            if (t.kind() == TokenKind.MINUS
                    && (n.kind() == TokenKind.INTEGER || n.kind() == TokenKind.FLOAT)
                    && n.position().offset() == t.end()
                    && !isPostfix(in.peek(1))) {
                return atoms.postfix(atoms.negativeNumber(t));
            }
            Expression operand = parse(BP_UNARY);
            return new Expression.Unary(
                    t.position(), t.kind() == TokenKind.MINUS ? UnaryOperator.NEGATE : UnaryOperator.PLUS, operand);
        }
        return atoms.postfix(atoms.atom());
    }

    /** A negative literal is fused only when no postfix operator binds the number tighter. */
    private static boolean isPostfix(Token t) {
        return t.kind() == TokenKind.LBRACKET || t.kind() == TokenKind.DOT || t.kind() == TokenKind.COLON;
    }

    private BinaryOperator infixOperator() {
        Token t = in.peek();
        return switch (t.kind()) {
            case EQ -> BinaryOperator.EQ;
            case NEQ -> BinaryOperator.NEQ;
            case LT -> BinaryOperator.LT;
            case GT -> BinaryOperator.GT;
            case LE -> BinaryOperator.LE;
            case GE -> BinaryOperator.GE;
            case REGEX_MATCH -> BinaryOperator.REGEX;
            case PLUS -> BinaryOperator.ADD;
            case MINUS -> BinaryOperator.SUB;
            case STAR -> BinaryOperator.MUL;
            case SLASH -> BinaryOperator.DIV;
            case PERCENT -> BinaryOperator.MOD;
            case CARET -> BinaryOperator.POW;
            case IDENTIFIER -> keywordOperator();
            default -> null;
        };
    }

    private BinaryOperator keywordOperator() {
        if (in.atKeyword("OR")) {
            return BinaryOperator.OR;
        } else if (in.atKeyword("XOR")) {
            return BinaryOperator.XOR;
        } else if (in.atKeyword("AND")) {
            return BinaryOperator.AND;
        } else if (in.atKeyword("IN")) {
            return BinaryOperator.IN;
        } else if (in.atKeyword("CONTAINS")) {
            return BinaryOperator.CONTAINS;
        } else if (in.atKeywords("STARTS", "WITH")) {
            return BinaryOperator.STARTS_WITH;
        } else if (in.atKeywords("ENDS", "WITH")) {
            return BinaryOperator.ENDS_WITH;
        }
        return null;
    }

    private void consumeOperator(BinaryOperator op) {
        in.next();
        if (op == BinaryOperator.STARTS_WITH || op == BinaryOperator.ENDS_WITH) {
            in.next();
        }
    }

    private static int bindingPower(BinaryOperator op) {
        return switch (op) {
            case OR -> 1;
            case XOR -> 2;
            case AND -> 3;
            case EQ, NEQ, LT, GT, LE, GE -> BP_COMPARISON;
            case IN, STARTS_WITH, ENDS_WITH, CONTAINS, REGEX -> BP_PREDICATE;
            case ADD, SUB -> BP_ADD;
            case MUL, DIV, MOD -> 8;
            case POW -> 9;
        };
    }

    /** A comma-separated list of expressions up to (not including) {@code close}. */
    List<Expression> list(TokenKind close) {
        List<Expression> out = new ArrayList<>();
        if (in.at(close)) {
            return out;
        }
        do {
            out.add(parse());
        } while (in.accept(TokenKind.COMMA));
        return out;
    }

    Position position() {
        return in.peek().position();
    }
}
