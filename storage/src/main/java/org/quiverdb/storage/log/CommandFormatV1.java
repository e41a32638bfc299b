package org.quiverdb.storage.log;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.storage.format.BytesIn;
import org.quiverdb.storage.format.BytesOut;
import org.quiverdb.storage.format.CorruptDataException;
import org.quiverdb.storage.format.ValueFormat;

/**
 * The payload of a log entry, version 1: a transaction's commands. "var" is unsigned LEB128;
 * values use {@link ValueFormat}.
 *
 * <pre>
 * field            encoding
 * command count n  var
 * n commands       tag byte, then the fields below
 *
 * tag  command                     fields
 *  1   CreateNode                  var node
 *  2   DeleteNode                  var node
 *  3   AddLabel                    var node, var label
 *  4   RemoveLabel                 var node, var label
 *  5   SetNodeProperty             var node, var key, value
 *  6   RemoveNodeProperty          var node, var key
 *  7   CreateRelationship          var rel, var type, var start, var end
 *  8   DeleteRelationship          var rel
 *  9   SetRelationshipProperty     var rel, var key, value
 * 10   RemoveRelationshipProperty  var rel, var key
 * 11   CreateToken                 kind byte (0 label, 1 type, 2 key), var id, string name
 * </pre>
 *
 * Example: CreateNode 5 then AddLabel(5, 0) → {@code 02 01 05 03 05 00}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CommandFormatV1 {
    private CommandFormatV1() {}

    public static void write(BytesOut out, List<Command> commands) {
        out.writeVarLong(commands.size());
        for (Command command : commands) {
            writeOne(out, command);
        }
    }

    private static void writeOne(BytesOut out, Command command) {
        if (command instanceof Command.CreateNode c) {
            out.writeByte(1).writeVarLong(c.node());
        } else if (command instanceof Command.DeleteNode c) {
            out.writeByte(2).writeVarLong(c.node());
        } else if (command instanceof Command.AddLabel c) {
            out.writeByte(3).writeVarLong(c.node()).writeVarLong(c.label());
        } else if (command instanceof Command.RemoveLabel c) {
            out.writeByte(4).writeVarLong(c.node()).writeVarLong(c.label());
        } else if (command instanceof Command.SetNodeProperty c) {
            out.writeByte(5).writeVarLong(c.node()).writeVarLong(c.key());
            ValueFormat.write(out, c.value());
        } else if (command instanceof Command.RemoveNodeProperty c) {
            out.writeByte(6).writeVarLong(c.node()).writeVarLong(c.key());
        } else if (command instanceof Command.CreateRelationship c) {
            out.writeByte(7)
                    .writeVarLong(c.relationship())
                    .writeVarLong(c.type())
                    .writeVarLong(c.startNode())
                    .writeVarLong(c.endNode());
        } else if (command instanceof Command.DeleteRelationship c) {
            out.writeByte(8).writeVarLong(c.relationship());
        } else if (command instanceof Command.SetRelationshipProperty c) {
            out.writeByte(9).writeVarLong(c.relationship()).writeVarLong(c.key());
            ValueFormat.write(out, c.value());
        } else if (command instanceof Command.RemoveRelationshipProperty c) {
            out.writeByte(10).writeVarLong(c.relationship()).writeVarLong(c.key());
        } else if (command instanceof Command.CreateToken c) {
            out.writeByte(11).writeByte(c.kind().code()).writeVarLong(c.id()).writeString(c.name());
        }
    }

    public static List<Command> read(BytesIn in) {
        int count = in.readVarInt();
        if (count > in.remaining()) {
            throw new CorruptDataException("command count " + count + " (expected: <= " + in.remaining() + ")");
        }
        List<Command> commands = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            commands.add(readOne(in));
        }
        return commands;
    }

    private static Command readOne(BytesIn in) {
        int tag = in.readByte();
        return switch (tag) {
            case 1 -> new Command.CreateNode(in.readVarLong());
            case 2 -> new Command.DeleteNode(in.readVarLong());
            case 3 -> new Command.AddLabel(in.readVarLong(), in.readVarInt());
            case 4 -> new Command.RemoveLabel(in.readVarLong(), in.readVarInt());
            case 5 -> new Command.SetNodeProperty(in.readVarLong(), in.readVarInt(), ValueFormat.read(in));
            case 6 -> new Command.RemoveNodeProperty(in.readVarLong(), in.readVarInt());
            case 7 ->
                new Command.CreateRelationship(in.readVarLong(), in.readVarInt(), in.readVarLong(), in.readVarLong());
            case 8 -> new Command.DeleteRelationship(in.readVarLong());
            case 9 -> new Command.SetRelationshipProperty(in.readVarLong(), in.readVarInt(), ValueFormat.read(in));
            case 10 -> new Command.RemoveRelationshipProperty(in.readVarLong(), in.readVarInt());
            case 11 -> new Command.CreateToken(tokenKind(in.readByte()), in.readVarInt(), in.readString());
            default -> throw new CorruptDataException("command tag " + tag + " (expected: 1..11)");
        };
    }

    public static TokenKind tokenKind(int code) {
        TokenKind kind = TokenKind.ofCode(code);
        if (kind == null) {
            throw new CorruptDataException("token kind " + code + " (expected: 0..2)");
        }
        return kind;
    }
}
