package org.quiverdb.bolt.packstream;

import org.quiverdb.values.value.Value;

/** Turns a structure's fields into a value; the tag set it accepts depends on the Bolt dialect. */
@FunctionalInterface
public interface StructureDecoder {
    /** A decoder that accepts no structure at all. */
    StructureDecoder NONE = (tag, fields, reader, depth) -> {
        throw new PackStreamException("unexpected structure with tag 0x" + Integer.toHexString(tag));
    };

    /**
     * Reads the {@code fields} fields of a structure tagged {@code tag} from {@code reader}
     * (nested values at {@code depth + 1}).
     */
    Value decode(int tag, int fields, PackStreamReader reader, int depth);
}
