package org.quiverdb.cypher.parser;

import java.util.Locale;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.Position;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;

/**
 * Number literals: decimal, hexadecimal ({@code 0x}), octal ({@code 0o} or a leading zero) and
 * floats. A literal outside the 64-bit range is a SemanticError as in Neo4j. Stateless.
 */
final class Literals {
    private Literals() {}

    static Expression number(String query, Position p, String text, boolean isFloat) {
        if (isFloat) {
            double d;
            try {
                d = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw SyntaxErrors.at(query, p, "Invalid input '" + text + "'", "a number");
            }
            if (Double.isInfinite(d)) {
                throw new QuiverException(
                        Status.STATEMENT_SEMANTIC_ERROR,
                        SyntaxErrors.format(query, p, "floating point number is too large"));
            }
            return new Expression.Literal(p, FloatValue.of(d));
        }
        boolean negative = text.startsWith("-");
        String digits =
                (negative ? text.substring(1) : text).toLowerCase(Locale.ROOT).replace("_", "");
        int radix = 10;
        if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0o")) {
            radix = 8;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        try {
            return new Expression.Literal(p, IntegerValue.of(Long.parseLong((negative ? "-" : "") + digits, radix)));
        } catch (NumberFormatException e) {
            if (digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new QuiverException(
                        Status.STATEMENT_SEMANTIC_ERROR, SyntaxErrors.format(query, p, "integer is too large"));
            }
            throw SyntaxErrors.at(query, p, "Invalid input '" + text + "'", "a number");
        }
    }
}
