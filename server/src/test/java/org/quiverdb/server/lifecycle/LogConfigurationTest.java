package org.quiverdb.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogConfigurationTest {
    @TempDir
    Path logs;

    @Test
    void userLogGoesToQuiverLogAndEverythingToDebugLog() throws IOException {
        LogConfiguration.configure(logs, LogConfiguration.Console.NONE);
        UserLog.get().info("listening on 127.0.0.1:7687");
        LoggerFactory.getLogger(LogConfigurationTest.class).debug("internal detail");
        LoggerFactory.getLogger("io.netty.Something").debug("library chatter");
        LogConfiguration.shutdown();

        String user = Files.readString(logs.resolve("quiver.log"), StandardCharsets.UTF_8);
        String debug = Files.readString(logs.resolve("debug.log"), StandardCharsets.UTF_8);
        assertThat(user).contains("INFO  listening on 127.0.0.1:7687").doesNotContain("internal detail");
        assertThat(debug)
                .contains("listening on 127.0.0.1:7687", "internal detail")
                .doesNotContain("library chatter");
    }

    @Test
    void filesRollOverBySizeKeepingNumberedOldFiles() throws IOException {
        LogConfiguration.configure(logs, LogConfiguration.Console.NONE, "10KB", 0);
        String line = "x".repeat(200);
        for (int i = 0; i < 400; i++) {
            UserLog.get().info("{} {}", i, line);
        }
        LogConfiguration.shutdown();
        assertThat(logs.resolve("quiver.log.1")).exists();
        assertThat(logs.resolve("debug.log.1")).exists();
        assertThat(Files.size(logs.resolve("quiver.log"))).isLessThan(64 * 1024);
    }
}
