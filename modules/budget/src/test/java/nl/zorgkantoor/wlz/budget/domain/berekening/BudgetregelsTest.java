package nl.zorgkantoor.wlz.budget.domain.berekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.budget.domain.tarief.Profieltarief;
import nl.zorgkantoor.wlz.budget.domain.tarief.TestTarieven;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of RULES.md sections B, E, P, M, T, L as far as the budget engine carries them. Amounts are
 * computed by hand from the 2024 tariff rows (a leap year: 366 days) in db/tarieven/2015-2026.
 */
class BudgetregelsTest {

    static final Budgetrekenaar REKENAAR = new Budgetrekenaar(TestTarieven.tabel());
    static final LocalDate MAART_2024 = LocalDate.of(2024, 3, 1);

    static Budgetvraag.Builder vraag(Zorgprofiel profiel, Leveringsverdeling verdeling) {
        return Budgetvraag.voor(profiel, MAART_2024, verdeling).geboortedatum(LocalDate.of(1960, 5, 5));
    }

    static Budgetplafond plafond(Budgetvraag.Builder vraag) {
        Budgetplafond plafond = REKENAAR.plafond(vraag.bouw());
        assertThat(plafond.regels().stream().mapToLong(Toelichtingsregel::centen).sum())
                .isEqualTo(plafond.totaalCenten());
        return plafond;
    }

    // RULES B-01
    @Test
    void b01_pgbPlafondIsDeNormVoorPgbEnMpt() {
        // RULES B-01 — seed 000 L1204-1210: plafond from the vpt tariff without behandeling and toeslagen
        // VV5 2024: 180.00 × 366 = 65,880.00
        Budgetplafond pgb = plafond(vraag(Zorgprofiel.VV5, Leveringsverdeling.PGB));
        Budgetplafond mpt = plafond(vraag(Zorgprofiel.VV5, Leveringsverdeling.MPT));
        assertThat(pgb.totaal()).isEqualTo(Bedrag.euro("65880.00"));
        assertThat(mpt.totaal()).isEqualTo(pgb.totaal());
        Toelichtingsregel regel = pgb.regels().get(0);
        assertThat(regel.regel()).isEqualTo("B-01");
        assertThat(regel.jaar()).isEqualTo(2024);
        assertThat(regel.bron()).contains("illustratief");
        assertThat(regel.tariefregel()).contains("5VV").contains("180,00").contains("366 dagen");
    }

    // RULES B-01
    @Test
    void b01_regelsetHuidigTeltGeenToeslagenThuis() {
        // RULES B-01 / domain README "huidig": no toeslagen in the home budget (seed 000 L1218-1220)
        Budgetplafond huidig = plafond(vraag(Zorgprofiel.VG5, Leveringsverdeling.MPT).regelset(Regelset.HUIDIG)
                .toeslagen("DAGBESTEDING_VG5_VG8"));
        assertThat(huidig.totaal()).isEqualTo(Bedrag.euro("64050.00"));
        assertThat(huidig.meldingen()).extracting(Melding::regel).containsExactly("B-01");
    }

    // RULES B-02
    @Test
    void b02_adviesTeltToeslagenBehalveInstellingsgebondenEnGebruikelijkeZorg() {
        // RULES B-02 — seed 000 L1218-1225, L2943-2965: include dagbesteding vg5/vg8; exclude epilepsie, woonzorg
        // VG5 2024: 175.00 × 366 = 64,050.00; dagbesteding 30.00 × 366 = 10,980.00
        Budgetplafond advies = plafond(vraag(Zorgprofiel.VG5, Leveringsverdeling.MPT)
                .toeslagen("DAGBESTEDING_VG5_VG8", "EPILEPSIE", "WOONZORG"));
        assertThat(advies.totaal()).isEqualTo(Bedrag.euro("75030.00"));
        assertThat(advies.regels()).extracting(Toelichtingsregel::regel).containsExactly("B-01", "B-02");
        assertThat(advies.meldingen()).extracting(Melding::tekst).anyMatch(t -> t.contains("instelling"))
                .anyMatch(t -> t.contains("gebruikelijke zorg"));
    }

