package org.quiverdb.bolt.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiverdb.bolt.api.BoltServer;
import org.quiverdb.bolt.api.BoltServerConfig;
import org.quiverdb.bolt.message.MessageFormat;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;

/**
 * Bad input on the Bolt port is answered as the protocol says and closes only the offending
 * connection: a healthy connection opened before keeps working throughout.
 */
class BadInputIT {
    private static BoltServer server;
    private static InetSocketAddress address;
    private static RawBoltClient healthy;

    @BeforeAll
    static void start() throws Exception {
        server = new BoltServer(
                SessionServices.create(new FakeDatabases(), new ScriptedEngine(), Clock.systemUTC()),
                new BoltServerConfig(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null, 4096, 1));
        address = server.start();
        healthy = new RawBoltClient(address);
        hello(healthy, 0x00000404);
    }

    @AfterAll
    static void stop() throws Exception {
        healthy.close();
        server.stop();
    }

    @AfterEach
    void healthyConnectionStillWorks() throws Exception {
        healthy.sendMessage(MessageFormat.RUN, StringValue.of("RETURN 9"), MapValue.EMPTY, MapValue.EMPTY);
        healthy.sendMessage(MessageFormat.PULL, new MapValue(Map.of("n", IntegerValue.of(-1))));
        assertThat(healthy.readResponse().signature()).isEqualTo(MessageFormat.SUCCESS);
        assertThat(healthy.readResponse().fields().get(0).toString()).contains("9");
        assertThat(healthy.readResponse().signature()).isEqualTo(MessageFormat.SUCCESS);
    }

    private static void hello(RawBoltClient client, int version) throws Exception {
        client.sendHandshake(version);
        assertThat(client.readInt()).isEqualTo(version);
        client.sendMessage(MessageFormat.HELLO, new MapValue(Map.of("user_agent", StringValue.of("raw/1"))));
        assertThat(client.readResponse().signature()).isEqualTo(MessageFormat.SUCCESS);
    }

    private static String failureCode(RawBoltClient.Response response) {
        assertThat(response.signature()).isEqualTo(MessageFormat.FAILURE);
        return ((StringValue) response.metadata().get("code")).value();
    }

    @Test
    void wrongMagicIsClosed() throws Exception {
        try (RawBoltClient client = new RawBoltClient(address)) {
            client.send("HELO there, is this SMTP?".getBytes(StandardCharsets.US_ASCII));
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void noCommonVersionIsAnsweredWithZeroAndClosed() throws Exception {
        try (RawBoltClient client = new RawBoltClient(address)) {
            client.sendHandshake(0x00000009, 0x00000505, 0x00000107);
            assertThat(client.readInt()).isZero();
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void manifestHandshakeAcceptsAChoiceGluedToHello() throws Exception {
        try (RawBoltClient client = new RawBoltClient(address)) {
            client.sendHandshake(0x000001FF, 0x00080805);
            assertThat(client.readInt()).isEqualTo(0x000001FF);
            int ranges = client.readByte();
            assertThat(ranges).isEqualTo(6);
            assertThat(client.readInt()).isEqualTo(0x00020805);
            for (int i = 1; i < ranges; i++) {
                client.readInt();
            }
            assertThat(client.readByte()).isZero();
            client.send(new byte[] {0, 0, 8, 5, 0});
            client.sendMessage(MessageFormat.HELLO, new MapValue(Map.of("user_agent", StringValue.of("raw/1"))));
            RawBoltClient.Response hello = client.readResponse();
            assertThat(hello.signature()).isEqualTo(MessageFormat.SUCCESS);
            assertThat(hello.metadata().get("server")).isEqualTo(StringValue.of("Neo4j/5.26.0"));
        }
    }

    @Test
    void invalidPackStreamGetsInvalidFormatAndIsClosed() throws Exception {
        try (RawBoltClient client = new RawBoltClient(address)) {
            hello(client, 0x00000404);
            client.sendChunked(new byte[] {(byte) 0xB1, 0x10, (byte) 0xC7});
            assertThat(failureCode(client.readResponse())).isEqualTo("Neo.ClientError.Request.InvalidFormat");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void unknownMessageGetsRequestInvalidAndIsClosed() throws Exception {
        try (RawBoltClient client = new RawBoltClient(address)) {
            hello(client, 0x00000404);
            client.sendMessage(0x77);
            assertThat(failureCode(client.readResponse())).isEqualTo("Neo.ClientError.Request.Invalid");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void oversizedMessageIsRefusedAndClosed() throws Exception {
        try (RawBoltClient client = new RawBoltClient(address)) {
            hello(client, 0x00000404);
            client.sendMessage(MessageFormat.RUN, StringValue.of("x".repeat(5000)), MapValue.EMPTY, MapValue.EMPTY);
            assertThat(failureCode(client.readResponse())).isEqualTo("Neo.ClientError.Request.Invalid");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void messageInTheWrongStateFailsAndIsIgnoredUntilReset() throws Exception {
        try (RawBoltClient client = new RawBoltClient(address)) {
            hello(client, 0x00000404);
            client.sendMessage(MessageFormat.COMMIT);
            client.sendMessage(MessageFormat.RUN, StringValue.of("RETURN 1"), MapValue.EMPTY, MapValue.EMPTY);
            client.sendMessage(MessageFormat.RESET);
            assertThat(failureCode(client.readResponse())).isEqualTo("Neo.ClientError.Request.Invalid");
            assertThat(client.readResponse().signature()).isEqualTo(MessageFormat.IGNORED);
            assertThat(client.readResponse().signature()).isEqualTo(MessageFormat.SUCCESS);
        }
    }

    @Test
    void resetInterruptsABlockedQuery() throws Exception {
        try (RawBoltClient client = new RawBoltClient(address)) {
            hello(client, 0x00000404);
            client.sendMessage(MessageFormat.RUN, StringValue.of("BLOCK"), MapValue.EMPTY, MapValue.EMPTY);
            client.sendMessage(MessageFormat.PULL, new MapValue(Map.of("n", IntegerValue.of(-1))));
            assertThat(client.readResponse().signature()).isEqualTo(MessageFormat.SUCCESS);
            client.sendMessage(MessageFormat.RESET);
            RawBoltClient.Response pull = client.readResponse();
            assertThat(pull.signature()).isIn(MessageFormat.FAILURE, MessageFormat.IGNORED);
            assertThat(client.readResponse().signature()).isEqualTo(MessageFormat.SUCCESS);
        }
    }

    @Test
    void halfAHandshakeThenHangupLeavesNothingBehind() throws Exception {
        try (RawBoltClient client = new RawBoltClient(address)) {
            client.send(new byte[] {0x60, 0x60, (byte) 0xB0, 0x17, 0, 0});
        }
    }
}
