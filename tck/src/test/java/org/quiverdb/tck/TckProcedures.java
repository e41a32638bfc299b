package org.quiverdb.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiverdb.cypher.api.Procedure;
import org.quiverdb.values.compare.EquivalenceKey;
import org.quiverdb.values.value.Value;

/**
 * Builds the test procedures of "there exists a procedure name(in :: T) :: (out :: T)": the table
 * lists input values and the output rows returned for them.
 */
final class TckProcedures {
    private static final Pattern SIGNATURE =
            Pattern.compile("there exists a procedure ([\\w.]+)\\((.*?)\\) :: \\((.*?)\\)\\s*:?\\s*");

    private TckProcedures() {}

    static Procedure parse(String text, List<List<String>> table) {
        Matcher m = SIGNATURE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("procedure signature: " + text);
        }
        List<Procedure.Field> inputs = fields(m.group(2));
        List<Procedure.Field> outputs = fields(m.group(3));
        List<Value[]> rows = new ArrayList<>();
        for (int r = 1; table != null && r < table.size(); r++) {
            Value[] row = new Value[table.get(r).size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = TckValues.parse(table.get(r).get(c));
            }
            rows.add(row);
        }
        int in = inputs.size();
        return new Procedure(m.group(1), inputs, outputs, args -> {
            List<Value[]> out = new ArrayList<>();
            for (Value[] row : rows) {
                boolean match = true;
                for (int i = 0; i < in; i++) {
                    match &= EquivalenceKey.equivalent(row[i], args.get(i));
                }
                if (match) {
                    out.add(java.util.Arrays.copyOfRange(row, in, row.length));
                }
            }
            return out;
        });
    }

    private static List<Procedure.Field> fields(String spec) {
        List<Procedure.Field> out = new ArrayList<>();
        if (spec.isBlank()) {
            return out;
        }
        for (String part : spec.split(",", -1)) {
            String[] nt = part.split("::", -1);
            out.add(new Procedure.Field(nt[0].trim(), nt[1].trim()));
        }
        return out;
    }
}