    // RULES B-02
    @Test
    void b02_schakelaarBeperktToeslagenTotZorgInNatura() {
        // RULES B-02 — seed 000 L2949-2950: "possibly only in zorg in natura"
        Budgetvraag.Builder pgb = vraag(Zorgprofiel.VG5, Leveringsverdeling.PGB).toeslagen("DAGBESTEDING_VG5_VG8")
                .toeslagenAlleenZorgInNatura(true);
        assertThat(plafond(pgb).totaal()).isEqualTo(Bedrag.euro("64050.00"));
        Budgetvraag.Builder gemengd = vraag(Zorgprofiel.VG5, Leveringsverdeling.gemengd(50))
                .toeslagen("DAGBESTEDING_VG5_VG8").toeslagenAlleenZorgInNatura(true);
        Budgetplafond plafond = plafond(gemengd);
        assertThat(plafond.totaal()).isEqualTo(Bedrag.euro("75030.00"));
        // the toeslag goes entirely to the mpt part: 64,050 / 2 + 10,980
        assertThat(plafond.verdeling()).containsEntry(Leveringsvorm.MPT, Bedrag.euro("43005.00"))
                .containsEntry(Leveringsvorm.PGB, Bedrag.euro("32025.00"));
    }

    // RULES B-03
    @Test
    void b03_toeslagNietToegestaanBijPgbEnOnbekendeToeslag() {
        // RULES B-03 — seed 000 L562-595: flags per toeslag; KIB is behandeling, not from a pgb (L-05)
        Budgetplafond pgb = plafond(vraag(Zorgprofiel.VV5, Leveringsverdeling.PGB).toeslagen("KIB", "ONBEKEND"));
        assertThat(pgb.totaal()).isEqualTo(Bedrag.euro("65880.00"));
        assertThat(pgb.meldingen()).extracting(Melding::regel).containsExactlyInAnyOrder("B-03", "B-03");
        // KIB 120.00 × 366 = 43,920.00 with mpt
        assertThat(plafond(vraag(Zorgprofiel.VV5, Leveringsverdeling.MPT).toeslagen("KIB")).totaal())
                .isEqualTo(Bedrag.euro("109800.00"));
    }

    // RULES B-04
    @Test
    void b04_ektGrondslagIsHetPlafondZonderToeslagenEnSchakelbaar() {
        // RULES B-04: 25% of 64,050.00 = 16,012.50; switched: 25% of 75,030.00 = 18,757.50
        Budgetvraag.Builder vraag = vraag(Zorgprofiel.VG5, Leveringsverdeling.MPT).toeslagen("DAGBESTEDING_VG5_VG8")
                .ekt(EktAanvraag.maximaal(EktDoelgroep.GEEN));
        assertThat(ekt(plafond(vraag))).isEqualTo(Bedrag.euro("16012.50"));
        assertThat(ekt(plafond(vraag.ektGrondslag(EktGrondslag.PLAFOND_MET_TOESLAGEN))))
                .isEqualTo(Bedrag.euro("18757.50"));
    }

    // RULES B-05
    @Test
    void b05_meerzorgIsEenBedragPerClient() {
        // RULES B-05 — seed 000 L3713-3741: per client, exactly the granted amount
        Budgetplafond plafond = plafond(vraag(Zorgprofiel.VG7, Leveringsverdeling.MPT)
                .meerzorg(new MeerzorgToekenning(Bedrag.euro("12345.67"), false)));
        assertThat(plafond.regels().get(1).bedrag()).isEqualTo(Bedrag.euro("12345.67"));
        assertThat(plafond.regels().get(1).omschrijving()).contains("B-05");
    }

    // RULES E-01
    @Test
    void e01_ektEnBudgetplafondAlleenBijPgbOfMpt() {
        // RULES E-01 — seed 000 L604-606: never verblijf or vpt
        assertThatThrownBy(() -> Leveringsverdeling.alleen(Leveringsvorm.VERBLIJF))
                .hasMessageContaining("alleen pgb en mpt");
        assertThatThrownBy(() -> Leveringsverdeling.alleen(Leveringsvorm.VPT)).hasMessageContaining("E-01");
        assertThat(Leveringsverdeling.alleen(Leveringsvorm.PGB).heeftPgb()).isTrue();
    }

    // RULES E-02
    @Test
    void e02_ektHoogstens25ProcentVanHetPlafond() {
        // RULES E-02 — seed 000 L606-607, seed 002 L40: VV5 65,880.00 × 25% = 16,470.00
        Budgetplafond plafond = plafond(vraag(Zorgprofiel.VV5, Leveringsverdeling.PGB)
                .ekt(new EktAanvraag(Bedrag.euro(20_000), EktDoelgroep.GEEN, false)));
        assertThat(ekt(plafond)).isEqualTo(Bedrag.euro("16470.00"));
        assertThat(plafond.meldingen()).extracting(Melding::regel).containsExactly("E-02");
        assertThat(plafond.regels().get(1).bron()).contains("seed 002 L40");
    }

