package nl.zorgkantoor.wlz.budget.domain.signaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignaalTest {

    @Test
    void eenSignaalSluitenVraagtEenReden() {
        assertThatThrownBy(() -> new Sluitreden("  ")).hasMessage("Geef een reden om het signaal te sluiten");
        assertThatThrownBy(() -> new Sluitreden("x".repeat(1001))).hasMessageContaining("te lang");
        assertThat(new Sluitreden("  omgezet naar mpt ").tekst()).isEqualTo("omgezet naar mpt");
    }

    @Test
    void elkeControleNoemtDeRegelWaaropZeRust() {
        // RULES B-01 (boven plafond), L-03 (pgb bij 5GGZ-W), T-02 (toeslagvoorwaarde), B-02 (instellingsgebonden thuis)
        assertThat(Signaalsoort.BOVEN_PLAFOND.regel()).isEqualTo("B-01");
        assertThat(Signaalsoort.PGB_BIJ_5GGZW.regel()).isEqualTo("L-03");
        assertThat(Signaalsoort.TOESLAG_ZONDER_VOORWAARDE.regel()).isEqualTo("T-02");
        assertThat(Signaalsoort.INSTELLINGSGEBONDEN_TOESLAG_THUIS.regel()).isEqualTo("B-02");
        // RULES E-05 (ekt met meerzorg of pab), P-01 (pab zonder recht), M-05 en E-07 (verlopen maar betaald)
        assertThat(Signaalsoort.EKT_MET_MEERZORG_OF_PAB.regel()).isEqualTo("E-05");
        assertThat(Signaalsoort.PAB_ZONDER_RECHT.regel()).isEqualTo("P-01");
        assertThat(Signaalsoort.MEERZORG_VERLOPEN_BETAALD.regel()).isEqualTo("M-05");
        assertThat(Signaalsoort.EKT_VERLOPEN_BETAALD.regel()).isEqualTo("E-07");
    }
}
