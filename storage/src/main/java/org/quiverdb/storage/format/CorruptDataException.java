package org.quiverdb.storage.format;

/** Bytes that do not decode: a torn write, a flipped bit, or a file that is not ours. */
public final class CorruptDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CorruptDataException(String message) {
        super(message);
    }
}
