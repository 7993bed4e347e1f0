package nl.zorgkantoor.wlz.toezicht.infrastructure.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;

/**
 * The deterministic waiting-list history of one synthetic client: zero, one or two stays on the list between
 * 2020 and {@link #HORIZON}, each with one to three waiting statuses, how it ended, and overbruggingszorg. The mix
 * is tuned so that about 5.5% of the population is waiting on any peildatum, mostly "wacht op voorkeur" as in NZa
 * Tabel 1 (004 L352-371). Illustrative, not a source figure.
 */
public final class DemoWachtlijst {

    /** Nothing happens after this date in the demo data, whatever day the server starts. */
    public static final LocalDate HORIZON = DemoPopulatie.HORIZON;
    static final LocalDate BEGIN = LocalDate.of(2020, 1, 1);
    /** RULES W-01: statuses 6 and 7 exist from 2021; before that "actief wachtend" (1). */
    static final LocalDate NIEUWE_STATUSSEN = LocalDate.of(2021, 1, 1);

    /** One waiting status held from {@code van}. */
    public record Status(Leveringsstatus status, String classificatie, LocalDate van) {
    }

    /** One stay: statuses in order, how and when it ended (null = still waiting), overbruggingszorg. */
    public record Verblijf(int volgnummer, String voorkeursaanbieder, List<Status> statussen, LocalDate einde,
                           Leveringsstatus eindstatus, String geplaatstBij, boolean alternatiefGeweigerd,
                           LocalDate overbruggingVan, LocalDate overbruggingTot) {

        public LocalDate begin() {
            return statussen.get(0).van();
        }

        public boolean heeftOverbrugging() {
            return overbruggingVan != null;
        }
    }

    private DemoWachtlijst() {
    }

    public static List<Verblijf> verblijven(DemoPopulatie populatie, DemoClient client) {
        SplittableRandom rnd = populatie.random(client.nummer(), "toezicht");
        List<Verblijf> verblijven = new ArrayList<>(2);
        int kans = rnd.nextInt(1000);
        int aantal = kans < 400 ? 1 : kans < 455 ? 2 : 0;
        long dagen = HORIZON.toEpochDay() - BEGIN.toEpochDay();
        LocalDate vanaf = BEGIN.plusDays(rnd.nextLong(dagen));
        for (int i = 0; i < aantal && vanaf.isBefore(HORIZON); i++) {
            Verblijf v = verblijf(i, client, rnd, vanaf);
            verblijven.add(v);
            if (v.einde() == null) {
                break;
            }
            vanaf = v.einde().plusDays(60 + rnd.nextInt(365));
        }
        return verblijven;
    }

