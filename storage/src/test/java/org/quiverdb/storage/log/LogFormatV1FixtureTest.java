package org.quiverdb.storage.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.storage.format.BytesIn;
import org.quiverdb.storage.format.BytesOut;
import org.quiverdb.storage.io.InMemoryFileSystem;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.StringValue;

/** Version 1 log bytes written by an early build must stay readable forever. */
class LogFormatV1FixtureTest {
    static byte[] fixture(String name) throws IOException {
        try (InputStream in = LogFormatV1FixtureTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void version1SegmentFixtureDecodes() throws IOException {
        InMemoryFileSystem fs = new InMemoryFileSystem();
        Path dir = Path.of("/fixture");
        byte[] bytes = fixture("txlog-v1.bin");
        try (FileSystem.AppendChannel channel = fs.openAppend(LogSegments.path(dir, 0))) {
            channel.write(bytes, 0, bytes.length);
        }
        List<Long> txIds = new ArrayList<>();
        List<List<Command>> entries = new ArrayList<>();
        LogScan scan = new LogReader(fs, dir).replay(0, (txId, commands) -> {
            txIds.add(txId);
            entries.add(commands);
        });
        assertThat(scan.warnings()).isEmpty();
        assertThat(txIds).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(entries.get(0)).containsExactly(new Command.CreateToken(TokenKind.LABEL, 0, "Person"));
        assertThat(entries.get(4))
                .contains(new Command.CreateNode(0), new Command.SetNodeProperty(0, 0, StringValue.of("Ada")));
        assertThat(entries.get(5))
                .containsExactly(new Command.RemoveNodeProperty(1, 0), new Command.DeleteRelationship(0));
    }

    @Test
    void javadocExampleOfCommandsHolds() {
        BytesOut out = new BytesOut(8);
        CommandFormatV1.write(out, List.of(new Command.CreateNode(5), new Command.AddLabel(5, 0)));
        assertThat(out.toByteArray()).containsExactly(0x02, 0x01, 0x05, 0x03, 0x05, 0x00);
    }

    @Property(tries = 200)
    void commandListsRoundTrip(@ForAll("commands") List<Command> commands) {
        BytesOut out = new BytesOut(64);
        CommandFormatV1.write(out, commands);
        assertThat(CommandFormatV1.read(BytesIn.of(out.toByteArray()))).isEqualTo(commands);
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        Arbitrary<Long> ids = Arbitraries.longs().between(0, Integer.MAX_VALUE);
        Arbitrary<Integer> tokens = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Command> command = Arbitraries.oneOf(List.of(
                ids.map(Command.CreateNode::new),
                ids.map(Command.DeleteNode::new),
                net.jqwik.api.Combinators.combine(ids, tokens).as(Command.AddLabel::new),
                net.jqwik.api.Combinators.combine(ids, tokens).as(Command.RemoveLabel::new),
                net.jqwik.api.Combinators.combine(ids, tokens, Arbitraries.longs())
                        .as((n, k, v) -> new Command.SetNodeProperty(n, k, IntegerValue.of(v))),
                net.jqwik.api.Combinators.combine(ids, tokens, ids, ids).as(Command.CreateRelationship::new),
                ids.map(Command.DeleteRelationship::new),
                net.jqwik.api.Combinators.combine(
                                ids, tokens, Arbitraries.strings().ofMaxLength(10))
                        .as((r, k, v) -> new Command.SetRelationshipProperty(r, k, StringValue.of(v))),
                net.jqwik.api.Combinators.combine(ids, tokens).as(Command.RemoveRelationshipProperty::new),
                net.jqwik.api.Combinators.combine(
                                Arbitraries.of(TokenKind.class),
                                tokens,
                                Arbitraries.strings().ofMaxLength(10))
                        .as(Command.CreateToken::new)));
        return command.list().ofMaxSize(20);
    }
}
