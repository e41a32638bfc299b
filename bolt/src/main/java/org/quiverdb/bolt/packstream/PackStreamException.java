package org.quiverdb.bolt.packstream;

/**
 * Bytes that are not valid PackStream (or not a valid structure for the negotiated version). The
 * connection that sent them cannot be trusted to be in sync any more: the protocol answers with
 * FAILURE {@code Neo.ClientError.Request.InvalidFormat} and closes it.
 */
public final class PackStreamException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PackStreamException(String message) {
        super(message);
    }
}
