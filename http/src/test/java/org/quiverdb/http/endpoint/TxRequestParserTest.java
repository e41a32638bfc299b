package org.quiverdb.http.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.IntegerValue;

class TxRequestParserTest {
    private static TxRequest parse(String body) {
        return TxRequestParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void emptyBodyHasNoStatements() {
        assertThat(parse("")).isEqualTo(TxRequest.EMPTY);
        assertThat(parse("{}").statements()).isEmpty();
    }

    @Test
    void statementFieldsAreRead() {
        TxRequest request = parse("{\"statements\":[{\"statement\":\"RETURN $x\",\"parameters\":{\"x\":7},"
                + "\"resultDataContents\":[\"GRAPH\"],\"includeStats\":true,\"unknown\":{\"a\":[1]}}],"
                + "\"bookmarks\":[\"QB1:neo4j:3\"]}");

        TxStatement statement = request.statements().get(0);
        assertThat(statement.statement()).isEqualTo("RETURN $x");
        assertThat(statement.parameters().get("x")).isEqualTo(IntegerValue.of(7));
        assertThat(statement.formats()).isEqualTo(Set.of(ResultFormat.GRAPH));
        assertThat(statement.includeStats()).isTrue();
        assertThat(request.bookmarks()).isEqualTo(List.of("QB1:neo4j:3"));
    }

    @Test
    void rowIsTheDefaultFormat() {
        assertThat(parse("{\"statements\":[{\"statement\":\"x\"}]}")
                        .statements()
                        .get(0)
                        .formats())
                .isEqualTo(Set.of(ResultFormat.ROW));
    }

    @Test
    void malformedBodiesAreInvalidFormat() {
        for (String bad : List.of(
                "[{asd,::}]",
                "{\"statements\": [ {",
                "{\"statements\":{}}",
                "{\"statements\":[{\"parameters\":{}}]}",
                "{\"statements\":[{\"statement\":1}]}",
                "{\"statements\":[{\"statement\":\"x\",\"resultDataContents\":[\"REST\"]}]}",
                "{} {}",
                "{\"bookmarks\":[1]}")) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOfSatisfying(QuiverException.class, e -> assertThat(
                            e.status())
                    .isEqualTo(Status.REQUEST_INVALID_FORMAT));
        }
    }
}
