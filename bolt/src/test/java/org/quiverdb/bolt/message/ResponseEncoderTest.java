package org.quiverdb.bolt.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;

class ResponseEncoderTest {
    @Test
    void failureBefore57CarriesCodeAndMessage() {
        MapValue map = new ResponseEncoder(BoltVersion.V5_6).failureMetadata(Status.STATEMENT_SYNTAX_ERROR, "bad");
        assertThat(map.map())
                .isEqualTo(Map.of(
                        "code",
                        StringValue.of("Neo.ClientError.Statement.SyntaxError"),
                        "message",
                        StringValue.of("bad")));
    }

    @Test
    void failureFrom57CarriesTheGqlFieldsDriversRequire() {
        MapValue map = new ResponseEncoder(BoltVersion.V5_7).failureMetadata(Status.TRANSIENT_DEADLOCK_DETECTED, "dl");
        assertThat(map.get("neo4j_code")).isEqualTo(StringValue.of("Neo.TransientError.Transaction.DeadlockDetected"));
        assertThat(map.get("message")).isEqualTo(StringValue.of("dl"));
        assertThat(map.get("gql_status")).isEqualTo(StringValue.of("50N42"));
        assertThat(((StringValue) map.get("description")).value()).endsWith("dl");
        MapValue diagnostics = (MapValue) map.get("diagnostic_record");
        assertThat(diagnostics.get("_classification")).isEqualTo(StringValue.of("TRANSIENT_ERROR"));
        assertThat(diagnostics.get("CURRENT_SCHEMA")).isEqualTo(StringValue.of("/"));
    }

    @Test
    void successAndIgnoredMatchTheSpecBytes() {
        ResponseEncoder encoder = new ResponseEncoder(BoltVersion.V4_4);
        ByteBuf out = Unpooled.buffer();
        encoder.success(MapValue.EMPTY, out);
        encoder.ignored(out);
        assertThat(ByteBufUtil.hexDump(out)).isEqualTo("b170a0" + "b07e");
    }
}
