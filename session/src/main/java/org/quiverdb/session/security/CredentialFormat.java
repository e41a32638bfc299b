package org.quiverdb.session.security;

import java.util.Base64;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * How a hashed password is stored in the {@code credentials} property of a {@code User} node in
 * {@code system}: one ASCII string of comma-separated fields, so a future KDF is a new tag in field
 * 0 and old credentials stay readable.
 * <pre>
 * field  content
 *   0    format tag: scrypt-v1
 *   1    log2 of scrypt's cost N (CPU/memory), decimal
 *   2    scrypt block size r, decimal
 *   3    scrypt parallelism p, decimal
 *   4    salt, base64 (16 bytes)
 *   5    derived key, base64 (32 bytes)
 * </pre>
 * Example: N=2^14, r=8, p=1 → {@code scrypt-v1,14,8,1,<24 base64 chars>,<44 base64 chars>}
 */
final class CredentialFormat {
    static final String TAG = "scrypt-v1";
    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = 32;
    private static final int FIELDS = 6;
    private static final int MAX_COST_LOG2 = 22;

    private CredentialFormat() {}

    /** One decoded credential; salt and key are kept base64-encoded so the record stays immutable. */
    record Credential(int costLog2, int blockSize, int parallelism, String saltBase64, String keyBase64) {
        static Credential of(int costLog2, int blockSize, int parallelism, byte[] salt, byte[] key) {
            Base64.Encoder b64 = Base64.getEncoder();
            return new Credential(costLog2, blockSize, parallelism, b64.encodeToString(salt), b64.encodeToString(key));
        }

        byte[] salt() {
            return Base64.getDecoder().decode(saltBase64);
        }

        byte[] key() {
            return Base64.getDecoder().decode(keyBase64);
        }
    }

    static String encode(Credential c) {
        return TAG + "," + c.costLog2() + "," + c.blockSize() + "," + c.parallelism() + "," + c.saltBase64() + ","
                + c.keyBase64();
    }

    static Credential decode(String stored) {
        String[] f = stored.split(",", -1);
        if (f.length != FIELDS || !f[0].equals(TAG)) {
            throw corrupt("'" + f[0] + "' with " + f.length + " fields (expected: " + TAG + " with " + FIELDS + ")");
        }
        try {
            int cost = Integer.parseInt(f[1]);
            int r = Integer.parseInt(f[2]);
            int p = Integer.parseInt(f[3]);
            if (cost < 1 || cost > MAX_COST_LOG2 || r < 1 || r > 64 || p < 1 || p > 16) {
                throw corrupt("cost 2^" + cost + ", r " + r + ", p " + p + " (expected: 2^1..2^22, 1..64, 1..16)");
            }
            Credential c = new Credential(cost, r, p, f[4], f[5]);
            if (c.salt().length != SALT_BYTES || c.key().length != KEY_BYTES) {
                throw corrupt("salt " + c.salt().length + " bytes, key " + c.key().length + " bytes (expected: "
                        + SALT_BYTES + ", " + KEY_BYTES + ")");
            }
            return c;
        } catch (IllegalArgumentException e) {
            throw corrupt(e.getMessage());
        }
    }

    private static QuiverException corrupt(String detail) {
        return new QuiverException(Status.GENERAL_UNKNOWN_ERROR, "stored credentials unreadable: " + detail);
    }
}
