package org.quiverdb.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of("BOLT_PORT", "17687", "DATA", "/srv/graph"));

    @Test
    void noFileGivesEveryDefault() {
        Config c = loader.load(Optional.empty(), List.of());
        assertThat(c.address(Setting.BOLT_LISTEN_ADDRESS)).isEqualTo(new HostPort("localhost", 7687));
        assertThat(c.address(Setting.HTTP_LISTEN_ADDRESS)).isEqualTo(new HostPort("localhost", 7474));
        assertThat(c.address(Setting.HTTPS_LISTEN_ADDRESS)).isEqualTo(new HostPort("localhost", 7473));
        assertThat(c.portRange(Setting.BACKUP_ADDRESS)).isEqualTo(new HostPortRange("127.0.0.1", 6362, 6372));
        assertThat(c.bool(Setting.BOLT_ENABLED)).isTrue();
        assertThat(c.bool(Setting.AUTH_ENABLED)).isTrue();
        assertThat(c.bool(Setting.BACKUP_ENABLED)).isFalse();
        assertThat(c.text(Setting.DBMS_MODE)).contains("SINGLE");
        assertThat(c.text(Setting.DEFAULT_DATABASE)).contains("neo4j");
        assertThat(c.port(Setting.SHELL_PORT)).isEqualTo(1337);
        assertThat(c.duration(Setting.REST_TRANSACTION_IDLE_TIMEOUT)).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.bytes(Setting.HEAP_MAX_SIZE)).isEmpty();
        assertThat(c.jvmAdditional()).isEmpty();
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void missingFileRunsOnDefaults() {
        Config c = loader.load(Optional.of(dir.resolve("conf/quiver.conf")), List.of());
        assertThat(c.address(Setting.BOLT_LISTEN_ADDRESS).port()).isEqualTo(7687);
    }

    @Test
    void fileValuesReplaceDefaultsIgnoringCommentsAndWhitespace() throws IOException {
        Config c = load(
                "# a comment",
                "",
                "  dbms.connector.bolt.listen_address = 0.0.0.0:9999  ",
                "dbms.memory.heap.max_size=2g",
                "dbms.transaction.timeout=1h30m",
                "metrics.prefix=a#b");
        assertThat(c.address(Setting.BOLT_LISTEN_ADDRESS)).isEqualTo(new HostPort("0.0.0.0", 9999));
        assertThat(c.bytes(Setting.HEAP_MAX_SIZE)).contains(2L << 30);
        assertThat(c.duration(Setting.TRANSACTION_TIMEOUT)).isEqualTo(Duration.ofMinutes(90));
        assertThat(c.text(Setting.METRICS_PREFIX)).contains("a#b");
    }

    @Test
    void neo4jFiveAndOlderNamesAreAliases() throws IOException {
        Config c =
                load("server.bolt.listen_address=:1234", "dbms.directories.data=/srv/q", "server.https.enabled=false");
        assertThat(c.address(Setting.BOLT_LISTEN_ADDRESS)).isEqualTo(new HostPort("localhost", 1234));
        assertThat(c.path(Setting.DATA_DIRECTORY, dir)).isEqualTo(Path.of("/srv/q"));
        assertThat(c.bool(Setting.HTTPS_ENABLED)).isFalse();
    }

    @Test
    void colonPortTakesTheDefaultListenOrAdvertisedHost() throws IOException {
        Config c = load(
                "dbms.default_listen_address=0.0.0.0",
                "dbms.default_advertised_address=db.example.org",
                "dbms.connector.http.listen_address=:8080");
        assertThat(c.address(Setting.HTTP_LISTEN_ADDRESS)).isEqualTo(new HostPort("0.0.0.0", 8080));
        assertThat(c.address(Setting.BOLT_ADVERTISED_ADDRESS)).isEqualTo(new HostPort("db.example.org", 7687));
    }

    @Test
    void configKnowsWhichSettingsWereWritten() throws IOException {
        Config c = load("dbms.connector.bolt.listen_address=:1");
        assertThat(c.isWritten(Setting.BOLT_LISTEN_ADDRESS)).isTrue();
        assertThat(c.isWritten(Setting.BOLT_ADVERTISED_ADDRESS)).isFalse();
    }

    @Test
    void setOverridesTheFileAndTheLastSetWins() throws IOException {
        write("dbms.connector.bolt.listen_address=:1111");
        Config c = loader.load(
                Optional.of(conf()),
                List.of("dbms.connector.bolt.listen_address=:2222", "server.bolt.listen_address=:3333"));
        assertThat(c.address(Setting.BOLT_LISTEN_ADDRESS).port()).isEqualTo(3333);
    }

    @Test
    void environmentVariablesAreExpanded() throws IOException {
        Config c = load("dbms.connector.bolt.listen_address=127.0.0.1:${BOLT_PORT}", "server.directories.data=${DATA}");
        assertThat(c.address(Setting.BOLT_LISTEN_ADDRESS)).isEqualTo(new HostPort("127.0.0.1", 17687));
        assertThat(c.path(Setting.DATA_DIRECTORY, dir)).isEqualTo(Path.of("/srv/graph"));
    }

    @Test
    void unsetEnvironmentVariableNamesVariableKeyAndLine() throws IOException {
        assertThatThrownBy(() -> load("dbms.default_database=x", "dbms.connector.bolt.listen_address=:${NOPE}"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid value for 'dbms.connector.bolt.listen_address': environment variable 'NOPE' is"
                        + " not set (conf/quiver.conf:2; expected: a value, or ${NAME} with NAME set in the"
                        + " environment)");
        assertThatThrownBy(() -> load("metrics.prefix=${OPEN"))
                .hasMessageContaining("'${OPEN' has '${' without a closing '}' (conf/quiver.conf:1");
    }

    @Test
    void misspeltKeyNamesKeyLineAndSuggestion() throws IOException {
        assertThatThrownBy(() -> load("# header", "dbms.conector.bolt.enabled=true"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting 'dbms.conector.bolt.enabled' (conf/quiver.conf:2; did you mean"
                        + " 'dbms.connector.bolt.enabled'?)");
    }

    @Test
    void unknownKeyWithoutSuggestionSaysHowToRelax() throws IOException {
        assertThatThrownBy(() -> load("apoc.export.file.enabled=true"))
                .hasMessage("unknown setting 'apoc.export.file.enabled' (conf/quiver.conf:1; set"
                        + " server.config.strict_validation.enabled=false to only warn)");
    }

    @Test
    void withoutStrictValidationUnknownKeysAreWarnings() throws IOException {
        Config c = load("apoc.export.file.enabled=true", "server.config.strict_validation.enabled=false");
        assertThat(c.warnings()).containsExactly("unknown setting 'apoc.export.file.enabled' (conf/quiver.conf:1)");
    }

    @Test
    void aNeo4jConfWithSettingsThatMeanNothingHereStillLoadsWithWarnings() throws IOException {
        Config c = load(
                "dbms.memory.pagecache.size=10g",
                "server.memory.pagecache.size=10g",
                "dbms.security.procedures.unrestricted=apoc.*",
                "dbms.connector.bolt.listen_address=:7688");
        assertThat(c.warnings())
                .hasSize(3)
                .first()
                .isEqualTo("setting 'dbms.memory.pagecache.size' has no effect in Quiver: the graph is held in the"
                        + " heap; size it with dbms.memory.heap.max_size (conf/quiver.conf:1)");
    }

    @Test
    void noInertSettingShadowsARealOne() {
        for (InertNeo4jSetting inert : InertNeo4jSetting.values()) {
            for (String name : inert.names()) {
                assertThat(ConfigLoader.setting(name)).as(name).isEmpty();
            }
        }
    }

    @Test
    void badValueNamesKeyValueLineAndWhatIsValid() throws IOException {
        assertThatThrownBy(() -> load("dbms.connector.http.enabled=yes"))
                .hasMessage("invalid value for 'dbms.connector.http.enabled': 'yes' is not a boolean"
                        + " (conf/quiver.conf:1; expected: true or false)");
        assertThatThrownBy(() -> load("dbms.memory.heap.max_size=big"))
                .hasMessage("invalid value for 'dbms.memory.heap.max_size': 'big' is not a size (conf/quiver.conf:1;"
                        + " expected: a size in bytes with an optional unit k, m, g or t, e.g. 512m or 2g)");
    }

    @Test
    void badSetValueIsReportedAsComingFromTheCommandLine() {
        assertThatThrownBy(() -> loader.load(Optional.empty(), List.of("dbms.connector.bolt.listen_address=:99999")))
                .hasMessage("invalid value for 'dbms.connector.bolt.listen_address': ':99999' has an invalid port"
                        + " '99999' (--set; expected: host:port or :port, e.g. 0.0.0.0:7687 or :7687 (port 0-65535))");
        assertThatThrownBy(() -> loader.load(Optional.empty(), List.of("novalue")))
                .hasMessage("--set 'novalue' is not key=value (expected e.g. --set dbms.connector.bolt.enabled=false)");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        assertThatThrownBy(() -> load("dbms.mode=SOLO", "just some words", "dbms.shell.port=x"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .hasSize(3)
                        .anySatisfy(p -> assertThat(p).contains("'SOLO' is not one of"))
                        .anySatisfy(p -> assertThat(p).startsWith("line 'just some words' is not key=value"))
                        .anySatisfy(p -> assertThat(p).contains("dbms.shell.port")));
    }

    @Test
    void jvmAdditionalRepeatsInOrder() throws IOException {
        Config c = load(
                "dbms.jvm.additional=-XX:+UseG1GC",
                "dbms.jvm.additional=-Dcom.sun.management.jmxremote.port=3637",
                "server.jvm.additional=-Dx=y");
        assertThat(c.jvmAdditional())
                .containsExactly("-XX:+UseG1GC", "-Dcom.sun.management.jmxremote.port=3637", "-Dx=y");
    }

    @Test
    void repeatedKeyInTheFileWarnsAndLastWins() throws IOException {
        Config c = load("dbms.shell.port=1", "dbms.shell.port=2");
        assertThat(c.port(Setting.SHELL_PORT)).isEqualTo(2);
        assertThat(c.warnings())
                .containsExactly("setting 'dbms.shell.port' is set more than once (conf/quiver.conf:1 and"
                        + " conf/quiver.conf:2); the last one wins");
    }

    @Test
    void emptyValueMeansTheDefault() throws IOException {
        Config c = load("dbms.connector.bolt.listen_address=");
        assertThat(c.address(Setting.BOLT_LISTEN_ADDRESS).port()).isEqualTo(7687);
    }

    @Test
    void unbuiltRowsAreValidatedButCannotBeTurnedOn() throws IOException {
        assertThat(load("dbms.backup.address=0.0.0.0:7000-7010").portRange(Setting.BACKUP_ADDRESS))
                .isEqualTo(new HostPortRange("0.0.0.0", 7000, 7010));
        assertThatThrownBy(() -> load("dbms.backup.address=0.0.0.0:7010-7000"))
                .hasMessageContaining("ends (7000) before it starts (7010)");
        assertThatThrownBy(() -> load("dbms.backup.enabled=true"))
                .hasMessage("'dbms.backup.enabled=true' turns on online backup, which this version of Quiver does"
                        + " not provide yet (expected: dbms.backup.enabled=false)");
        assertThatThrownBy(() -> load("dbms.mode=CORE")).hasMessageContaining("turns on causal clustering");
        assertThatThrownBy(() -> load("dbms.mode=HA")).hasMessageContaining("turns on HA (master/slave)");
        assertThatThrownBy(() -> load("metrics.graphite.enabled=true")).hasMessageContaining("Graphite");
        assertThatThrownBy(() -> load("dbms.shell.enabled=true")).hasMessageContaining("legacy remote shell");
        assertThat(load("dbms.security.auth_enabled=true").bool(Setting.AUTH_ENABLED))
                .isTrue();
        assertThat(load("dbms.connector.bolt.tls_level=REQUIRED").text(Setting.BOLT_TLS_LEVEL))
                .contains("REQUIRED");
    }

    @Test
    void everyDefaultParsesAsItsOwnType() {
        for (Setting s : Setting.values()) {
            s.defaultValue().ifPresent(d -> assertThat(s.parse(d)).as(s.key()).isNotNull());
            assertThat(ConfigLoader.setting(s.key())).contains(s);
            s.aliases().forEach(a -> assertThat(ConfigLoader.setting(a)).as(a).contains(s));
        }
    }

    private Config load(String... lines) throws IOException {
        write(lines);
        return loader.load(Optional.of(conf()), List.of());
    }

    private void write(String... lines) throws IOException {
        Files.createDirectories(conf().getParent());
        Files.write(conf(), List.of(lines), StandardCharsets.UTF_8);
    }

    private Path conf() {
        return dir.resolve("conf/quiver.conf");
    }
}
