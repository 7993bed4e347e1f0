package nl.zorgkantoor.wlz.toezicht.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;
import org.junit.jupiter.api.Test;

class WachtlijstinschrijvingTest {

    private static final Instant NU = Instant.parse("2026-11-01T10:00:00Z");
    private static final LocalDate MAART = LocalDate.of(2026, 3, 1);
    private static final LocalDate JUNI = LocalDate.of(2026, 6, 1);

    private static Wachtlijstinschrijving inschrijving() {
        return Wachtlijstinschrijving.open(7, ZorgkantoorRegio.UTRECHT, Zorgprofiel.VV5,
                Leveringsstatus.WACHT_OP_VOORKEUR, "12", "AGB1", MAART, NU, "AW39");
    }

    // RULES W-01
    @Test
    void w01_statusOpPeildatumVolgtDeGeschiedenis() {
        Wachtlijstinschrijving w = inschrijving();
        assertThat(w.wijzigStatus(Leveringsstatus.URGENT_PLAATSEN, "09", "AGB1", JUNI, NU, "AW39")).isTrue();

        assertThat(w.sector()).isEqualTo(Sector.VV);
        assertThat(w.statusOp(MAART.minusDays(1))).isEmpty();
        assertThat(w.statusOp(MAART)).contains(Leveringsstatus.WACHT_OP_VOORKEUR);
        assertThat(w.statusOp(JUNI.minusDays(1))).contains(Leveringsstatus.WACHT_OP_VOORKEUR);
        assertThat(w.statusOp(JUNI)).contains(Leveringsstatus.URGENT_PLAATSEN);
        assertThat(w.statussen()).hasSize(2);
        assertThat(w.statussen().get(0).einddatum()).isEqualTo(JUNI);
    }

    // RULES W-04
    @Test
    void w04_dezelfdeMeldingNogmaalsVeranderdNiets() {
        Wachtlijstinschrijving w = inschrijving();
        assertThat(w.wijzigStatus(Leveringsstatus.WACHT_OP_VOORKEUR, "12", "AGB1", MAART, NU, "AW39")).isFalse();
        assertThat(w.statussen()).hasSize(1);
    }

    // RULES W-04
    @Test
    void w04_statusVoorDeHuidigeStatusWordtGeweigerdMetNederlandseMelding() {
        Wachtlijstinschrijving w = inschrijving();
        assertThatThrownBy(() -> w.wijzigStatus(Leveringsstatus.ACTIEF_PLAATSEN, null, "AGB1",
                MAART.minusDays(3), NU, "AW39"))
                .isInstanceOf(OngeldigeWachtlijstMelding.class)
                .hasMessageContaining("ligt vóór de huidige status");
    }

    // RULES W-01
    @Test
    void w01_aanvangZorgBeeindigtHetWachtenEnMerktPlaatsingBijVoorkeur() {
        Wachtlijstinschrijving w = inschrijving();
        assertThat(w.beeindig(Leveringsstatus.IN_ZORG, JUNI, "AGB1")).isTrue();

        assertThat(w.isAfgesloten()).isTrue();
        assertThat(w.bijVoorkeur()).isTrue();
        assertThat(w.statusOp(JUNI)).isEmpty();
        assertThat(w.statusOp(JUNI.minusDays(1))).contains(Leveringsstatus.WACHT_OP_VOORKEUR);
        assertThat(w.beeindig(Leveringsstatus.IN_ZORG, JUNI, "AGB1")).as("herhaalde AW35").isFalse();
        assertThatThrownBy(() -> w.wijzigStatus(Leveringsstatus.URGENT_PLAATSEN, null, null, JUNI.plusDays(1), NU, "x"))
                .isInstanceOf(OngeldigeWachtlijstMelding.class);
    }

    // RULES W-05
    @Test
    void w05_plaatsingEldersIsNietBijVoorkeur() {
        Wachtlijstinschrijving w = inschrijving();
        w.beeindig(Leveringsstatus.IN_ZORG, JUNI, "AGB2");
        assertThat(w.bijVoorkeur()).isFalse();
    }

    // RULES W-01
    @Test
    void w01_eenEindstatusOpentGeenInschrijving() {
        assertThatThrownBy(() -> Wachtlijstinschrijving.open(7, ZorgkantoorRegio.UTRECHT, Zorgprofiel.VV5,
                Leveringsstatus.IN_ZORG, null, null, MAART, NU, "AW35"))
                .isInstanceOf(OngeldigeWachtlijstMelding.class)
                .hasMessageContaining("kan geen wachtlijstinschrijving openen");
    }
}
