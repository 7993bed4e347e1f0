package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import static nl.zorgkantoor.wlz.regelingen.domain.Geval.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

class EktRegelsTest {

    private static final LocalDate VOOR_JULI_2018 = LocalDate.of(2018, 6, 30);
    private static final LocalDate VANAF_JULI_2018 = LocalDate.of(2018, 7, 1);

    /** A client of 40 with a pgb, applying himself with the form. */
    private static Geval pgb(LocalDate datum, Aanvraagfeiten.Bouwer feiten) {
        Geval g = new Geval();
        g.geboortedatum = LocalDate.of(1978, 1, 1);
        return g.dienIn(Soort.EKT, Aanvrager.CLIENT, datum, feiten.bouw()).inBehandeling()
                .document(Documenttype.AANVRAAGFORMULIER);
    }

    private static Aanvraagfeiten.Bouwer ontoereikend(Leveringsvorm... vormen) {
        return feiten(vormen).zorgprofielOntoereikend(true);
    }

    // RULES E-01
    @Test
    void e01_alleenMetMptOfPgb() {
        assertThat(voldaan(pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB, Leveringsvorm.MPT)).toets(), "E-01")).isTrue();
        assertThat(voldaan(pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB, Leveringsvorm.VPT)).toets(), "E-01"))
                .isFalse();
        assertThat(voldaan(pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB, Leveringsvorm.VERBLIJF)).toets(), "E-01"))
                .isFalse();
    }

    // RULES E-06
    @Test
    void e06_pgbVraagtDeClientMptDeAanbieder() {
        assertThatThrownBy(() -> new Geval().dienIn(Soort.EKT, Aanvrager.CLIENT, VANDAAG,
                ontoereikend(Leveringsvorm.MPT).bouw())).isInstanceOf(RegelOvertreding.class)
                .hasMessageContaining("zorgaanbieder");
        assertThatThrownBy(() -> new Geval().dienIn(Soort.EKT, Aanvrager.ZORGAANBIEDER, VANDAAG,
                ontoereikend(Leveringsvorm.PGB).bouw())).isInstanceOf(RegelOvertreding.class)
                .hasMessageContaining("aanvraagformulier");
        Geval mpt = new Geval().dienIn(Soort.EKT, Aanvrager.ZORGAANBIEDER, VANDAAG, ontoereikend(Leveringsvorm.MPT).bouw());
        assertThat(mpt.toets()).noneMatch(b -> b.regel().equals("E-06"));
    }

    @Test
    void e06_clientVraagtAanMetHetFormulier() {
        Geval g = new Geval().dienIn(Soort.EKT, Aanvrager.CLIENT, VANDAAG, ontoereikend(Leveringsvorm.PGB).bouw());
        assertThat(voldaan(g.toets(), "E-06")).isFalse();
        g.document(Documenttype.AANVRAAGFORMULIER);
        assertThat(voldaan(g.toets(), "E-06")).isTrue();
    }

    // RULES E-03
    @Test
    void e03_voorJuli2018AlleenDeDoelgroepen() {
        assertThat(voldaan(pgb(VOOR_JULI_2018, ontoereikend(Leveringsvorm.PGB)).toets(), "E-03")).isFalse();
        assertThat(voldaan(pgb(VOOR_JULI_2018, feiten(Leveringsvorm.PGB).kindOnder18(true)).toets(), "E-03"))
                .isTrue();
        assertThat(voldaan(pgb(VOOR_JULI_2018, feiten(Leveringsvorm.PGB).somatischZonderVgPsyPg(true)
                .werktOfStudeertThuis(true)).toets(), "E-03")).isTrue();
        assertThat(voldaan(pgb(VOOR_JULI_2018, feiten(Leveringsvorm.PGB).somatischZonderVgPsyPg(true)
                .werktOfStudeertThuis(false)).toets(), "E-03")).isFalse();
    }

    @Test
    void e03_voorJuli2018JongerDan23() {
        Geval jong = new Geval();
        jong.geboortedatum = LocalDate.of(1996, 1, 1);
        jong.dienIn(Soort.EKT, Aanvrager.CLIENT, VOOR_JULI_2018, feiten(Leveringsvorm.PGB).bouw());
        assertThat(voldaan(jong.toets(), "E-03")).isTrue();
        Geval laterOud = new Geval();
        laterOud.geboortedatum = LocalDate.of(1996, 1, 1);
        laterOud.dienIn(Soort.EKT, Aanvrager.CLIENT, LocalDate.of(2019, 6, 30), feiten(Leveringsvorm.PGB).bouw());
        assertThat(voldaan(laterOud.toets(), "E-03")).isFalse();
    }

    @Test
    void e03_voorJuli2018PalliatiefTerminaal() {
        Geval g = new Geval();
        g.profiel = Zorgprofiel.VV10;
        g.geboortedatum = LocalDate.of(1940, 1, 1);
        g.dienIn(Soort.EKT, Aanvrager.CLIENT, VOOR_JULI_2018, feiten(Leveringsvorm.PGB).bouw());
        assertThat(voldaan(g.toets(), "E-03")).isTrue();
    }

    @Test
    void e03_vanafJuli2018IedereenThuisBijWieDeZorgNietToereikendIs() {
        assertThat(voldaan(pgb(VANAF_JULI_2018, ontoereikend(Leveringsvorm.PGB)).toets(), "E-03")).isTrue();
        assertThat(voldaan(pgb(VANAF_JULI_2018, feiten(Leveringsvorm.PGB).kindOnder18(true)).toets(), "E-03"))
                .isFalse();
    }

    // RULES E-05
    @Test
    void e05_nietNaastMeerzorgOfPab() {
        for (Soort uitsluiting : List.of(Soort.MEERZORG, Soort.PAB)) {
            Geval g = pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB));
            g.lopend = Set.of(uitsluiting);
            assertThat(voldaan(g.toets(), "E-05")).as(uitsluiting.name()).isFalse();
        }
        Geval toeslag = pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB));
        toeslag.lopend = Set.of(Soort.TOESLAG);
        assertThat(voldaan(toeslag.toets(), "E-05")).isTrue();
    }

    // RULES E-02
    @Test
    void e02_tenHoogste25ProcentVanHetPgbPlafond() {
        Geval g = pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB, Leveringsvorm.MPT));
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 12, regel(Leveringsvorm.PGB, 10_000),
                new Besluitregel(Leveringsvorm.MPT, "mpt", Bedrag.euro("5000.01"))))).hasMessageContaining("E-02");
        g.besluit(toekenning(VANDAAG, 12, regel(Leveringsvorm.PGB, 10_000), regel(Leveringsvorm.MPT, 5_000)));
        assertThat(g.aanvraag.totaalPerJaar()).isEqualTo(Bedrag.euro(15_000));
        assertThat(g.aanvraag.besluitregels()).extracting(Besluitregel::leveringsvorm)
                .containsExactly(Leveringsvorm.PGB, Leveringsvorm.MPT);
    }

    // RULES E-02
    @Test
    void e02_alleenMptNeemtHetMptBudget() {
        Geval g = new Geval().dienIn(Soort.EKT, Aanvrager.ZORGAANBIEDER, VANDAAG, ontoereikend(Leveringsvorm.MPT).bouw())
                .inBehandeling();
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 12, regel(Leveringsvorm.MPT, 12_501))))
                .hasMessageContaining("12.500,00");
    }

    // RULES E-04
    @Test
    void e04_palliatiefBovenDe25ProcentAlleenMetBevestigingVanEenBeoordelaar() {
        Geval g = new Geval();
        g.profiel = Zorgprofiel.VV10;
        g.dienIn(Soort.EKT, Aanvrager.CLIENT, VANDAAG, ontoereikend(Leveringsvorm.PGB).bouw()).inBehandeling()
                .document(Documenttype.AANVRAAGFORMULIER);
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 6, regel(Leveringsvorm.PGB, 30_000))))
                .hasMessageContaining("E-04");
        g.besluit(new Besluitvoorstel(Uitkomst.TOEGEKEND, VANDAAG, 6, List.of(regel(Leveringsvorm.PGB, 30_000)),
                "Palliatief", "medewerker", "B. Oordelaar", null));
        assertThat(g.aanvraag.gronden()).anyMatch(b -> b.regel().equals("E-04") && b.uitleg().contains("B. Oordelaar"));
    }

    // RULES E-07
    @Test
    void e07_eenJaarTenzijLangereBehoefte() {
        Geval g = pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB));
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 13, regel(Leveringsvorm.PGB, 1_000))))
                .hasMessageContaining("E-07");
        Geval blijvend = pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB).duurzameBehoefte(true));
        blijvend.besluit(toekenning(VANDAAG, 24, regel(Leveringsvorm.PGB, 1_000)));
        assertThat(blijvend.aanvraag.status()).isEqualTo(Status.TOEGEKEND);
    }

    // RULES E-07
    @Test
    void e07_meerRechthebbendenInHetHuishoudenVraagtDoelmatigheidsnotitie() {
        Geval g = pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB).rechthebbendenInHuishouden(2));
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 12, regel(Leveringsvorm.PGB, 1_000))))
                .hasMessageContaining("doelmatigheid");
        g.besluit(new Besluitvoorstel(Uitkomst.TOEGEKEND, VANDAAG, 12, List.of(regel(Leveringsvorm.PGB, 1_000)),
                "ok", "b", null, "Zorg voor beide kinderen door dezelfde hulp"));
        assertThat(g.aanvraag.besluit().doelmatigheidsnotitie()).contains("beide kinderen");
    }

    // RULES E-08
    @Test
    void e08_heraanvraagdatumAchtWekenVoorHetEinde() {
        Geval g = pgb(VANDAAG, ontoereikend(Leveringsvorm.PGB));
        g.besluit(toekenning(LocalDate.of(2026, 3, 1), 12, regel(Leveringsvorm.PGB, 1_000)));
        assertThat(g.aanvraag.besluit().heraanvraagdatum()).isEqualTo(LocalDate.of(2027, 2, 28).minusWeeks(8));
    }
}
