package org.quiverdb.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.quiverdb.session.api.SecuritySettings;

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

    @Test
    void securitySettingsFollowNeo4jsNamesAndDefaults() {
        assertThat(ServerAssembly.securitySettings(config()))
                .isEqualTo(new SecuritySettings(true, 3, Duration.ofSeconds(5), 8, 14));
        assertThat(ServerAssembly.securitySettings(config(
                        "dbms.security.auth_enabled=true",
                        "dbms.security.auth_max_failed_attempts=0",
                        "dbms.security.auth_lock_time=2m",
                        "dbms.security.auth_minimum_password_length=12")))
                .isEqualTo(new SecuritySettings(true, 0, Duration.ofMinutes(2), 12, 14));
        assertThatThrownBy(() -> ServerAssembly.securitySettings(config("dbms.security.auth_max_failed_attempts=-1")))
                .hasMessageContaining("dbms.security.auth_max_failed_attempts=-1");
    }
}
