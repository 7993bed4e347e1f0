package nl.zorgkantoor.wlz.budget.domain.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.budget.domain.tarief.TestTarieven;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

/** The worked examples of issue 5, every amount computed by hand from the tariff rows named in the comments. */
class UitgewerkteVoorbeeldenTest {

    private final Budgetrekenaar rekenaar = new Budgetrekenaar(TestTarieven.tabel());

    @Test
    void vv5ThuisMetMptEnEkt() {
        // RULES B-01, E-02 (seed 000 L606-607): 2024, 366 days
        // plafond VV5: 180.00 × 366 = 65,880.00; ekt 25% = 16,470.00; ceiling 82,350.00
        // mpt package: PV 62.00 × 14 h × 366/7 = 45,384.00; VP 85.00 × 3 h × 366/7 = 13,332.857 → 13,332.86;
        // DB 45.00 × 4 dagdelen × 366/7 = 9,411.428 → 9,411.43; total 68,128.29 > 65,880.00, ≤ 82,350.00
        Budgetvraag vraag = Budgetvraag.voor(Zorgprofiel.VV5, LocalDate.of(2024, 3, 1), Leveringsverdeling.MPT)
                .ekt(EktAanvraag.maximaal(EktDoelgroep.GEEN)).bouw();
        Doelmatigheidstoets toets = rekenaar.toets(vraag, Thuiskosten.mpt(
                new MptRegel("PV", BigDecimal.valueOf(14)), new MptRegel("VP", BigDecimal.valueOf(3)),
                new MptRegel("DB", BigDecimal.valueOf(4))));

        assertThat(toets.plafond().regels()).extracting(Toelichtingsregel::bedrag)
                .containsExactly(Bedrag.euro("65880.00"), Bedrag.euro("16470.00"));
        assertThat(toets.plafond().totaal()).isEqualTo(Bedrag.euro("82350.00"));
        assertThat(toets.kosten()).extracting(Toelichtingsregel::bedrag).containsExactly(
                Bedrag.euro("45384.00"), Bedrag.euro("13332.86"), Bedrag.euro("9411.43"));
        assertThat(toets.kostenThuis()).isEqualTo(Bedrag.euro("68128.29"));
        assertThat(toets.uitkomst()).isEqualTo(Doelmatigheidstoets.Uitkomst.DOELMATIG);
        assertThat(toets.beslissendeRegel()).isEqualTo("E-02");
        assertThat(toets.marge()).isEqualTo(Bedrag.euro("14221.71"));
        // institution: verblijf VV5 225.00 × 366 = 82,350.00
        assertThat(toets.instelling().totaal()).isEqualTo(Bedrag.euro("82350.00"));
    }

    @Test
    void lg6PgbMetPab() {
        // RULES P-01, P-04 (seed 002 L170-172: 2019 maximum € 239.110)
        // plafond LG6 2019: 168.21 × 365 = 61,396.65; wanted 250,000 → capped at 239,110.00;
        // pab line 239,110.00 − 61,396.65 = 177,713.35
        Budgetvraag vraag = Budgetvraag.voor(Zorgprofiel.LG6, LocalDate.of(2019, 5, 1), Leveringsverdeling.PGB)
                .geboortedatum(LocalDate.of(1985, 8, 15)).pab(new PabAanvraag(Bedrag.euro(250_000))).bouw();
        Doelmatigheidstoets toets = rekenaar.toets(vraag, Thuiskosten.pgb(Bedrag.euro(230_000)));

        assertThat(toets.plafond().regels()).extracting(Toelichtingsregel::regel, Toelichtingsregel::bedrag)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B-01", Bedrag.euro("61396.65")),
                        org.assertj.core.groups.Tuple.tuple("P-04", Bedrag.euro("177713.35")));
        assertThat(toets.plafond().totaal()).isEqualTo(Bedrag.euro("239110.00"));
        assertThat(toets.uitkomst()).isEqualTo(Doelmatigheidstoets.Uitkomst.DOELMATIG);
        assertThat(toets.beslissendeRegel()).isEqualTo("P-04");
        assertThat(toets.marge()).isEqualTo(Bedrag.euro("9110.00"));
        assertThat(toets.meldingen()).extracting(Melding::regel).containsExactly("P-04");
    }

    @Test
    void vg7MetMeerzorg() {
        // RULES M-01 (VG7 eligible), M-03, B-05: 2024
        // plafond VG7: 230.00 × 366 = 84,180.00; meerzorg 30,000.00; ceiling 114,180.00
        // institution: verblijf VG7 280.00 × 366 = 102,480.00 + meerzorg 30,000.00 = 132,480.00
        Budgetvraag vraag = Budgetvraag.voor(Zorgprofiel.VG7, LocalDate.of(2024, 10, 1), Leveringsverdeling.MPT)
                .meerzorg(new MeerzorgToekenning(Bedrag.euro(30_000), false)).bouw();
        Doelmatigheidstoets toets = rekenaar.toets(vraag, Thuiskosten.mpt(new MptRegel("BGI", BigDecimal.valueOf(25)),
                new MptRegel("PV", BigDecimal.valueOf(8))));
        // BGI 68.00 × 25 × 366/7 = 622,200/7 = 88,885.714 → 88,885.71;
        // PV 62.00 × 8 × 366/7 = 181,536/7 = 25,933.714 → 25,933.71; total 114,819.42 > 114,180.00
        assertThat(toets.kostenThuis()).isEqualTo(Bedrag.euro("114819.42"));
        assertThat(toets.plafond().totaal()).isEqualTo(Bedrag.euro("114180.00"));
        assertThat(toets.uitkomst()).isEqualTo(Doelmatigheidstoets.Uitkomst.ONDOELMATIG);
        assertThat(toets.marge()).isEqualTo(Bedrag.euro("-639.42"));
        assertThat(toets.beslissendeRegel()).isEqualTo("B-01");
        assertThat(toets.instelling().totaal()).isEqualTo(Bedrag.euro("132480.00"));
    }

    @Test
    void ggz5wVraagtPgbEnWordtGeweigerd() {
        // RULES L-03 (seed 004 L668-670)
        Budgetvraag vraag = Budgetvraag.voor(Zorgprofiel.GGZ5W, LocalDate.of(2024, 3, 1), Leveringsverdeling.PGB)
                .bouw();
        Doelmatigheidstoets toets = rekenaar.toets(vraag, Thuiskosten.pgb(Bedrag.euro(40_000)));
        assertThat(toets.uitkomst()).isEqualTo(Doelmatigheidstoets.Uitkomst.GEWEIGERD);
        assertThat(toets.beslissendeRegel()).isEqualTo("L-03");
        assertThat(toets.plafond()).isNull();
        assertThat(toets.toelichting()).contains("geen recht op een pgb");
        // beside it, the institution: verblijf 5GGZ-W 255.00 × 366 = 93,330.00
        assertThat(toets.instelling().totaal()).isEqualTo(Bedrag.euro("93330.00"));
    }
}
