package org.quiverdb.bolt.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiverdb.bolt.api.BoltServer;
import org.quiverdb.bolt.api.BoltServerConfig;
import org.quiverdb.bolt.message.MessageFormat;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.FakeGraphDatabase;
import org.quiverdb.session.fake.FakeTransaction;
import org.quiverdb.session.fake.ScriptedEngine;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;

/**
 * A client that asks for everything and then stops reading holds the server back instead of
 * filling its memory: the stream pauses on the socket's high-water mark, other connections are
 * served meanwhile, and hanging up rolls the statement's transaction back.
 */
class StalledClientIT {
    @Test
    void stalledClientPausesItsStreamAndHangingUpRollsBack() throws Exception {
        FakeDatabases databases = new FakeDatabases();
        BoltServer server = new BoltServer(
                SessionServices.create(databases, new ScriptedEngine(), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        InetSocketAddress address = server.start();
        FakeGraphDatabase neo4j = databases.fake("neo4j");
        try {
            RawBoltClient stalled = new RawBoltClient(address);
            stalled.sendHandshake(0x00000404);
            stalled.readInt();
            stalled.sendMessage(MessageFormat.HELLO, MapValue.EMPTY);
            stalled.readResponse();
            stalled.sendMessage(MessageFormat.RUN, StringValue.of("ROWS 100000000"), MapValue.EMPTY, MapValue.EMPTY);
            stalled.sendMessage(MessageFormat.PULL, new MapValue(Map.of("n", IntegerValue.of(-1))));
            // Never read: the stream must pause rather than buffer 100M rows.

            try (RawBoltClient other = new RawBoltClient(address)) {
                other.sendHandshake(0x00000404);
                assertThat(other.readInt()).isEqualTo(0x00000404);
                other.sendMessage(MessageFormat.HELLO, MapValue.EMPTY);
                assertThat(other.readResponse().signature()).isEqualTo(MessageFormat.SUCCESS);
                other.sendMessage(MessageFormat.RUN, StringValue.of("RETURN 5"), MapValue.EMPTY, MapValue.EMPTY);
                other.sendMessage(MessageFormat.PULL, new MapValue(Map.of("n", IntegerValue.of(-1))));
                assertThat(other.readResponse().signature()).isEqualTo(MessageFormat.SUCCESS);
                assertThat(other.readResponse().signature()).isEqualTo(MessageFormat.RECORD);
            }

            FakeTransaction streaming = neo4j.transactions().get(0);
            assertThat(streaming.committed()).isFalse();
            stalled.close();
            assertThat(streaming.awaitRollback(20)).isTrue();
        } finally {
            server.stop();
        }
    }
}
