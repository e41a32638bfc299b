package org.quiverdb.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingParsersTest {
    @Test
    void booleansAreTrueOrFalseInAnyCase() {
        assertThat(SettingParsers.bool("true")).isTrue();
        assertThat(SettingParsers.bool("FALSE")).isFalse();
        assertThatThrownBy(() -> SettingParsers.bool("yes"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'yes' is not a boolean");
    }

    @Test
    void portsAreZeroTo65535() {
        assertThat(SettingParsers.port("0")).isZero();
        assertThat(SettingParsers.port("65535")).isEqualTo(65535);
        assertThatThrownBy(() -> SettingParsers.port("65536")).hasMessage("port 65536 is out of range");
        assertThatThrownBy(() -> SettingParsers.port("-1")).hasMessage("port -1 is negative");
        assertThatThrownBy(() -> SettingParsers.port("http")).hasMessage("'http' is not a port number");
    }

    @Test
    void socketAddressesTakeHostPortColonPortOrBareHost() {
        assertThat(SettingParsers.hostPort("0.0.0.0:7687", -1)).isEqualTo(new HostPort("0.0.0.0", 7687));
        assertThat(SettingParsers.hostPort(":7474", -1)).isEqualTo(new HostPort("", 7474));
        assertThat(SettingParsers.hostPort("[::1]:7687", -1)).isEqualTo(new HostPort("::1", 7687));
        assertThat(SettingParsers.hostPort("example.org", 7687)).isEqualTo(new HostPort("example.org", 7687));
        assertThat(new HostPort("::1", 7687)).hasToString("[::1]:7687");
    }

    @Test
    void socketAddressErrorsNameThePart() {
        assertThatThrownBy(() -> SettingParsers.hostPort("localhost:70000", -1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'localhost:70000' has an invalid port '70000'")
                .extracting(e -> ((InvalidValueException) e).expected())
                .asString()
                .contains("host:port");
        assertThatThrownBy(() -> SettingParsers.hostPort("localhost:", -1))
                .hasMessage("'localhost:' has no port after ':'");
        assertThatThrownBy(() -> SettingParsers.hostPort("localhost", -1)).hasMessage("'localhost' has no port");
        assertThatThrownBy(() -> SettingParsers.hostPort("bad host:1", -1))
                .hasMessage("'bad host' is not a host name or IP address");
    }

    @Test
    void portRangesAcceptARangeOrOnePort() {
        assertThat(SettingParsers.hostPortRange("127.0.0.1:6362-6372"))
                .isEqualTo(new HostPortRange("127.0.0.1", 6362, 6372));
        assertThat(SettingParsers.hostPortRange(":6362")).isEqualTo(new HostPortRange("", 6362, 6362));
        assertThat(new HostPortRange("127.0.0.1", 6362, 6372)).hasToString("127.0.0.1:6362-6372");
        assertThatThrownBy(() -> SettingParsers.hostPortRange("127.0.0.1:6372-6362"))
                .hasMessage("'127.0.0.1:6372-6362' has a range that ends (6362) before it starts (6372)");
        assertThatThrownBy(() -> SettingParsers.hostPortRange("127.0.0.1:6362-x"))
                .hasMessage("'127.0.0.1:6362-x' has an invalid port 'x'");
        assertThatThrownBy(() -> SettingParsers.hostPortRange("127.0.0.1"))
                .hasMessage("'127.0.0.1' has no port or port range");
    }

    @Test
    void addressListsAreCommaSeparated() {
        assertThat(SettingParsers.addressList("core1:5000, core2:5000"))
                .isEqualTo(List.of(new HostPort("core1", 5000), new HostPort("core2", 5000)));
        assertThatThrownBy(() -> SettingParsers.addressList("core1:5000,,core2:5000"))
                .hasMessage("'core1:5000,,core2:5000' has an empty entry");
    }

    @Test
    void durationsTakeUnitsAndCombinations() {
        assertThat(SettingParsers.duration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(SettingParsers.duration("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(SettingParsers.duration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(SettingParsers.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(SettingParsers.duration("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(SettingParsers.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(SettingParsers.duration("30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(SettingParsers.duration("0")).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> SettingParsers.duration("10 minutes")).hasMessage("'10 minutes' is not a duration");
        assertThatThrownBy(() -> SettingParsers.duration("")).hasMessage("'' is not a duration");
        assertThatThrownBy(() -> SettingParsers.duration("s")).hasMessage("'s' is not a duration");
    }

    @Test
    void sizesAreBinaryMultiples() {
        assertThat(SettingParsers.byteSize("512")).isEqualTo(512L);
        assertThat(SettingParsers.byteSize("1k")).isEqualTo(1024L);
        assertThat(SettingParsers.byteSize("512m")).isEqualTo(512L << 20);
        assertThat(SettingParsers.byteSize("2g")).isEqualTo(2L << 30);
        assertThat(SettingParsers.byteSize("2G")).isEqualTo(2L << 30);
        assertThat(SettingParsers.byteSize("64MiB")).isEqualTo(64L << 20);
        assertThat(SettingParsers.byteSize("1t")).isEqualTo(1L << 40);
        assertThatThrownBy(() -> SettingParsers.byteSize("lots")).hasMessage("'lots' is not a size");
        assertThatThrownBy(() -> SettingParsers.byteSize("99999999999999t"))
                .hasMessage("'99999999999999t' is too large");
    }

    @Test
    void enumeratedValuesAreCaseInsensitiveAndCanonical() {
        assertThat(SettingType.DBMS_MODE.parse("core", -1)).isEqualTo("CORE");
        assertThat(SettingType.TLS_LEVEL.parse("Optional", -1)).isEqualTo("OPTIONAL");
        assertThatThrownBy(() -> SettingType.TLS_LEVEL.parse("ALWAYS", -1))
                .hasMessage("'ALWAYS' is not one of [REQUIRED, OPTIONAL, DISABLED]");
    }

    @Test
    void integersAndHosts() {
        assertThat(SettingParsers.integer("42")).isEqualTo(42L);
        assertThatThrownBy(() -> SettingParsers.integer("4x")).hasMessage("'4x' is not an integer");
        assertThat(SettingParsers.host("[::1]")).isEqualTo("::1");
        assertThatThrownBy(() -> SettingParsers.host("")).hasMessage("'' is not a host name or IP address");
    }
}
