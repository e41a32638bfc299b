package org.quiverdb.server.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * What a launcher command gets from the outside world: the environment, a clock, the
 * distribution folder (when run from one) and how to start another JVM like this one. Immutable.
 *
 * @param random the server's source of randomness (Cypher's {@code rand()}, certificates)
 * @param javaCommand the {@code java} executable of this JVM
 * @param classPath this JVM's class path, for the background server
 */
public record LaunchContext(
        Map<String, String> env,
        Clock clock,
        Random random,
        Optional<Path> distribution,
        String javaCommand,
        String classPath) {
    public LaunchContext {
        env = Map.copyOf(env);
    }

    /** The command that runs {@link Main} in a new JVM with {@code jvmOptions}. */
    List<String> javaCommandLine(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(jvmOptions);
        distribution.ifPresent(d -> command.add("-D" + Main.DIST_PROPERTY + "=" + d));
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        return command;
    }
}
