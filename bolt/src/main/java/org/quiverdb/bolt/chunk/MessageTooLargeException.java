package org.quiverdb.bolt.chunk;

/** A message whose chunks add up to more than the configured limit; the connection is closed. */
public final class MessageTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MessageTooLargeException(String message) {
        super(message);
    }
}
