package nl.zorgkantoor.wlz.toezicht.infrastructure.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.infrastructure.demo.DemoWachtlijst.Verblijf;

/**
 * The deterministic care-delivery history of one synthetic client, as the aanbieders would have reported it in
 * AW35 (start) and AW39 (end): consecutive periods from shortly after the indication until {@link
 * DemoWachtlijst#HORIZON}, each at one aanbieder, ended by an overplaatsing (17) or overdracht (21) to the next. A
 * placement that ends a stay on the waiting list starts a period at that aanbieder on that day, so the two histories
 * agree. The last period is in the client's current leveringsvorm; earlier ones of a client now in an institution
 * were often at home. A pgb client has none: an aanbieder reports no pgb in AW35 (CS127). Illustrative, not a
 * source figure; about 2.6 periods per client.
 */
public final class DemoZorglevering {

    /** At most this many periods per client (the loader writes one pass per period). */
    public static final int MAX_PERIODES = 8;
    static final String OVERPLAATSING = "17";
    static final String OVERDRACHT = "21";

    /** One period; {@code einde} null while it goes on. */
    public record Levering(int volgnummer, String aanbieder, Leveringsvorm leveringsvorm, LocalDate begin,
                         LocalDate einde, String mutatiecodeEinde) {
    }

    private DemoZorglevering() {
    }

    public static List<Levering> periodes(DemoPopulatie populatie, DemoClient client, List<Verblijf> wachtlijst) {
        if (client.leveringsvorm() == Leveringsvorm.PGB) {
            return List.of();
        }
        SplittableRandom rnd = populatie.random(client.nummer(), "zorglevering");
        List<LocalDate> grenzen = new ArrayList<>();
        List<String> aanbieders = new ArrayList<>();
        LocalDate begin = client.indicatieIngangsdatum().plusDays(rnd.nextInt(60));
        if (!begin.isBefore(DemoWachtlijst.HORIZON)) {
            return List.of();
        }
        grenzen.add(begin);
        aanbieders.add(aanbieder(client, rnd));
        LocalDate dag = begin;
        // Room for a placement from each of the at most two stays on the waiting list.
        while (grenzen.size() < MAX_PERIODES - 2) {
            dag = dag.plusDays(60 + (long) (-Math.log(1 - rnd.nextDouble()) * 1400));
            if (!dag.isBefore(DemoWachtlijst.HORIZON)) {
                break;
            }
            grenzen.add(dag);
            aanbieders.add(aanbieder(client, rnd));
        }
        plaatsingenUitDeWachtlijst(client, wachtlijst, grenzen, aanbieders);
        boolean eerderThuis = client.leveringsvorm() == Leveringsvorm.VERBLIJF && rnd.nextInt(100) < 40;
        List<Levering> periodes = new ArrayList<>(grenzen.size());
        for (int i = 0; i < grenzen.size(); i++) {
            boolean laatste = i == grenzen.size() - 1;
            Leveringsvorm vorm = laatste || !eerderThuis ? client.leveringsvorm()
                    : i == 0 ? Leveringsvorm.MPT : Leveringsvorm.VPT;
            String code = laatste ? null : rnd.nextInt(100) < 80 ? OVERPLAATSING : OVERDRACHT;
            periodes.add(new Levering(i, aanbieders.get(i), vorm, grenzen.get(i), laatste ? null : grenzen.get(i + 1),
                    code));
        }
        return periodes;
    }

    /** Every placement from the waiting list (AW35 after "in zorg") starts a period there, replacing a random one. */
    private static void plaatsingenUitDeWachtlijst(DemoClient client, List<Verblijf> wachtlijst, List<LocalDate> grenzen,
                                                   List<String> aanbieders) {
        for (Verblijf v : wachtlijst) {
            if (v.eindstatus() != Leveringsstatus.IN_ZORG || v.einde().isBefore(grenzen.get(0))) {
                continue;
            }
            int plek = 0;
            while (plek < grenzen.size() && grenzen.get(plek).isBefore(v.einde())) {
                plek++;
            }
            if (plek < grenzen.size() && grenzen.get(plek).equals(v.einde())) {
                aanbieders.set(plek, v.geplaatstBij());
            } else {
                grenzen.add(plek, v.einde());
                aanbieders.add(plek, v.geplaatstBij());
            }
        }
    }

    private static String aanbieder(DemoClient client, SplittableRandom rnd) {
        return String.format("74%02d%04d", Integer.parseInt(client.regio().code()) % 100, rnd.nextInt(30));
    }
}
