package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import static nl.zorgkantoor.wlz.regelingen.domain.Geval.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

class MeerzorgRegelsTest {

    private static Geval geval(Zorgprofiel profiel, LocalDate datum, Aanvraagfeiten.Bouwer feiten) {
        Geval g = new Geval();
        g.profiel = profiel;
        return g.dienIn(Soort.MEERZORG, Aanvrager.ZORGAANBIEDER, datum, feiten.bouw()).inBehandeling();
    }

    private static Aanvraagfeiten.Bouwer somatisch(double uren) {
        return feiten(Leveringsvorm.VERBLIJF).gedragsproblematiek(false)
                .zorgbehoefteUrenPerWeek(BigDecimal.valueOf(uren));
    }

    // RULES M-01
    @Test
    void m01_profielGeeftToegang() {
        assertThat(voldaan(geval(Zorgprofiel.VG7, VANDAAG, somatisch(30)).toets(), "M-01")).isTrue();
        assertThat(voldaan(geval(Zorgprofiel.GGZ7B, VANDAAG, somatisch(30)).toets(), "M-01")).isTrue();
    }

    @Test
    void m01_vv5EnVv6GevenGeenToegang() {
        assertThat(voldaan(geval(Zorgprofiel.VV5, VANDAAG, somatisch(30)).toets(), "M-01")).isFalse();
        assertThat(voldaan(geval(Zorgprofiel.VV6, VANDAAG, somatisch(30)).toets(), "M-01")).isFalse();
    }

    @Test
    void m01_hetzelfdeZzpOp31December2014GeeftToegang() {
        Geval g = geval(Zorgprofiel.VV6, VANDAAG, somatisch(30).profielOp31122014(Zorgprofiel.VV7));
        assertThat(voldaan(g.toets(), "M-01")).isTrue();
    }

    // RULES I-04
    @Test
    void i04_cizSignaalOpentToegangViaLid2() {
        Geval g = new Geval();
        g.profiel = Zorgprofiel.VG4;
        g.meerzorgSignaal = true;
        g.dienIn(Soort.MEERZORG, Aanvrager.CIZ_SIGNAAL, VANDAAG, somatisch(30).bouw());
        assertThat(voldaan(g.toets(), "M-01")).isTrue();
        assertThat(g.aanvraag.cizBesluitnummer()).isEqualTo(42L);
    }

    // RULES I-04
    @Test
    void i04_vg5MetPermanentToezichtSomatischViaLid2() {
        Geval g = geval(Zorgprofiel.VG5, VANDAAG, somatisch(30).permanentToezichtSomatisch(true));
        assertThat(MeerzorgRegeling.viaLid2(g.context())).isTrue();
        Geval zonder = geval(Zorgprofiel.VG5, VANDAAG, somatisch(30).permanentToezichtSomatisch(false));
        assertThat(MeerzorgRegeling.viaLid2(zonder.context())).isFalse();
    }

    // RULES M-02
    @Test
    void m02_zorgbehoefteMinstens125Procent() {
        assertThat(voldaan(geval(Zorgprofiel.VG7, VANDAAG, somatisch(25)).toets(), "M-02")).isTrue();
        assertThat(voldaan(geval(Zorgprofiel.VG7, VANDAAG, somatisch(24.99)).toets(), "M-02")).isFalse();
    }

    @Test
    void m02_zonderUrenOfNormNietVoldaan() {
        Geval zonderUren = geval(Zorgprofiel.VG7, VANDAAG, feiten(Leveringsvorm.VERBLIJF).gedragsproblematiek(false));
        assertThat(voldaan(zonderUren.toets(), "M-02")).isFalse();
        Geval zonderNorm = geval(Zorgprofiel.VG7, VANDAAG, somatisch(30));
        zonderNorm.urennorm = null;
        assertThat(van(zonderNorm.toets(), "M-02").get(0).uitleg()).contains("geen urennorm");
    }

