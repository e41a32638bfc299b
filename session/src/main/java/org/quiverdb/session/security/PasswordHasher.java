package org.quiverdb.session.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Hashes passwords with scrypt (BouncyCastle's implementation) and a fresh random salt, and checks
 * a password against a stored hash in constant time. The cost used for new hashes comes in through
 * the constructor (tests use a cheap one); a stored hash is checked with the cost it records.
 *
 * <p>Thread-safe when {@code random} is (pass a {@link java.security.SecureRandom}).
 */
final class PasswordHasher {
    /** scrypt N = 2^14, r = 8, p = 1: about 16 MiB and tens of milliseconds per hash. */
    static final int DEFAULT_COST_LOG2 = 14;

    private static final int BLOCK_SIZE = 8;
    private static final int PARALLELISM = 1;

    private final Random random;
    private final int costLog2;

    PasswordHasher(Random random, int costLog2) {
        this.random = random;
        this.costLog2 = costLog2;
    }

    /** A new stored credential for {@code password}. */
    String hash(String password) {
        byte[] salt = new byte[CredentialFormat.SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, costLog2, BLOCK_SIZE, PARALLELISM);
        return CredentialFormat.encode(CredentialFormat.Credential.of(costLog2, BLOCK_SIZE, PARALLELISM, salt, key));
    }

    /** True when {@code password} is the one {@code stored} was made from. */
    boolean matches(String password, String stored) {
        CredentialFormat.Credential c = CredentialFormat.decode(stored);
        byte[] key = derive(password, c.salt(), c.costLog2(), c.blockSize(), c.parallelism());
        return MessageDigest.isEqual(key, c.key());
    }

    private static byte[] derive(String password, byte[] salt, int costLog2, int r, int p) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        return SCrypt.generate(bytes, salt, 1 << costLog2, r, p, CredentialFormat.KEY_BYTES);
    }
}
