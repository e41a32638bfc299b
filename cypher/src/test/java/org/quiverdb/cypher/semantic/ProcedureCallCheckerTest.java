package org.quiverdb.cypher.semantic;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiverdb.cypher.api.Procedure;
import org.quiverdb.cypher.parser.Parser;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

class ProcedureCallCheckerTest {
    private static final Procedure PROC = new Procedure(
            "test.my.proc",
            List.of(new Procedure.Field("in", "INTEGER?")),
            List.of(new Procedure.Field("out", "INTEGER?")),
            args -> List.of());

    private static void check(String q) {
        ProcedureCallChecker.check(q, Parser.parse(q), Map.of("test.my.proc", PROC));
    }

    private static void fails(String q, String message) {
        assertThatThrownBy(() -> check(q))
                .isInstanceOf(QuiverException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((QuiverException) e).status())
                .isEqualTo(Status.STATEMENT_SYNTAX_ERROR);
    }

    @Test
    void implicitArgumentsAreRejectedInsideAQuery() {
        fails("CALL test.my.proc YIELD out RETURN out", "does not support passing arguments implicitly");
    }

    @Test
    void implicitArgumentsAreAcceptedForAStandaloneCall() {
        assertThatCode(() -> check("CALL test.my.proc")).doesNotThrowAnyException();
    }

    @Test
    void aLiteralOfTheWrongTypeIsRejected() {
        fails("CALL test.my.proc(true)", "Type mismatch: expected Integer but was Boolean");
        fails("CALL test.my.proc('x') YIELD out RETURN out", "Type mismatch: expected Integer but was String");
    }

    @Test
    void argumentsOfMatchingOrUnknownTypeAreAccepted() {
        assertThatCode(() -> check("CALL test.my.proc(1)")).doesNotThrowAnyException();
        assertThatCode(() -> check("CALL test.my.proc($x) YIELD out RETURN out"))
                .doesNotThrowAnyException();
    }
}
