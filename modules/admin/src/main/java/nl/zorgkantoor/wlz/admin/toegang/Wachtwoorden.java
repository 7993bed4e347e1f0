package nl.zorgkantoor.wlz.admin.toegang;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
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

    /**
     * bcrypt cost 4 for machine secrets of chain partners: every SOAP call authenticates (HTTP Basic), and cost 10
     * would spend ~70 ms of CPU per message. Key stretching protects guessable human passwords; a machine secret of
     * at least {@value #MINIMALE_LENGTE_MACHINE} characters is not guessable, so the low cost loses nothing.
     */
    static final int KOSTEN_MACHINE = 4;
    public static final int MINIMALE_LENGTE_MACHINE = 24;

    /** @throws IllegalArgumentException with a Dutch message when the secret is shorter than 24 characters */
    public static String hashMachinesleutel(char[] sleutel) {
        if (sleutel == null || sleutel.length < MINIMALE_LENGTE_MACHINE) {
            throw new IllegalArgumentException("Een sleutel van een ketenpartner heeft minstens "
                    + MINIMALE_LENGTE_MACHINE + " tekens.");
        }
        return hashZonderControle(sleutel, KOSTEN_MACHINE);
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
