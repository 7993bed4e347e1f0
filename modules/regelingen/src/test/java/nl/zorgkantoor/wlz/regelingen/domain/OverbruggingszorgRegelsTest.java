package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import static nl.zorgkantoor.wlz.regelingen.domain.Geval.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import org.junit.jupiter.api.Test;

class OverbruggingszorgRegelsTest {

    private static Geval geval(boolean wacht) {
        Geval g = new Geval().dienIn(Soort.OVERBRUGGINGSZORG, Aanvrager.ZORGKANTOOR, VANDAAG,
                feiten(Leveringsvorm.MPT).bouw()).inBehandeling();
        g.wacht = wacht;
        return g;
    }

    // RULES O-01
    @Test
    void o01_alleenVoorWieOpOpnameWacht() {
        assertThat(voldaan(geval(false).toets(), "O-01")).isFalse();
        assertThat(voldaan(geval(true).toets(), "O-01")).isTrue();
        Geval niet = geval(false);
        assertThatThrownBy(() -> niet.besluit(toekenning(VANDAAG, 2))).hasMessageContaining("wachtlijst");
    }

    // RULES O-01
    @Test
    void o01_tijdelijkTenHoogsteEenJaar() {
        Geval g = geval(true);
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 13))).hasMessageContaining("tijdelijk");
        g.besluit(toekenning(VANDAAG, 2));
        assertThat(g.aanvraag.besluit().periode().isOpen()).isFalse();
        assertThat(g.aanvraag.besluit().heraanvraagdatum()).isNull();
    }

    // RULES O-02
    @Test
    void o02_duurTegenDeNormVanDeRegio() {
        Geval kort = geval(true);
        kort.besluit(toekenning(LocalDate.of(2026, 3, 1), 2)); // 61 days
        assertThat(kort.aanvraag.besluit().normDagen()).isEqualTo(91);
        assertThat(kort.aanvraag.isLangerDanNorm()).isFalse();
        Geval lang = geval(true);
        lang.besluit(toekenning(LocalDate.of(2026, 3, 1), 3)); // 92 days
        assertThat(lang.aanvraag.isLangerDanNorm()).isTrue();
        assertThat(lang.aanvraag.gronden()).anyMatch(b -> b.regel().equals("O-02") && b.uitleg().contains("langer"));
    }
}