    // RULES E-03
    @Test
    void e03_voor1Juli2018AlleenDeVierDoelgroepen() {
        // RULES E-03 — seed 000 L3573-3599; seed 002 L37-41 (broadened per 1 July 2018)
        LocalDate juni2018 = LocalDate.of(2018, 6, 30);
        Budgetvraag.Builder geen = Budgetvraag.voor(Zorgprofiel.VV6, juni2018, Leveringsverdeling.PGB)
                .ekt(EktAanvraag.maximaal(EktDoelgroep.GEEN));
        Budgetplafond voor = plafond(geen);
        assertThat(voor.regels()).hasSize(1);
        assertThat(voor.meldingen()).extracting(Melding::regel).containsExactly("E-03");
        Budgetplafond jong = plafond(geen.geboortedatum(LocalDate.of(2000, 1, 1))
                .ekt(EktAanvraag.maximaal(EktDoelgroep.JONGER_DAN_23)));
        assertThat(jong.regels()).extracting(Toelichtingsregel::regel).containsExactly("B-01", "E-02");
        Budgetplafond vanaf = plafond(Budgetvraag.voor(Zorgprofiel.VV6, LocalDate.of(2018, 7, 1),
                Leveringsverdeling.PGB).ekt(EktAanvraag.maximaal(EktDoelgroep.GEEN)));
        assertThat(vanaf.regels()).extracting(Toelichtingsregel::regel).containsExactly("B-01", "E-02");
    }

    // RULES E-04
    @Test
    void e04_palliatiefTerminaalBoven25ProcentAlleenMetBevestiging() {
        // RULES E-04 — seed 000 L3589-3599: VV10 2024 280.00 × 366 = 102,480.00; 25% = 25,620.00
        EktAanvraag gevraagd = new EktAanvraag(Bedrag.euro(40_000), EktDoelgroep.PALLIATIEF_TERMINAAL, false);
        Budgetplafond zonder = plafond(vraag(Zorgprofiel.VV10, Leveringsverdeling.MPT).ekt(gevraagd));
        assertThat(ekt(zonder)).isEqualTo(Bedrag.euro("25620.00"));
        assertThat(zonder.meldingen()).extracting(Melding::regel).containsExactly("E-04");
        Budgetplafond met = plafond(vraag(Zorgprofiel.VV10, Leveringsverdeling.MPT).ekt(
                new EktAanvraag(Bedrag.euro(40_000), EktDoelgroep.PALLIATIEF_TERMINAAL, true)));
        assertThat(met.regels().get(1).regel()).isEqualTo("E-04");
        assertThat(met.totaal()).isEqualTo(Bedrag.euro("142480.00"));
    }

    // RULES E-05
    @Test
    void e05_ektNietSamenMetMeerzorgOfPab() {
        // RULES E-05 — seed 000 L656-657
        Budgetplafond plafond = plafond(vraag(Zorgprofiel.VG7, Leveringsverdeling.MPT)
                .meerzorg(new MeerzorgToekenning(Bedrag.euro(10_000), false))
                .ekt(EktAanvraag.maximaal(EktDoelgroep.GEEN)));
        assertThat(plafond.regels()).extracting(Toelichtingsregel::regel).containsExactly("B-01", "M-03");
        assertThat(plafond.meldingen()).extracting(Melding::regel).containsExactly("E-05");
    }

    // RULES E-06
    @Test
    void e06_voorEenWeigeringWordtEktBeoordeeld() {
        // RULES E-06 — seed 000 L662-667: VV5 pgb 70,000 > 65,880 but ≤ 65,880 + 16,470
        Doelmatigheidstoets toets = REKENAAR.toets(vraag(Zorgprofiel.VV5, Leveringsverdeling.PGB).bouw(),
                Thuiskosten.pgb(Bedrag.euro(70_000)));
        assertThat(toets.uitkomst()).isEqualTo(Doelmatigheidstoets.Uitkomst.ONDOELMATIG);
        assertThat(toets.meldingen()).extracting(Melding::regel).contains("E-06");
        assertThat(toets.meldingen()).filteredOn(m -> m.regel().equals("E-06")).first()
                .extracting(Melding::tekst).asString().contains("4.120,00");
    }

