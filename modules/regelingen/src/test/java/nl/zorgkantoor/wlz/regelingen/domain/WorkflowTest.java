package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import nl.zorgkantoor.wlz.regelingen.api.Actie;
import static nl.zorgkantoor.wlz.regelingen.domain.Geval.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    private Geval meerzorg() {
        return new Geval().dienIn(Soort.MEERZORG, Aanvrager.ZORGAANBIEDER, LocalDate.of(2026, 2, 1),
                feiten(Leveringsvorm.VERBLIJF).gedragsproblematiek(false)
                        .zorgbehoefteUrenPerWeek(BigDecimal.valueOf(30)).bouw());
    }

    // RULES E-08
    @Test
    void e08_beslistermijnAchtWekenNaAanvraag() {
        Geval g = meerzorg();
        assertThat(g.aanvraag.status()).isEqualTo(Status.ONTVANGEN);
        assertThat(g.aanvraag.beslistermijn()).isEqualTo(LocalDate.of(2026, 3, 29));
    }

    // RULES M-08, I-05
    @Test
    void m08_i05_clientondersteuningBijElkeAanvraagVastgelegd() {
        Geval g = meerzorg();
        assertThat(g.aanvraag.clientondersteuningAangebodenOp()).isEqualTo(VANDAAG);
        assertThat(g.aanvraag.stappen()).extracting(Stap::actie)
                .containsExactly(Actie.INGEDIEND, Actie.CLIENTONDERSTEUNING_AANGEBODEN);
        assertThat(voldaan(g.inBehandeling().toets(), "M-08")).isTrue();
    }

    @Test
    void elkeStapMetWieWanneerWaarom() {
        Geval g = meerzorg().inBehandeling();
        g.aanvraag.vraagAdvies("CCE", "Is de zorgvraag reëel?", "beoordelaar", NU);
        g.aanvraag.legAdviesVast(VANDAAG, true, "Zorgvraag onderbouwd", "beoordelaar", NU, VANDAAG);
        g.besluit(toekenning(LocalDate.of(2026, 3, 1), 12, regel(Leveringsvorm.VERBLIJF, 40_000)));
        List<Stap> stappen = g.aanvraag.stappen();
        assertThat(stappen).extracting(Stap::naar).containsExactly(Status.ONTVANGEN, Status.ONTVANGEN,
                Status.IN_BEHANDELING, Status.ADVIES_GEVRAAGD, Status.IN_BEHANDELING, Status.TOEGEKEND);
        Stap advies = stappen.get(4);
        assertThat(advies.wie()).isEqualTo("beoordelaar");
        assertThat(advies.wanneer()).isEqualTo(NU);
        assertThat(advies.waarom()).contains("Positief advies").contains("Zorgvraag onderbouwd");
        assertThat(stappen.get(5).waarom()).isEqualTo("Voldoet aan de regels.");
    }

    @Test
    void besluitenPasNaInBehandelingNemen() {
        Geval g = meerzorg();
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 12, regel(Leveringsvorm.VERBLIJF, 1))))
                .isInstanceOf(RegelOvertreding.class).hasMessageContaining("Neem de aanvraag eerst in behandeling");
    }

    // RULES M-04
    @Test
    void m04_nietBesluitenTerwijlAdviesLoopt() {
        Geval g = meerzorg().inBehandeling();
        g.aanvraag.vraagAdvies("CCE", "vraag", "beoordelaar", NU);
        assertThatThrownBy(() -> g.besluit(toekenning(VANDAAG, 12, regel(Leveringsvorm.VERBLIJF, 1))))
                .isInstanceOf(RegelOvertreding.class).hasMessageContaining("advies moet eerst worden vastgelegd");
    }

    @Test
    void afwijzingCiteertDeNietVoldaneRegels() {
        Geval g = new Geval();
        g.profiel = nl.zorgkantoor.wlz.kernel.Zorgprofiel.VV5;
        g.dienIn(Soort.MEERZORG, Aanvrager.ZORGAANBIEDER, VANDAAG, feiten(Leveringsvorm.VERBLIJF)
                .gedragsproblematiek(false).zorgbehoefteUrenPerWeek(BigDecimal.valueOf(30)).bouw()).inBehandeling();
        assertThatThrownBy(() -> new Besluitvoorstel(Uitkomst.AFGEWEZEN, null, 0, null, " ", "b", null, null))
                .isInstanceOf(RegelOvertreding.class).hasMessageContaining("motivering");
        g.besluit(new Besluitvoorstel(Uitkomst.AFGEWEZEN, null, 0, null, "Profiel geeft geen toegang", "b", null,
                null));
        assertThat(g.aanvraag.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(g.aanvraag.gronden()).extracting(Bevinding::regel).containsExactly("M-01");
        assertThat(g.aanvraag.besluit().periode()).isNull();
    }

    @Test
    void intrekkenMetRedenEnDaarnaNiets() {
        Geval g = meerzorg();
        assertThatThrownBy(() -> g.aanvraag.trekIn(" ", "medewerker", NU)).isInstanceOf(RegelOvertreding.class);
        g.aanvraag.trekIn("Cliënt overleden", "medewerker", NU);
        assertThat(g.aanvraag.status()).isEqualTo(Status.INGETROKKEN);
        assertThatThrownBy(() -> g.aanvraag.neemInBehandeling("x", NU)).isInstanceOf(RegelOvertreding.class)
                .hasMessageContaining("ingetrokken");
        assertThatThrownBy(() -> g.document(Documenttype.ZORGPLAN)).isInstanceOf(RegelOvertreding.class);
    }

    @Test
    void toekenningVerlooptNaDePeriode() {
        Geval g = meerzorg().inBehandeling();
        g.besluit(toekenning(LocalDate.of(2026, 3, 1), 12, regel(Leveringsvorm.VERBLIJF, 40_000)));
        assertThat(g.aanvraag.besluit().periode().eind()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(g.aanvraag.verloop(LocalDate.of(2027, 2, 28), NU)).isFalse();
        assertThat(g.aanvraag.isToegekendOp(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(g.aanvraag.verloop(LocalDate.of(2027, 3, 1), NU)).isTrue();
        assertThat(g.aanvraag.status()).isEqualTo(Status.VERLOPEN);
        assertThat(g.aanvraag.stappen().get(g.aanvraag.stappen().size() - 1).wie()).isEqualTo("systeem");
    }

    // RULES M-06
    @Test
    void m06_heraanvraagdatumDrieMaandenVoorHetEinde() {
        Geval g = meerzorg().inBehandeling();
        g.besluit(toekenning(LocalDate.of(2026, 3, 1), 12, regel(Leveringsvorm.VERBLIJF, 40_000)));
        assertThat(g.aanvraag.besluit().heraanvraagdatum()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void heraanvraagAlleenVanEenToekenning() {
        Geval g = meerzorg();
        assertThatThrownBy(() -> g.aanvraag.heraanvraag(VANDAAG, null, g.client(), "m", NU, VANDAAG))
                .isInstanceOf(RegelOvertreding.class).hasMessageContaining("toegekende");
    }

    @Test
    void documentMetDatumInDeToekomstGeweigerd() {
        Geval g = meerzorg();
        assertThatThrownBy(() -> g.aanvraag.voegDocumentToe(1L, Documenttype.ZORGPLAN, VANDAAG.plusDays(1),
                new Bestand("a.pdf", PDF), "m", NU, VANDAAG)).isInstanceOf(RegelOvertreding.class)
                .hasMessageContaining("toekomst");
        g.document(Documenttype.ZORGPLAN);
        assertThat(g.aanvraag.documenten()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(Documenttype.ZORGPLAN);
            assertThat(d.mimeType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void aanvraagdatumInDeToekomstGeweigerd() {
        assertThatThrownBy(() -> new Geval().dienIn(Soort.MEERZORG, Aanvrager.ZORGAANBIEDER, VANDAAG.plusDays(1),
                feiten(Leveringsvorm.VERBLIJF).bouw())).isInstanceOf(RegelOvertreding.class);
    }

    @Test
    void statusovergangenVolgenDeTabel() {
        assertThat(Status.TOEGEKEND.magNaar(Status.VERLOPEN)).isTrue();
        assertThat(Status.AFGEWEZEN.magNaar(Status.TOEGEKEND)).isFalse();
        assertThat(Status.VERLOPEN.magNaar(Status.INGETROKKEN)).isFalse();
        assertThat(Status.ONTVANGEN.magNaar(Status.TOEGEKEND)).isFalse();
    }
}
