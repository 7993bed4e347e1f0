package nl.zorgkantoor.wlz.admin.toegang;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.interfaces.SaltedSimpleDigestPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.spec.SaltedHashPasswordSpec;
import org.wildfly.security.password.spec.SaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords with bcrypt through Elytron's own password API, in modular crypt format ({@code $2a$12$…}), the
 * very format the server's jdbc-realm verifies at login (modular-crypt-mapper). Using the server's implementation
 * means a hash written here can never be unreadable for the realm.
 */
public final class Wachtwoorden {

    /** bcrypt cost 10 (2^10 rounds, OWASP minimum): about 70 ms per login here, slow enough against guessing at scale. */
    static final int KOSTEN = 10;
    /** Shorter passwords are refused; length beats complexity rules (NIST SP 800-63B). */
    public static final int MINIMALE_LENGTE = 12;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();

    private Wachtwoorden() {
    }

    /** @throws IllegalArgumentException with a Dutch message when the password is too weak */
    public static String hash(char[] wachtwoord) {
        controleer(wachtwoord);
        return hashZonderControle(wachtwoord, KOSTEN);
    }

    /** Shorter machine keys are refused; the check of a key is one SHA-256, so its length is its only protection. */
    public static final int MINIMALE_LENGTE_MACHINE = 24;

    /** 16 random bytes of salt per key, as the jdbc-realm's salted-simple-digest-mapper reads it (base64). */
    private static final int ZOUT_BYTES = 16;

    /**
     * A chain partner's machine key as a salted SHA-256 digest ({@code password-salt-digest-sha-256}, the algorithm of
     * the partner realm in configure.cli). Every SOAP call authenticates with HTTP Basic; bcrypt, even at cost 4, was
     * the largest CPU cost per message (JFR, bench/RESULTS.md 2026-11-24). Key stretching protects guessable human
     * passwords; a key of at least {@value #MINIMALE_LENGTE_MACHINE} random characters is not guessable, so a single
     * salted digest loses nothing (as for API tokens).
     *
     * @throws IllegalArgumentException with a Dutch message when the key is shorter than 24 characters
     */
    public static Machinesleutel hashMachinesleutel(char[] sleutel) {
        if (sleutel == null || sleutel.length < MINIMALE_LENGTE_MACHINE) {
            throw new IllegalArgumentException("Een sleutel van een ketenpartner heeft minstens "
                    + MINIMALE_LENGTE_MACHINE + " tekens.");
        }
        byte[] zout = new byte[ZOUT_BYTES];
        RANDOM.nextBytes(zout);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(
                    SaltedSimpleDigestPassword.ALGORITHM_PASSWORD_SALT_DIGEST_SHA_256, PROVIDER);
            SaltedSimpleDigestPassword digest = (SaltedSimpleDigestPassword) factory.generatePassword(
                    new EncryptablePasswordSpec(sleutel, new SaltedPasswordAlgorithmSpec(zout)));
            Base64.Encoder base64 = Base64.getEncoder();
            return new Machinesleutel(base64.encodeToString(digest.getDigest()), base64.encodeToString(digest.getSalt()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is niet beschikbaar: " + e.getMessage(), e);
        }
    }

    /** Verifies a machine key against its stored digest and salt, as the partner realm does. */
    public static boolean kloptMachinesleutel(char[] sleutel, Machinesleutel opgeslagen) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(
                    SaltedSimpleDigestPassword.ALGORITHM_PASSWORD_SALT_DIGEST_SHA_256, PROVIDER);
            Base64.Decoder base64 = Base64.getDecoder();
            Password digest = factory.generatePassword(new SaltedHashPasswordSpec(base64.decode(opgeslagen.digest()),
                    base64.decode(opgeslagen.zout())));
            return factory.verify(digest, sleutel);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A stored machine key: the SHA-256 digest of key and salt, and the salt, both base64. */
    public record Machinesleutel(String digest, String zout) {
    }

    static String hashZonderControle(char[] wachtwoord, int kosten) {
        byte[] zout = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(zout);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password bcrypt = factory.generatePassword(new EncryptablePasswordSpec(wachtwoord,
                    new IteratedSaltedPasswordAlgorithmSpec(kosten, zout)));
            return ModularCrypt.encodeAsString(bcrypt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is niet beschikbaar: " + e.getMessage(), e);
        }
    }

    /** Verifies a password against a stored modular crypt hash, as the realm does. */
    public static boolean klopt(char[] wachtwoord, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password opgeslagen = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(opgeslagen, wachtwoord);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static void controleer(char[] wachtwoord) {
        if (wachtwoord == null || wachtwoord.length < MINIMALE_LENGTE) {
            throw new IllegalArgumentException("Een wachtwoord heeft minstens " + MINIMALE_LENGTE + " tekens.");
        }
        if (new String(wachtwoord).isBlank()) {
            throw new IllegalArgumentException("Een wachtwoord bestaat niet alleen uit spaties.");
        }
    }
}
