package org.quiverdb.bolt.message;

/**
 * Message signatures. Each message is one PackStream structure whose tag is the signature.
 *
 * <pre>
 * sig  request            fields                                        versions
 * 01   INIT / HELLO       user_agent, auth (1/2) / extra (3+)            all
 * 02   GOODBYE            -                                              3+
 * 0E   ACK_FAILURE        -                                              1, 2
 * 0F   RESET              -                                              all
 * 10   RUN                query, params (1/2) + extra (3+)               all
 * 11   BEGIN              extra                                          3+
 * 12   COMMIT             -                                              3+
 * 13   ROLLBACK           -                                              3+
 * 2F   DISCARD_ALL / DISCARD   - (1..3) / {n, qid} (4+)                  all
 * 3F   PULL_ALL / PULL    - (1..3) / {n, qid} (4+)                       all
 * 54   TELEMETRY          api                                            5.4+
 * 66   ROUTE              routing, bookmarks, db (4.3) / extra (4.4+)    4.3+
 * 6A   LOGON              auth                                           5.1+
 * 6B   LOGOFF             -                                              5.1+
 * sig  response
 * 70   SUCCESS            metadata
 * 71   RECORD             list of values
 * 7E   IGNORED            -
 * 7F   FAILURE            metadata
 * </pre>
 *
 * Example: RESET is {@code B0 0F}; IGNORED is {@code B0 7E}; RUN "RETURN 1" {} {} is {@code B3 10
 * 88 52 45 54 55 52 4E 20 31 A0 A0}.
 */
public final class MessageFormat {
    public static final int HELLO = 0x01;
    public static final int GOODBYE = 0x02;
    public static final int ACK_FAILURE = 0x0E;
    public static final int RESET = 0x0F;
    public static final int RUN = 0x10;
    public static final int BEGIN = 0x11;
    public static final int COMMIT = 0x12;
    public static final int ROLLBACK = 0x13;
    public static final int DISCARD = 0x2F;
    public static final int PULL = 0x3F;
    public static final int TELEMETRY = 0x54;
    public static final int ROUTE = 0x66;
    public static final int LOGON = 0x6A;
    public static final int LOGOFF = 0x6B;
    public static final int SUCCESS = 0x70;
    public static final int RECORD = 0x71;
    public static final int IGNORED = 0x7E;
    public static final int FAILURE = 0x7F;

    private MessageFormat() {}
}
