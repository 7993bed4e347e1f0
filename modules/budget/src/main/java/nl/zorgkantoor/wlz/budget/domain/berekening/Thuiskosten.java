package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.util.List;
import nl.zorgkantoor.wlz.kernel.Bedrag;

/**
 * The yearly cost of the care at home that the doelmatigheidstoets weighs (RULES B-01): the requested pgb and/or
 * the mpt package.
 *
 * @param pgbPerJaar the requested pgb per year; zero when there is no pgb part
 */
public record Thuiskosten(Bedrag pgbPerJaar, List<MptRegel> mptPakket) {

    public Thuiskosten {
        pgbPerJaar = pgbPerJaar == null ? Bedrag.NUL : pgbPerJaar;
        if (pgbPerJaar.isNegatief()) {
            throw new IllegalArgumentException("Het gevraagde pgb mag niet negatief zijn");
        }
        mptPakket = mptPakket == null ? List.of() : List.copyOf(mptPakket);
    }

    public static Thuiskosten pgb(Bedrag perJaar) {
        return new Thuiskosten(perJaar, List.of());
    }

    public static Thuiskosten mpt(MptRegel... regels) {
        return new Thuiskosten(Bedrag.NUL, List.of(regels));
    }
}
