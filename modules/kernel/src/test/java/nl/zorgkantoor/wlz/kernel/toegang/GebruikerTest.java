package nl.zorgkantoor.wlz.kernel.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import org.junit.jupiter.api.Test;

class GebruikerTest {

    private static final Gebruiker MEDEWERKER_UTRECHT =
            new Gebruiker("m.utrecht", Set.of(Rollen.MEDEWERKER), ZorgkantoorRegio.UTRECHT);

    @Test
    void eenMedewerkerZietAlleenClientenVanDeEigenRegio() {
        assertThat(MEDEWERKER_UTRECHT.magClientZien(ZorgkantoorRegio.UTRECHT)).isTrue();
        assertThat(MEDEWERKER_UTRECHT.magClientZien(ZorgkantoorRegio.AMSTERDAM)).isFalse();
        assertThat(MEDEWERKER_UTRECHT.magClientZien(null)).isFalse();
    }

    @Test
    void eenBeoordelaarZietAlleenClientenVanDeEigenRegio() {
        Gebruiker beoordelaar = new Gebruiker("b", Set.of(Rollen.BEOORDELAAR), ZorgkantoorRegio.ROTTERDAM);
        assertThat(beoordelaar.magClientZien(ZorgkantoorRegio.ROTTERDAM)).isTrue();
        assertThat(beoordelaar.magClientZien(ZorgkantoorRegio.UTRECHT)).isFalse();
    }

    @Test
    void rollenZonderClientgegevensZienGeenEnkeleClientOokNietMetEenRegio() {
        for (String rol : Set.of(Rollen.BEHEERDER, Rollen.TOEZICHTHOUDER, Rollen.KETENPARTNER)) {
            Gebruiker g = new Gebruiker("x", Set.of(rol), ZorgkantoorRegio.UTRECHT);
            assertThat(g.magClientZien(ZorgkantoorRegio.UTRECHT)).as(rol).isFalse();
        }
        assertThat(Gebruiker.anoniem().magClientZien(ZorgkantoorRegio.UTRECHT)).isFalse();
    }

    @Test
    void eenMedewerkerZonderRegioZietNiemand() {
        Gebruiker zonderRegio = new Gebruiker("m", Set.of(Rollen.MEDEWERKER), null);
        assertThat(zonderRegio.magClientZien(ZorgkantoorRegio.UTRECHT)).isFalse();
    }

    @Test
    void controleWeigertMetEenNederlandseMeldingZonderClientgegevens() {
        assertThatThrownBy(() -> MEDEWERKER_UTRECHT.controleerClient(ZorgkantoorRegio.AMSTERDAM))
                .isInstanceOf(GeenToegangException.class)
                .hasMessageContaining("buiten uw zorgkantoorregio");
        assertThatThrownBy(() -> MEDEWERKER_UTRECHT.controleerRol(Rollen.BEHEERDER))
                .isInstanceOf(GeenToegangException.class)
                .hasMessageContaining("BEHEERDER");
        MEDEWERKER_UTRECHT.controleerClient(ZorgkantoorRegio.UTRECHT);
        MEDEWERKER_UTRECHT.controleerRol(Rollen.BEOORDELAAR, Rollen.MEDEWERKER);
    }

    @Test
    void rollenZijnOnveranderlijk() {
        assertThatThrownBy(() -> MEDEWERKER_UTRECHT.rollen().add(Rollen.BEHEERDER))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Gebruiker.anoniem().isAnoniem()).isTrue();
        assertThat(MEDEWERKER_UTRECHT.isAnoniem()).isFalse();
    }
}
