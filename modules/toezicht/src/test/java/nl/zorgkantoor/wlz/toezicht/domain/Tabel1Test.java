package nl.zorgkantoor.wlz.toezicht.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import org.junit.jupiter.api.Test;

/** NZa Tabel 1 (seed 004 L352-375, peildatum 1 September 2021/2022/2023) as a fixture for RULES W-02. */
class Tabel1Test {

    private static final Leveringsstatus U = Leveringsstatus.URGENT_PLAATSEN;
    private static final Leveringsstatus A = Leveringsstatus.ACTIEF_PLAATSEN;
    private static final Leveringsstatus V = Leveringsstatus.WACHT_OP_VOORKEUR;

    static Tabel1 nza() {
        Tabel1 t = new Tabel1();
        long[][] vv = {{210, 324, 352}, {2109, 4119, 4037}, {13987, 16940, 17945}};
        long[][] ghz = {{3, 5, 11}, {498, 613, 518}, {1341, 1345, 1303}};
        long[][] ggz = {{8, 2, 4}, {203, 255, 208}, {329, 532, 484}};
        vul(t, Sector.VV, vv);
        vul(t, Sector.GHZ, ghz);
        vul(t, Sector.GGZ, ggz);
        return t;
    }

    private static void vul(Tabel1 t, Sector sector, long[][] a) {
        List<Leveringsstatus> st = List.of(U, A, V);
        for (int s = 0; s < 3; s++) {
            for (int j = 0; j < 3; j++) {
                t.tel(sector, st.get(s), j, a[s][j]);
            }
        }
    }

    // RULES W-02
    @Test
    void w02_sectortotalenUitNzaTabel1() {
        Tabel1 t = nza();
        assertThat(new long[] {t.totaal(Sector.VV, 0), t.totaal(Sector.VV, 1), t.totaal(Sector.VV, 2)})
                .containsExactly(16306, 21383, 22334);
        assertThat(new long[] {t.totaal(Sector.GHZ, 0), t.totaal(Sector.GHZ, 1), t.totaal(Sector.GHZ, 2)})
                .containsExactly(1842, 1963, 1832);
        assertThat(new long[] {t.totaal(Sector.GGZ, 0), t.totaal(Sector.GGZ, 1), t.totaal(Sector.GGZ, 2)})
                .containsExactly(540, 789, 696);
        assertThat(new long[] {t.totaal(0), t.totaal(1), t.totaal(2)}).containsExactly(18688, 24135, 24862);
        assertThat(new long[] {t.totaal(U, 2), t.totaal(A, 2), t.totaal(V, 2)}).containsExactly(367, 4763, 19732);
    }

    // RULES W-02
    @Test
    void w02_mutatiepercentagesUitNzaTabel1() {
        // V&V rows and total
        assertThat(Tabel1.mutatie(210, 324)).isEqualTo(54);
        assertThat(Tabel1.mutatie(324, 352)).isEqualTo(9);
        assertThat(Tabel1.mutatie(2109, 4119)).isEqualTo(95);
        assertThat(Tabel1.mutatie(4119, 4037)).isEqualTo(-2);
        assertThat(Tabel1.mutatie(13987, 16940)).isEqualTo(21);
        assertThat(Tabel1.mutatie(16940, 17945)).isEqualTo(6);
        assertThat(Tabel1.mutatie(16306, 21383)).isEqualTo(31);
        assertThat(Tabel1.mutatie(21383, 22334)).isEqualTo(4);
        // GHZ
        assertThat(Tabel1.mutatie(3, 5)).isEqualTo(67);
        assertThat(Tabel1.mutatie(5, 11)).isEqualTo(120);
        assertThat(Tabel1.mutatie(498, 613)).isEqualTo(23);
        assertThat(Tabel1.mutatie(613, 518)).isEqualTo(-15);
        assertThat(Tabel1.mutatie(1341, 1345)).isEqualTo(0);
        assertThat(Tabel1.mutatie(1345, 1303)).isEqualTo(-3);
        assertThat(Tabel1.mutatie(1842, 1963)).isEqualTo(7);
        assertThat(Tabel1.mutatie(1963, 1832)).isEqualTo(-7);
        // GGZ
        assertThat(Tabel1.mutatie(8, 2)).isEqualTo(-75);
        assertThat(Tabel1.mutatie(2, 4)).isEqualTo(100);
        assertThat(Tabel1.mutatie(203, 255)).isEqualTo(26);
        assertThat(Tabel1.mutatie(255, 208)).isEqualTo(-18);
        assertThat(Tabel1.mutatie(329, 532)).isEqualTo(62);
        assertThat(Tabel1.mutatie(532, 484)).isEqualTo(-9);
        assertThat(Tabel1.mutatie(540, 789)).isEqualTo(46);
        assertThat(Tabel1.mutatie(789, 696)).isEqualTo(-12);
        assertThat(Tabel1.mutatie(0, 4)).isNull();
    }

    // RULES W-02, W-08
    @Test
    void w02_w08_tabelToontTotalenEnOnderdruktKleineCellen() {
        Cijfertabel t = nza().alsTabel("0000", List.of("1-9-2021", "1-9-2022", "1-9-2023"));
        assertThat(t.cel("Totaal V&V", "1-9-2023").tekst()).isEqualTo("22.334");
        assertThat(t.cel("Totaal V&V", "Mutatie 2022 t.o.v. 2021").tekst()).isEqualTo("+31%");
        assertThat(t.cel("Totaal GGZ", "Mutatie 2023 t.o.v. 2022").tekst()).isEqualTo("-12%");
        assertThat(t.cel("Totaal sectoren", "1-9-2021").tekst()).isEqualTo("18.688");
        assertThat(t.cel("Totaal sectoren", "Mutatie 2023 t.o.v. 2022").tekst()).isEqualTo("+3%");
        assertThat(t.cel("GHZ - Wacht op voorkeur", "Mutatie 2022 t.o.v. 2021").tekst()).isEqualTo("0%");
        // W-08: GHZ urgent 3 and 5, GGZ urgent 8, 2 and 4
        assertThat(t.cel("GHZ - Urgent plaatsen", "1-9-2021").tekst()).isEqualTo("<5");
        assertThat(t.cel("GHZ - Urgent plaatsen", "1-9-2022").tekst()).isEqualTo("5");
        assertThat(t.cel("GHZ - Urgent plaatsen", "Mutatie 2022 t.o.v. 2021").tekst()).isEqualTo("<5");
        assertThat(t.cel("GHZ - Urgent plaatsen", "Mutatie 2023 t.o.v. 2022").tekst()).isEqualTo("+120%");
        assertThat(t.cel("GGZ - Urgent plaatsen", "1-9-2022").tekst()).isEqualTo("<5");
        assertThat(t.cel("GGZ - Urgent plaatsen", "1-9-2022").waarde()).isNull();
    }

    // RULES W-01
    @Test
    void w01_actiefWachtendTeltAlsActiefPlaatsen() {
        Tabel1 t = new Tabel1().tel(Sector.VV, Leveringsstatus.ACTIEF_WACHTEND, 0, 10)
                .tel(Sector.VV, Leveringsstatus.ACTIEF_PLAATSEN, 0, 5)
                .tel(Sector.VV, Leveringsstatus.WACHT_UIT_VOORZORG, 0, 99);
        assertThat(t.aantal(Sector.VV, A, 0)).isEqualTo(15);
        assertThat(t.totaal(Sector.VV, 0)).isEqualTo(15);
    }
}
