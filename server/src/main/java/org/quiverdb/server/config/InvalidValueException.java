package org.quiverdb.server.config;

/**
 * A raw setting value that does not parse as its type. The message says what was wrong with the
 * value; {@link #expected()} says what would be valid. The loader adds the key and origin.
 */
public final class InvalidValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String expected;

    public InvalidValueException(String problem, String expected) {
        super(problem);
        this.expected = expected;
    }

    /** What a valid value looks like, e.g. {@code a port number 0-65535}. */
    public String expected() {
        return expected;
    }
}
