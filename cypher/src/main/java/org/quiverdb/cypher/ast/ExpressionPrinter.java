package org.quiverdb.cypher.ast;

import java.util.List;
import java.util.StringJoiner;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Prints expressions and patterns back as Cypher text, fully parenthesised so that parsing the
 * text gives the same tree (positions aside). Also the canonical key used to recognise the same
 * expression written twice (grouping keys in ORDER BY). Stateless.
 */
public final class ExpressionPrinter {
    private ExpressionPrinter() {}

    public static String print(Expression e) {
        if (e instanceof Expression.Literal l) {
            return literal(l.value());
        } else if (e instanceof Expression.Parameter p) {
            return "$" + name(p.name());
        } else if (e instanceof Expression.Variable v) {
            return name(v.name());
        } else if (e instanceof Expression.Property p) {
            return print(p.subject()) + "." + name(p.key());
        } else if (e instanceof Expression.Subscript s) {
            return print(s.subject()) + "[" + print(s.index()) + "]";
        } else if (e instanceof Expression.Slice s) {
            return print(s.subject()) + "[" + (s.from() == null ? "" : print(s.from())) + ".."
                    + (s.to() == null ? "" : print(s.to())) + "]";
        } else if (e instanceof Expression.Binary b) {
            return "(" + print(b.left()) + " " + b.operator().symbol() + " " + print(b.right()) + ")";
        } else if (e instanceof Expression.Unary u) {
            return unary(u);
        } else if (e instanceof Expression.FunctionCall f) {
            return f.name() + "(" + (f.distinct() ? "DISTINCT " : "") + list(f.arguments()) + ")";
        } else if (e instanceof Expression.CountStar) {
            return "count(*)";
        } else if (e instanceof Expression.ListLiteral l) {
            return "[" + list(l.elements()) + "]";
        } else if (e instanceof Expression.MapLiteral m) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            for (int i = 0; i < m.keys().size(); i++) {
                j.add(name(m.keys().get(i)) + ": " + print(m.values().get(i)));
            }
            return j.toString();
        } else if (e instanceof Expression.Case c) {
            StringBuilder sb = new StringBuilder("CASE");
            if (c.subject() != null) {
                sb.append(' ').append(print(c.subject()));
            }
            for (int i = 0; i < c.whens().size(); i++) {
                sb.append(" WHEN ")
                        .append(print(c.whens().get(i)))
                        .append(" THEN ")
                        .append(print(c.thens().get(i)));
            }
            if (c.otherwise() != null) {
                sb.append(" ELSE ").append(print(c.otherwise()));
            }
            return sb.append(" END").toString();
        }
        return ComplexExpressionPrinter.print(e);
    }

    private static String unary(Expression.Unary u) {
        return switch (u.operator()) {
            case NOT -> "(NOT " + print(u.operand()) + ")";
            // the space keeps "- 1" a negation: "-1" would read back as a negative literal
            case NEGATE -> "(- " + print(u.operand()) + ")";
            case PLUS -> "(+" + print(u.operand()) + ")";
            case IS_NULL -> "(" + print(u.operand()) + " IS NULL)";
            case IS_NOT_NULL -> "(" + print(u.operand()) + " IS NOT NULL)";
        };
    }

    static String list(List<Expression> list) {
        StringJoiner j = new StringJoiner(", ");
        list.forEach(x -> j.add(print(x)));
        return j.toString();
    }

    /** A name, backtick-escaped unless it is a plain identifier. */
    public static String name(String n) {
        boolean plain = !n.isEmpty() && Character.isJavaIdentifierStart(n.charAt(0));
        for (int i = 0; i < n.length() && plain; i++) {
            plain = Character.isJavaIdentifierPart(n.charAt(i)) && n.charAt(i) != '$';
        }
        return plain ? n : "`" + n.replace("`", "``") + "`";
    }

    static String literal(Value v) {
        if (v instanceof NullValue) {
            return "null";
        } else if (v instanceof BooleanValue b) {
            return b.booleanValue() ? "true" : "false";
        } else if (v instanceof IntegerValue i) {
            return i.value() < 0 ? "(" + i.value() + ")" : Long.toString(i.value());
        } else if (v instanceof FloatValue f) {
            String s = Double.toString(f.value());
            return f.value() < 0 ? "(" + s + ")" : s;
        } else if (v instanceof StringValue s) {
            return "'" + s.value().replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
        }
        return v.toString();
    }
}