    @Test
    void m02_nietBijBeademing() {
        Geval g = geval(Zorgprofiel.VG7, VANDAAG, somatisch(1).beademing(true));
        assertThat(voldaan(g.toets(), "M-02")).isTrue();
    }

    // RULES M-03
    @Test
    void m03_vvEnGgzPasVanaf2016() {
        assertThat(voldaan(geval(Zorgprofiel.VV7, LocalDate.of(2015, 12, 31), somatisch(30)).toets(), "M-03"))
                .isFalse();
        assertThat(voldaan(geval(Zorgprofiel.VV7, LocalDate.of(2016, 1, 1), somatisch(30)).toets(), "M-03")).isTrue();
        assertThat(voldaan(geval(Zorgprofiel.VG7, LocalDate.of(2015, 6, 1), somatisch(30)).toets(), "M-03")).isTrue();
    }

    // RULES M-04
    @Test
    void m04_gedragsproblematiekVraagtCceAdvies() {
        Geval g = geval(Zorgprofiel.VG7, VANDAAG, somatisch(30).gedragsproblematiek(true));
        assertThat(voldaan(g.toets(), "M-04")).isFalse();
        g.aanvraag.vraagAdvies("CCE", "Advies over gedrag", "beoordelaar", NU);
        g.aanvraag.legAdviesVast(VANDAAG, true, "Meerzorg nodig", "beoordelaar", NU, VANDAAG);
        assertThat(voldaan(g.toets(), "M-04")).isTrue();
    }

    @Test
    void m04_adviesVanEenAndereAdviseurVolstaatNiet() {
        Geval g = geval(Zorgprofiel.VG7, VANDAAG, somatisch(30).gedragsproblematiek(true));
        g.aanvraag.vraagAdvies("Huisarts", "vraag", "beoordelaar", NU);
        g.aanvraag.legAdviesVast(VANDAAG, true, "ok", "beoordelaar", NU, VANDAAG);
        assertThat(voldaan(g.toets(), "M-04")).isFalse();
    }

    @Test
    void m04_somatischBeoordeeltHetZorgkantoorMetHuisbezoek() {
        Geval g = geval(Zorgprofiel.VG7, VANDAAG, somatisch(30));
        g.aanvraag.legHuisbezoekVast(VANDAAG, "Thuis gezien", "beoordelaar", NU, VANDAAG);
        assertThat(van(g.toets(), "M-04").get(0).uitleg()).contains("huisbezoek");
        Geval onbekend = geval(Zorgprofiel.VG7, VANDAAG, feiten(Leveringsvorm.VERBLIJF)
                .zorgbehoefteUrenPerWeek(BigDecimal.TEN));
        assertThat(voldaan(onbekend.toets(), "M-04")).isFalse();
    }