    // RULES L-02
    @Test
    void l02_gemengdeLeveringIsEenBudgetVerdeeld() {
        // RULES L-02 — 001 L1013-1017, 002 L109-111: VV5 65,880.00 split 60/40 = 39,528.00 + 26,352.00
        Budgetplafond plafond = plafond(vraag(Zorgprofiel.VV5, Leveringsverdeling.gemengd(60)));
        assertThat(plafond.totaal()).isEqualTo(Bedrag.euro("65880.00"));
        assertThat(plafond.verdeling()).containsEntry(Leveringsvorm.PGB, Bedrag.euro("39528.00"))
                .containsEntry(Leveringsvorm.MPT, Bedrag.euro("26352.00"));
    }

    // RULES L-03
    @Test
    void l03_5ggzWGeeftGeenRechtOpPgb() {
        // RULES L-03 — seed 004 L668-670
        assertThatThrownBy(() -> REKENAAR.plafond(vraag(Zorgprofiel.GGZ5W, Leveringsverdeling.gemengd(30)).bouw()))
                .isInstanceOf(BudgetGeweigerd.class).hasMessageContaining("5GGZ-W")
                .extracting(e -> ((BudgetGeweigerd) e).regel()).isEqualTo("L-03");
        // zorg in natura stays possible: 210.00 × 366 = 76,860.00
        assertThat(plafond(vraag(Zorgprofiel.GGZ5W, Leveringsverdeling.MPT)).totaal())
                .isEqualTo(Bedrag.euro("76860.00"));
    }

    // RULES L-04
    @Test
    void l04_eenPgbWordtGeheelToegekendOfGeweigerd() {
        // RULES L-04 — seed 004 L133-134
        Doelmatigheidstoets toets = REKENAAR.toets(vraag(Zorgprofiel.VV5, Leveringsverdeling.PGB).bouw(),
                Thuiskosten.pgb(Bedrag.euro(100_000)));
        assertThat(toets.uitkomst()).isEqualTo(Doelmatigheidstoets.Uitkomst.ONDOELMATIG);
        assertThat(toets.marge()).isEqualTo(Bedrag.euro("-34120.00"));
        assertThat(toets.meldingen()).extracting(Melding::regel).contains("L-04").doesNotContain("E-06");
    }

    // RULES L-07
    @Test
    void l07_vptIsZzpMinVerblijfscomponent() {
        // RULES L-07 — seed 003 L290-291: every vpt tariff lies below the verblijf tariff of the same row
        assertThat(TestTarieven.set().profieltarieven())
                .allMatch((Profieltarief t) -> t.vptExclBh().compareTo(t.verblijfExclBh()) < 0);
    }

    // RULES M-01
    @Test
    void m01_meerzorgAlleenVoorDeGenoemdeProfielenOfViaCizSignaal() {
        // RULES M-01 — seed 000 L3470-3512: VV5/VV6 not eligible; I-04 (lid 2) opens it
        Budgetplafond vv5 = plafond(vraag(Zorgprofiel.VV5, Leveringsverdeling.MPT)
                .meerzorg(new MeerzorgToekenning(Bedrag.euro(5_000), false)));
        assertThat(vv5.totaal()).isEqualTo(Bedrag.euro("65880.00"));
        assertThat(vv5.meldingen()).extracting(Melding::regel).containsExactly("M-01");
        Budgetplafond viaCiz = plafond(vraag(Zorgprofiel.VV5, Leveringsverdeling.MPT)
                .meerzorg(new MeerzorgToekenning(Bedrag.euro(5_000), true)));
        assertThat(viaCiz.totaal()).isEqualTo(Bedrag.euro("70880.00"));
    }

    // RULES M-03
    @Test
    void m03_meerzorgBijAlleLeveringsvormenOokInDeInstelling() {
        // RULES M-03 — seed 000 L484-493: VG7 2024 verblijf 280.00 × 366 = 102,480.00 + 8,000.00 meerzorg
        Instellingsvergelijking instelling = REKENAAR.instelling(vraag(Zorgprofiel.VG7, Leveringsverdeling.PGB)
                .meerzorg(new MeerzorgToekenning(Bedrag.euro(8_000), false)).bouw());
        assertThat(instelling.totaal()).isEqualTo(Bedrag.euro("110480.00"));
        assertThat(instelling.regels()).extracting(Toelichtingsregel::regel).containsExactly("B-01", "M-03");
    }

