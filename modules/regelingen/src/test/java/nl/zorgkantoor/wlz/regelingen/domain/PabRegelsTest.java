package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import static nl.zorgkantoor.wlz.regelingen.domain.Geval.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

class PabRegelsTest {

    private static Aanvraagfeiten.Bouwer geschikt() {
        return feiten(Leveringsvorm.PGB).medischeNoodzaak(true).cognitieveBeperking(false).vertegenwoordiger(false)
                .mantelzorg(false).extraUrenPerWeek(BigDecimal.valueOf(20)).uurtarief(BigDecimal.valueOf(30));
    }

    private static Geval geval(Zorgprofiel profiel, LocalDate datum, Aanvraagfeiten.Bouwer feiten) {
        Geval g = new Geval();
        g.profiel = profiel;
        return g.dienIn(Soort.PAB, Aanvrager.CLIENT, datum, feiten.bouw()).inBehandeling();
    }

    private static Geval compleet(Aanvraagfeiten.Bouwer feiten) {
        Geval g = geval(Zorgprofiel.LG6, VANDAAG, feiten).document(Documenttype.EIGEN_REGIE_FORMULIER)
                .document(Documenttype.MEDISCH_OORDEEL);
        g.aanvraag.legGesprekVast(VANDAAG, "Cliënt thuis gesproken", "beoordelaar", NU, VANDAAG);
        return g;
    }

    // RULES P-01
    @Test
    void p01_alleenLg5Lg6Lg7Vv7Vv8() {
        assertThat(voldaan(geval(Zorgprofiel.LG6, VANDAAG, geschikt()).toets(), "P-01")).isTrue();
        assertThat(voldaan(geval(Zorgprofiel.VV8, VANDAAG, geschikt()).toets(), "P-01")).isTrue();
        assertThat(voldaan(geval(Zorgprofiel.VG7, VANDAAG, geschikt()).toets(), "P-01")).isFalse();
        assertThat(voldaan(geval(Zorgprofiel.LG4, VANDAAG, geschikt()).toets(), "P-01")).isFalse();
    }

    @Test
    void p01_alleenMetEenPgb() {
        Geval mpt = geval(Zorgprofiel.LG6, VANDAAG, geschikt().leveringsvormen(java.util.Set.of(Leveringsvorm.MPT)));
        assertThat(voldaan(mpt.toets(), "P-01")).isFalse();
    }

    // RULES P-02
    @Test
    void p02_vanaf18Jaar() {
        Geval g = new Geval();
        g.profiel = Zorgprofiel.LG6;
        g.geboortedatum = VANDAAG.minusYears(18).plusDays(1);
        g.dienIn(Soort.PAB, Aanvrager.CLIENT, VANDAAG, geschikt().bouw());
        assertThat(voldaan(g.toets(), "P-02")).isFalse();
        g.geboortedatum = VANDAAG.minusYears(18);
        assertThat(voldaan(g.toets(), "P-02")).isTrue();
    }

    @Test
    void p02_medischeNoodzaakGeenCognitieveBeperkingGeenVertegenwoordiger() {
        assertThat(voldaan(geval(Zorgprofiel.LG6, VANDAAG, geschikt().medischeNoodzaak(false)).toets(), "P-02"))
                .isFalse();
        assertThat(voldaan(geval(Zorgprofiel.LG6, VANDAAG, geschikt().cognitieveBeperking(true)).toets(), "P-02"))
                .isFalse();
        assertThat(voldaan(geval(Zorgprofiel.LG6, VANDAAG, geschikt().vertegenwoordiger(true)).toets(), "P-02"))
                .isFalse();
        assertThat(voldaan(geval(Zorgprofiel.LG6, VANDAAG, geschikt().cognitieveBeperking(null)).toets(), "P-02"))
                .isFalse();
    }

    // RULES P-03
    @Test
    void p03_formulierEigenRegieMedischOordeelEnGesprek() {
        Geval g = geval(Zorgprofiel.LG6, VANDAAG, geschikt());
        assertThat(van(g.toets(), "P-03")).noneMatch(Bevinding::isVoldaan);
        g.document(Documenttype.EIGEN_REGIE_FORMULIER).document(Documenttype.MEDISCH_OORDEEL);
        assertThat(voldaan(g.toets(), "P-03")).isFalse();
        g.aanvraag.legGesprekVast(VANDAAG, "gesproken", "beoordelaar", NU, VANDAAG);
        assertThat(voldaan(g.toets(), "P-03")).isTrue();
    }

    @Test
    void p03_deClientVraagtZelfAan() {
        assertThatThrownBy(() -> new Geval().dienIn(Soort.PAB, Aanvrager.ZORGAANBIEDER, VANDAAG, geschikt().bouw()))
                .isInstanceOf(RegelOvertreding.class).hasMessageContaining("cliënt zelf");
    }

    // RULES P-05
    @Test
    void p05_achtUurAftrekBijMantelzorg() {
        Geval zonder = compleet(geschikt());
        zonder.besluit(toekenning(VANDAAG, 12));
        assertThat(zonder.aanvraag.totaalPerJaar()).isEqualTo(Bedrag.euro(20 * 30 * 52));
        Geval met = compleet(geschikt().mantelzorg(true));
        met.besluit(toekenning(VANDAAG, 12));
        assertThat(met.aanvraag.totaalPerJaar()).isEqualTo(Bedrag.euro(12 * 30 * 52));
        Geval niets = compleet(geschikt().mantelzorg(true).extraUrenPerWeek(BigDecimal.valueOf(8)));
        assertThatThrownBy(() -> niets.besluit(toekenning(VANDAAG, 12))).hasMessageContaining("P-05");
    }

    // RULES P-04
    @Test
    void p04_verhoogdPgbTenHoogsteHetJaarmaximum() {
        Geval g = compleet(geschikt().extraUrenPerWeek(BigDecimal.valueOf(168)).uurtarief(BigDecimal.valueOf(60)));
        g.besluit(toekenning(VANDAAG, 12));
        // pgb 60.000 + pab = maximum 2019 and later: 239.110
        assertThat(g.aanvraag.totaalPerJaar()).isEqualTo(Bedrag.euro(239_110 - 60_000));
        assertThat(g.aanvraag.gronden()).anyMatch(b -> b.regel().equals("P-04") && b.uitleg().contains("239.110"));
    }

    @Test
    void p04_maximum2016Was219000() {
        Geval g = new Geval();
        g.profiel = Zorgprofiel.LG7;
        g.dienIn(Soort.PAB, Aanvrager.CLIENT, LocalDate.of(2016, 5, 1), geschikt().extraUrenPerWeek(BigDecimal
                .valueOf(168)).uurtarief(BigDecimal.valueOf(60)).bouw()).inBehandeling()
                .document(Documenttype.EIGEN_REGIE_FORMULIER).document(Documenttype.MEDISCH_OORDEEL);
        g.aanvraag.legGesprekVast(VANDAAG, "gesproken", "b", NU, VANDAAG);
        g.besluit(toekenning(LocalDate.of(2016, 6, 1), 12));
        assertThat(g.aanvraag.totaalPerJaar()).isEqualTo(Bedrag.euro(219_000 - 60_000));
    }

    // RULES P-04
    @Test
    void p04_tenHoogsteTwaalfMaanden() {
        Geval g = compleet(geschikt());
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 13))).hasMessageContaining("P-04");
    }
}
