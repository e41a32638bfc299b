package org.quiverdb.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.server.config.HostPort;
import org.quiverdb.server.config.Setting;

class PortProbeTest {
    @Test
    void takenPortFailsNamingConnectorPortAndSetting() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            ListenerAddress bolt =
                    new ListenerAddress("Bolt connector", Setting.BOLT_LISTEN_ADDRESS, new HostPort("127.0.0.1", port));
            assertThatThrownBy(() -> PortProbe.requireBindable(List.of(bolt)))
                    .isInstanceOf(StartupException.class)
                    .hasMessageStartingWith("the Bolt connector cannot listen on 127.0.0.1:" + port + ": port " + port
                            + " is already in use")
                    .hasMessageContaining("(set by dbms.connector.bolt.listen_address=127.0.0.1:" + port);
        }
    }

    @Test
    void unresolvableHostFailsNamingTheHost() {
        ListenerAddress http = new ListenerAddress(
                "HTTP connector", Setting.HTTP_LISTEN_ADDRESS, new HostPort("no-such-host.invalid", 7474));
        assertThatThrownBy(() -> PortProbe.requireBindable(List.of(http)))
                .hasMessageContaining("host 'no-such-host.invalid' cannot be resolved")
                .hasMessageContaining("dbms.connector.http.listen_address");
    }

    @Test
    void freePortsAndPortZeroPass() throws IOException {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        ListenerAddress a =
                new ListenerAddress("Bolt connector", Setting.BOLT_LISTEN_ADDRESS, new HostPort("127.0.0.1", free));
        ListenerAddress b =
                new ListenerAddress("HTTP connector", Setting.HTTP_LISTEN_ADDRESS, new HostPort("127.0.0.1", 0));
        assertThatCode(() -> PortProbe.requireBindable(List.of(a, b))).doesNotThrowAnyException();
    }
}