    // RULES P-01
    @Test
    void p01_pabAlleenBijPgbEnVoorLg5Lg6Lg7Vv7Vv8() {
        // RULES P-01 — seed 000 L675-698, L3608-3615
        PabAanvraag pab = new PabAanvraag(Bedrag.euro(150_000));
        assertThat(plafond(vraag(Zorgprofiel.LG6, Leveringsverdeling.MPT).pab(pab)).meldingen())
                .extracting(Melding::regel).containsExactly("P-01");
        assertThat(plafond(vraag(Zorgprofiel.VV5, Leveringsverdeling.PGB).pab(pab)).meldingen())
                .extracting(Melding::regel).containsExactly("P-01");
        assertThat(plafond(vraag(Zorgprofiel.VV8, Leveringsverdeling.PGB).pab(pab)).totaal())
                .isEqualTo(Bedrag.euro(150_000));
    }

    // RULES P-02
    @Test
    void p02_pabVanaf18Jaar() {
        // RULES P-02 — seed 000 L3617-3625
        Budgetplafond jong = plafond(vraag(Zorgprofiel.LG6, Leveringsverdeling.PGB)
                .geboortedatum(LocalDate.of(2008, 1, 1)).pab(new PabAanvraag(Bedrag.euro(150_000))));
        assertThat(jong.meldingen()).extracting(Melding::tekst).containsExactly(
                "Een pab is er vanaf 18 jaar; de cliënt is 16.");
        assertThat(jong.regels()).hasSize(1);
    }

    // RULES P-04
    @Test
    void p04_pabBegrensdOpHetMaximumVanHetJaar() {
        // RULES P-04 — seed 000 L682-683: 2016 € 219.000; LG6 2016: 153.93 × 366 = 56,338.38
        Budgetplafond plafond = plafond(Budgetvraag.voor(Zorgprofiel.LG6, LocalDate.of(2016, 9, 1),
                        Leveringsverdeling.PGB).geboortedatum(LocalDate.of(1980, 1, 1))
                .pab(new PabAanvraag(Bedrag.euro(300_000))));
        assertThat(plafond.totaal()).isEqualTo(Bedrag.euro(219_000));
        assertThat(plafond.regels().get(1).bedrag()).isEqualTo(Bedrag.euro("162661.62"));
        assertThat(plafond.regels().get(1).bron()).contains("seed 000 L682-683");
        assertThat(plafond.meldingen()).extracting(Melding::regel).containsExactly("P-04");
    }

    // RULES T-02
    @Test
    void t02_toeslagAlleenAlsDeVoorwaardeOpDeIndicatieKlopt() {
        // RULES T-02 — seed 000 L585-591: dagbesteding vg5/vg8 not for VG6
        Budgetplafond plafond = plafond(vraag(Zorgprofiel.VG6, Leveringsverdeling.MPT).toeslagen("DAGBESTEDING_VG5_VG8"));
        assertThat(plafond.regels()).hasSize(1);
        assertThat(plafond.meldingen()).extracting(Melding::regel).containsExactly("T-02");
    }

    // RULES T-03
    @Test
    void t03_jeugdtoeslagAlleenJongerDan23InEenInstelling() {
        // RULES T-03 — seed 000 L3543: age < 23 AND verblijf; 25.00 × 366 = 9,150.00
        Budgetvraag jong = vraag(Zorgprofiel.VG5, Leveringsverdeling.MPT).geboortedatum(LocalDate.of(2004, 1, 1))
                .toeslagen("JEUGD_ONDER_23").bouw();
        assertThat(REKENAAR.plafond(jong).regels()).hasSize(1);
        assertThat(REKENAAR.instelling(jong).totaal()).isEqualTo(Bedrag.euro("82350.00").plus(Bedrag.euro("9150.00")));
        Budgetvraag ouder = jong.wijzig().geboortedatum(LocalDate.of(1990, 1, 1)).bouw();
        Instellingsvergelijking instelling = REKENAAR.instelling(ouder);
        assertThat(instelling.regels()).hasSize(1);
        assertThat(instelling.meldingen()).extracting(Melding::regel).containsExactly("T-03");
    }

    // RULES T-01
    @Test
    void t01_toeslagenInDeInstellingTellenAllemaalMee() {
        // RULES T-01 — seed 000 L575-581: in an institution the instellingsgebonden toeslag applies
        Instellingsvergelijking instelling = REKENAAR.instelling(vraag(Zorgprofiel.VV5, Leveringsverdeling.PGB)
                .toeslagen("EPILEPSIE").bouw());
        // 225.00 × 366 = 82,350.00 + 60.00 × 366 = 21,960.00
        assertThat(instelling.totaal()).isEqualTo(Bedrag.euro("104310.00"));
    }

    private static Bedrag ekt(Budgetplafond plafond) {
        return plafond.regels().stream().filter(r -> r.regel().startsWith("E-")).findFirst().orElseThrow().bedrag();
    }
}