    // RULES M-05
    @Test
    void m05_vvEnGgzTenHoogste12Maanden() {
        Geval g = geval(Zorgprofiel.VV8, VANDAAG, somatisch(30).duurzameBehoefte(true));
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 24, regel(Leveringsvorm.VERBLIJF, 10_000))))
                .isInstanceOf(RegelOvertreding.class).hasMessageContaining("M-05");
        g.besluit(toekenning(VANDAAG, 12, regel(Leveringsvorm.VERBLIJF, 10_000)));
        assertThat(g.aanvraag.status()).isEqualTo(Status.TOEGEKEND);
    }

    // RULES M-05
    @Test
    void m05_ghzEenTweeOfDrieJaarLangerAlleenBijBlijvendeBehoefte() {
        Geval g = geval(Zorgprofiel.VG7, VANDAAG, somatisch(30));
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 18, regel(Leveringsvorm.VERBLIJF, 10_000))))
                .hasMessageContaining("1, 2 of 3 jaar");
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 36, regel(Leveringsvorm.VERBLIJF, 10_000))))
                .hasMessageContaining("blijvende behoefte");
        Geval blijvend = geval(Zorgprofiel.VG7, VANDAAG, somatisch(30).duurzameBehoefte(true));
        blijvend.besluit(toekenning(LocalDate.of(2026, 1, 1), 36, regel(Leveringsvorm.VERBLIJF, 10_000)));
        assertThat(blijvend.aanvraag.besluit().periode().eind()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    // RULES B-05
    @Test
    void b05_toekenningHeeftEenBedragPerLeveringsvorm() {
        Geval g = geval(Zorgprofiel.VG7, VANDAAG, somatisch(30));
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 12, regel(Leveringsvorm.PGB, 10_000))))
                .hasMessageContaining("L-02");
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 12))).hasMessageContaining("B-05");
    }

    // RULES M-06
    @Test
    void m06_heraanvraagToontResultatenVanDeZorg() {
        Geval g = geval(Zorgprofiel.VG7, LocalDate.of(2025, 1, 10), somatisch(30));
        g.besluit(toekenning(LocalDate.of(2025, 2, 1), 12, regel(Leveringsvorm.VERBLIJF, 10_000)));
        g.bewaard(11L);
        Regelingaanvraag vervolg = g.aanvraag.heraanvraag(LocalDate.of(2025, 10, 1), null, g.client(), "aanbieder",
                NU, VANDAAG);
        assertThat(vervolg.vorigeAanvraagId()).isEqualTo(11L);
        assertThat(vervolg.stappen()).extracting(Stap::waarom).anyMatch(w -> w != null && w.contains("tijdig"));
        Geval h = new Geval();
        h.aanvraag = vervolg;
        h.inBehandeling();
        assertThat(voldaan(h.toets(), "M-06")).isFalse();
        h.document(Documenttype.RESULTATEN_ZORG);
        assertThat(voldaan(h.toets(), "M-06")).isTrue();
    }

    @Test
    void m06_teLateHeraanvraagWordtVastgelegd() {
        Geval g = geval(Zorgprofiel.VG7, LocalDate.of(2025, 1, 10), somatisch(30));
        g.besluit(toekenning(LocalDate.of(2025, 2, 1), 12, regel(Leveringsvorm.VERBLIJF, 10_000)));
        g.bewaard(12L);
        Regelingaanvraag laat = g.aanvraag.heraanvraag(LocalDate.of(2026, 1, 5), null, g.client(), "a", NU, VANDAAG);
        assertThat(laat.stappen()).extracting(Stap::waarom).anyMatch(w -> w != null && w.contains("te laat"));
    }

    // RULES M-07
    @Test
    void m07_andereLeveringsvormVraagtNieuweAanvraag() {
        Geval g = geval(Zorgprofiel.VG7, LocalDate.of(2025, 1, 10), feiten(Leveringsvorm.PGB)
                .gedragsproblematiek(false).zorgbehoefteUrenPerWeek(BigDecimal.valueOf(30)));
        g.besluit(toekenning(LocalDate.of(2025, 2, 1), 12, regel(Leveringsvorm.PGB, 10_000)));
        g.bewaard(13L);
        Aanvraagfeiten instelling = g.aanvraag.feiten().wijzig().leveringsvormen(java.util.Set.of(Leveringsvorm.VERBLIJF))
                .bouw();
        assertThatThrownBy(() -> g.aanvraag.heraanvraag(VANDAAG, instelling, g.client(), "a", NU, VANDAAG))
                .isInstanceOf(RegelOvertreding.class).hasMessageContaining("nieuwe meerzorgaanvraag")
                .satisfies(e -> assertThat(((RegelOvertreding) e).regels()).containsExactly("M-07"));
    }

    @Test
    void aanvragerIsZorgaanbiederOfClientMetPgb() {
        assertThatThrownBy(() -> new Geval().dienIn(Soort.MEERZORG, Aanvrager.CLIENT, VANDAAG,
                somatisch(30).bouw())).isInstanceOf(RegelOvertreding.class).hasMessageContaining("pgb");
        Geval pgb = new Geval().dienIn(Soort.MEERZORG, Aanvrager.CLIENT, VANDAAG, feiten(Leveringsvorm.PGB).bouw());
        assertThat(pgb.aanvraag.aanvrager()).isEqualTo(Aanvrager.CLIENT);
    }
}
