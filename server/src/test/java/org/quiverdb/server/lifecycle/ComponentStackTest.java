package org.quiverdb.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentStackTest {
    private final List<String> events = new ArrayList<>();

    @Test
    void startsInOrderAndStopsInReverse() {
        ComponentStack stack = new ComponentStack(List.of(part("databases"), part("bolt"), part("http")));
        stack.start();
        assertThat(stack.startedNames()).containsExactly("databases", "bolt", "http");
        stack.stop();
        assertThat(events)
                .containsExactly(
                        "start databases", "start bolt", "start http", "stop http", "stop bolt", "stop databases");
    }

    @Test
    void failedStartStopsWhatStartedAndNamesTheComponent() {
        ComponentStack stack = new ComponentStack(List.of(part("databases"), failing("bolt"), part("http")));
        assertThatThrownBy(stack::start)
                .isInstanceOf(StartupException.class)
                .hasMessage("bolt failed to start: no luck");
        assertThat(events).containsExactly("start databases", "stop databases");
        assertThat(stack.startedNames()).isEmpty();
    }

    @Test
    void aStopFailureDoesNotSkipTheOthersAndStopIsIdempotent() {
        Component bad = new Component() {
            @Override
            public String name() {
                return "bad";
            }

            @Override
            public void start() {
                events.add("start bad");
            }

            @Override
            public void stop() {
                throw new IllegalStateException("stuck");
            }
        };
        ComponentStack stack = new ComponentStack(List.of(part("databases"), bad));
        stack.start();
        stack.stop();
        stack.stop();
        assertThat(events).containsExactly("start databases", "start bad", "stop databases");
    }

    private Component part(String name) {
        return new Component() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void start() {
                events.add("start " + name);
            }

            @Override
            public void stop() {
                events.add("stop " + name);
            }
        };
    }

    private Component failing(String name) {
        return new Component() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void start() {
                throw new IllegalStateException("no luck");
            }

            @Override
            public void stop() {
                events.add("stop " + name);
            }
        };
    }
}
