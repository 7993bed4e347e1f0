package nl.zorgkantoor.wlz.budget.domain.berekening;

import nl.zorgkantoor.wlz.kernel.Leveringsvorm;

/**
 * How one budget at home is split over pgb and mpt (RULES L-02): one budget, of which {@code pgbProcent} percent
 * is pgb and the rest zorg in natura (mpt) — never two budgets that could add up to more. A budget ceiling exists
 * only for pgb and mpt (RULES B-01); verblijf and vpt are paid by tariff, and ekt never goes with them (E-01).
 */
public record Leveringsverdeling(int pgbProcent) {

    public static final Leveringsverdeling PGB = new Leveringsverdeling(100);
    public static final Leveringsverdeling MPT = new Leveringsverdeling(0);

    public Leveringsverdeling {
        if (pgbProcent < 0 || pgbProcent > 100) {
            throw new IllegalArgumentException("Het pgb-deel moet tussen 0 en 100 procent liggen, niet " + pgbProcent);
        }
    }

    public static Leveringsverdeling alleen(Leveringsvorm leveringsvorm) {
        return switch (leveringsvorm) {
            case PGB -> PGB;
            case MPT -> MPT;
            default -> throw new IllegalArgumentException("Een budget thuis kent alleen pgb en mpt, niet "
                    + leveringsvorm.omschrijving().toLowerCase(java.util.Locale.ROOT) + " (RULES B-01, E-01)");
        };
    }

    /** Part pgb, part mpt; {@code pgbProcent} strictly between 0 and 100 for a real mix. */
    public static Leveringsverdeling gemengd(int pgbProcent) {
        return new Leveringsverdeling(pgbProcent);
    }

    public boolean heeftPgb() {
        return pgbProcent > 0;
    }

    public boolean heeftMpt() {
        return pgbProcent < 100;
    }

    public boolean isGemengd() {
        return heeftPgb() && heeftMpt();
    }

    /** The pgb share of an amount in cents, rounded HALF_UP; the mpt share is the rest, so both add up exactly. */
    long pgbDeel(long centen) {
        if (pgbProcent == 100) {
            return centen;
        }
        return Math.floorDiv(centen * pgbProcent * 2 + 100, 200);
    }

    @Override
    public String toString() {
        return isGemengd() ? pgbProcent + "% pgb, " + (100 - pgbProcent) + "% mpt" : heeftPgb() ? "pgb" : "mpt";
    }
}
