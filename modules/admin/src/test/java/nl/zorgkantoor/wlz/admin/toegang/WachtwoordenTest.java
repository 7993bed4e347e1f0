package nl.zorgkantoor.wlz.admin.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Passwords of people (bcrypt) and machine keys of chain partners (salted SHA-256), as the Elytron realms read them. */
class WachtwoordenTest {

    private static final String SLEUTEL = "Kp-7Qx2Lm9Vt4Rz8Wb3Ny6Hd";

    @Test
    void eenMachinesleutelIsEenGezoutenDigestDieAlleenDeEigenSleutelAanvaardt() {
        Wachtwoorden.Machinesleutel opgeslagen = Wachtwoorden.hashMachinesleutel(SLEUTEL.toCharArray());

        assertThat(java.util.Base64.getDecoder().decode(opgeslagen.digest())).hasSize(32);
        assertThat(java.util.Base64.getDecoder().decode(opgeslagen.zout())).hasSize(16);
        assertThat(opgeslagen.digest()).doesNotContain(SLEUTEL);
        assertThat(Wachtwoorden.kloptMachinesleutel(SLEUTEL.toCharArray(), opgeslagen)).isTrue();
        assertThat(Wachtwoorden.kloptMachinesleutel((SLEUTEL + "x").toCharArray(), opgeslagen)).isFalse();
    }

    @Test
    void elkeSleutelKrijgtEigenZoutZodatGelijkeSleutelsNietOpvallen() {
        Wachtwoorden.Machinesleutel a = Wachtwoorden.hashMachinesleutel(SLEUTEL.toCharArray());
        Wachtwoorden.Machinesleutel b = Wachtwoorden.hashMachinesleutel(SLEUTEL.toCharArray());

        assertThat(a.zout()).isNotEqualTo(b.zout());
        assertThat(a.digest()).isNotEqualTo(b.digest());
    }

    @Test
    void eenKorteMachinesleutelWordtGeweigerd() {
        assertThatThrownBy(() -> Wachtwoorden.hashMachinesleutel("WlzDemo2026!".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Een sleutel van een ketenpartner heeft minstens 24 tekens.");
    }

    @Test
    void eenWachtwoordVanEenMensBlijftBcrypt() {
        String hash = Wachtwoorden.hash("een-lang-wachtwoord".toCharArray());

        assertThat(hash).startsWith("$2a$10$");
        assertThat(Wachtwoorden.klopt("een-lang-wachtwoord".toCharArray(), hash)).isTrue();
        assertThat(Wachtwoorden.klopt("een-ander-wachtwoord".toCharArray(), hash)).isFalse();
    }
}