    private static Verblijf verblijf(int volgnummer, DemoClient client, SplittableRandom rnd, LocalDate begin) {
        String voorkeur = String.format("73%02d%04d", Integer.parseInt(client.regio().code()) % 100,
                rnd.nextInt(12));
        int r = rnd.nextInt(100);
        Leveringsstatus eerste = r < 70 ? Leveringsstatus.WACHT_OP_VOORKEUR
                : r < 88 ? Leveringsstatus.ACTIEF_PLAATSEN
                : r < 91 ? Leveringsstatus.URGENT_PLAATSEN : Leveringsstatus.WACHT_UIT_VOORZORG;
        List<Status> statussen = new ArrayList<>(3);
        LocalDate van = begin;
        Leveringsstatus status = eerste;
        long duur = duur(status, rnd);
        // Some waits escalate to a more urgent status (W-04: reported by the voorkeursaanbieder).
        Leveringsstatus escalatie = switch (status) {
            case WACHT_OP_VOORKEUR -> rnd.nextInt(100) < 15 ? Leveringsstatus.ACTIEF_PLAATSEN : null;
            case ACTIEF_PLAATSEN -> rnd.nextInt(100) < 8 ? Leveringsstatus.URGENT_PLAATSEN : null;
            default -> null;
        };
        if (escalatie != null) {
            long na = Math.max(1, duur * (30 + rnd.nextInt(50)) / 100);
            voegToe(statussen, status, van, rnd);
            van = van.plusDays(na);
            status = escalatie;
            duur = duur(status, rnd);
        }
        voegToe(statussen, status, van, rnd);
        LocalDate einde = van.plusDays(duur);
        if (!einde.isBefore(HORIZON)) {
            einde = null;
        }
        // Before 2021 "actief plaatsen" and "urgent plaatsen" were "actief wachtend"; on 1 January 2021 providers
        // re-registered them with the new status (RULES W-01).
        statussen = hercodeerVoor2021(statussen, einde);
        Leveringsstatus eindstatus = null;
        String geplaatstBij = null;
        if (einde != null) {
            eindstatus = rnd.nextInt(100) < 86 ? Leveringsstatus.IN_ZORG : Leveringsstatus.EINDE_ZORGVRAAG;
            if (eindstatus == Leveringsstatus.IN_ZORG) {
                int bijVoorkeur = switch (status) {
                    case URGENT_PLAATSEN -> 25; // RULES W-05: timely first care beats the preferred provider
                    case ACTIEF_PLAATSEN -> 55;
                    default -> 92;
                };
                geplaatstBij = rnd.nextInt(100) < bijVoorkeur ? voorkeur
                        : String.format("74%02d%04d", Integer.parseInt(client.regio().code()) % 100, rnd.nextInt(30));
            }
            if (!einde.isAfter(statussen.get(statussen.size() - 1).van())) {
                einde = statussen.get(statussen.size() - 1).van().plusDays(1);
            }
        }
        boolean geweigerd = eerste == Leveringsstatus.WACHT_OP_VOORKEUR && rnd.nextInt(100) < 30;
        LocalDate ovbVan = null;
        LocalDate ovbTot = null;
        int ovbKans = switch (status) {
            case URGENT_PLAATSEN -> 50;
            case ACTIEF_PLAATSEN -> 30;
            case WACHT_OP_VOORKEUR -> 8;
            default -> 0;
        };
        if (rnd.nextInt(100) < ovbKans) {
            ovbVan = statussen.get(statussen.size() - 1).van().plusDays(rnd.nextInt(20));
            ovbTot = einde;
            if (ovbTot != null && !ovbTot.isAfter(ovbVan)) {
                ovbVan = null;
                ovbTot = null;
            } else if (!ovbVan.isBefore(HORIZON)) {
                ovbVan = null;
            }
        }
        return new Verblijf(volgnummer, voorkeur, List.copyOf(statussen), einde, eindstatus, geplaatstBij,
                geweigerd, ovbVan, ovbTot);
    }

    private static void voegToe(List<Status> statussen, Leveringsstatus status, LocalDate van, SplittableRandom rnd) {
        if (van.isBefore(HORIZON)) {
            statussen.add(new Status(status, classificatie(status, rnd), van));
        }
    }

    private static List<Status> hercodeerVoor2021(List<Status> statussen, LocalDate einde) {
        List<Status> uit = new ArrayList<>(3);
        for (int i = 0; i < statussen.size(); i++) {
            Status s = statussen.get(i);
            boolean nieuw = s.status() == Leveringsstatus.ACTIEF_PLAATSEN || s.status() == Leveringsstatus.URGENT_PLAATSEN;
            LocalDate volgende = i + 1 < statussen.size() ? statussen.get(i + 1).van() : null;
            if (nieuw && s.van().isBefore(NIEUWE_STATUSSEN)) {
                uit.add(new Status(Leveringsstatus.ACTIEF_WACHTEND, null, s.van()));
                LocalDate tot = volgende != null ? volgende : einde;
                if (tot == null || tot.isAfter(NIEUWE_STATUSSEN)) {
                    uit.add(new Status(s.status(), s.classificatie(), NIEUWE_STATUSSEN));
                }
            } else {
                uit.add(s);
            }
        }
        return uit;
    }

    private static long duur(Leveringsstatus status, SplittableRandom rnd) {
        double e = -Math.log(1 - rnd.nextDouble());
        return switch (status) {
            case URGENT_PLAATSEN -> 3 + (long) (e * 25);
            case ACTIEF_PLAATSEN, ACTIEF_WACHTEND -> 14 + (long) (e * 100);
            case WACHT_UIT_VOORZORG -> 90 + (long) (e * 400);
            default -> 60 + (long) (e * 260);
        };
    }

    private static String classificatie(Leveringsstatus status, SplittableRandom rnd) {
        String[] codes = switch (status) {
            case URGENT_PLAATSEN -> new String[] {"01", "03", "09", "08"};
            case ACTIEF_PLAATSEN -> new String[] {"03", "04", "05", "10", "11"};
            case WACHT_OP_VOORKEUR -> new String[] {"12", "13", "14", "15", "17"};
            case WACHT_UIT_VOORZORG -> new String[] {"19"};
            default -> new String[] {null};
        };
        return codes[rnd.nextInt(codes.length)];
    }
}
