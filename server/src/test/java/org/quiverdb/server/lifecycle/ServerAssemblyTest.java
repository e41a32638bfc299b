package org.quiverdb.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.ConfigLoader;
import org.quiverdb.server.config.HostPort;
import org.quiverdb.server.config.QuiverHome;
import org.quiverdb.server.config.Setting;

class ServerAssemblyTest {
    @TempDir
    Path home;

    private static Config config(String... sets) {
        return new ConfigLoader(Map.of()).load(Optional.empty(), List.of(sets));
    }

    @Test
    void everyEnabledConnectorIsConfiguredWithItsSetting() {
        ServerAssembly assembly = new ServerAssembly(
                config("dbms.connector.bolt.listen_address=0.0.0.0:1", "dbms.connector.https.enabled=false"),
                new QuiverHome(home),
                Clock.systemUTC(),
                new Random(1));
        assertThat(assembly.configured())
                .containsExactly(
                        new ListenerAddress("Bolt connector", Setting.BOLT_LISTEN_ADDRESS, new HostPort("0.0.0.0", 1)),
                        new ListenerAddress(
                                "HTTP connector", Setting.HTTP_LISTEN_ADDRESS, new HostPort("localhost", 7474)));
    }

    @Test
    void disabledConnectorsAreNeitherConfiguredNorReported() {
        ServerAssembly assembly = new ServerAssembly(
                config(
                        "dbms.connector.bolt.enabled=false",
                        "dbms.connector.http.enabled=false",
                        "dbms.connector.https.enabled=false"),
                new QuiverHome(home),
                Clock.systemUTC(),
                new Random(1));
        assertThat(assembly.configured()).isEmpty();
        assertThat(assembly.components()).extracting(Component::name).containsExactly("databases");
    }

    @Test
    void nothingIsReportedBoundBeforeStart() {
        assertThat(new ServerAssembly(config(), new QuiverHome(home), Clock.systemUTC(), new Random(1)).bound())
                .isEmpty();
    }

    @Test
    void listenerAtARealPortKeepsConnectorAndSetting() {
        ListenerAddress configured =
                new ListenerAddress("Bolt connector", Setting.BOLT_LISTEN_ADDRESS, new HostPort("127.0.0.1", 0));
        assertThat(configured.at(40000).address()).isEqualTo(new HostPort("127.0.0.1", 40000));
        assertThat(configured.at(40000).setting()).isEqualTo(Setting.BOLT_LISTEN_ADDRESS);
    }
}
