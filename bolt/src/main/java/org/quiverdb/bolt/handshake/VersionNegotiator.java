package org.quiverdb.bolt.handshake;

import java.util.List;

/**
 * Picks the version to speak from a client's four proposals, as Neo4j does: walk the slots in
 * order, skip empty ones; a manifest v1 request wins if it comes first; otherwise the first slot
 * with any supported version in its range wins, with the highest such version. Stateless.
 */
public final class VersionNegotiator {
    /** What the handshake answers. */
    public sealed interface Outcome {}

    /** Answer with one concrete version. */
    public record Chosen(BoltVersion version) implements Outcome {}

    /** Answer with the manifest of supported ranges; the client chooses. */
    public record Manifest() implements Outcome {}

    /** Nothing in common: answer zero and close. */
    public record NoCommonVersion() implements Outcome {}

    private final List<BoltVersion> supported;

    public VersionNegotiator(List<BoltVersion> supported) {
        this.supported = List.copyOf(supported);
    }

    public List<BoltVersion> supported() {
        return supported;
    }

    public Outcome negotiate(int[] slots) {
        for (int slot : slots) {
            if (slot == HandshakeFormat.NO_VERSION) {
                continue;
            }
            int major = HandshakeFormat.major(slot);
            if (major == 0xFF) {
                if (HandshakeFormat.minor(slot) == 1) {
                    return new Manifest();
                }
                continue;
            }
            int high = HandshakeFormat.minor(slot);
            int low = Math.max(0, high - HandshakeFormat.range(slot));
            for (BoltVersion v : supported) {
                if (v.major() == major && v.minor() >= low && v.minor() <= high) {
                    return new Chosen(v);
                }
            }
        }
        return new NoCommonVersion();
    }

    /** True when a client's manifest choice is one this server offered. */
    public boolean accepts(int chosenSlot) {
        if (HandshakeFormat.range(chosenSlot) != 0 || (chosenSlot >>> 24) != 0) {
            return false;
        }
        return supported.contains(
                new BoltVersion(HandshakeFormat.major(chosenSlot), HandshakeFormat.minor(chosenSlot)));
    }
}
