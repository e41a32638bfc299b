package org.quiverdb.bolt.api;

/** {@code dbms.connector.bolt.tls_level}: whether Bolt clients may, must or must not use TLS. */
public enum TlsLevel {
    /** Plain connections only; a TLS ClientHello is refused. */
    DISABLED,
    /** Both plain and TLS connections on the same port. */
    OPTIONAL,
    /** TLS only; a plain connection is closed. */
    REQUIRED
}
