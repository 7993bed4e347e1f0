package nl.zorgkantoor.wlz.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * A question for a budget ceiling at home (RULES B-01, B-02) as other modules and the REST API ask it. It names no
 * region or address: the place of residence is never a reason for a higher budget (RULES I-06; ModulegrenzenTest).
 *
 * @param pgbProcent  share of the budget delivered as pgb: 100 = pgb, 0 = mpt, in between = mixed (RULES L-02)
 * @param regelset    "advies" (default when null) or "huidig"
 * @param toeslagen   toeslag codes as in the tariff tables (e.g. DAGBESTEDING_VG5_VG8)
 * @param geboortedatum for age conditions (T-03, P-02, E-03); may be null
 * @param ekt         granted ekt, or null
 * @param pabGewenstPgb the raised pgb per year with a pab, or null
 * @param meerzorgPerJaar granted meerzorg per year, or null
 * @param thuiskosten for the doelmatigheidstoets: the requested pgb and the mpt package; null for a ceiling only
 */
public record Plafondvraag(Zorgprofiel profiel, LocalDate peildatum, int pgbProcent, String regelset,
                           boolean toeslagenAlleenZorgInNatura, List<String> toeslagen, LocalDate geboortedatum,
                           Ekt ekt, Bedrag pabGewenstPgb, Bedrag meerzorgPerJaar, boolean meerzorgViaCizSignaal,
                           Thuiskosten thuiskosten) {

    public Plafondvraag {
        toeslagen = toeslagen == null ? List.of() : List.copyOf(toeslagen);
    }

    /**
     * @param bedrag     the raise per year; null = the maximum (25% of the plafond, RULES E-02)
     * @param doelgroep  EktDoelgroep name (JONGER_DAN_23, OUDER_VAN_MINDERJARIG_KIND, WERKT_OF_STUDEERT_THUIS,
     *                   PALLIATIEF_TERMINAAL, GEEN); matters before 1 July 2018 (RULES E-03)
     */
    public record Ekt(Bedrag bedrag, String doelgroep, boolean bevestigdDoorBeoordelaar) {
    }

    /** The yearly cost at home: requested pgb and the mpt modules with units per week. */
    public record Thuiskosten(Bedrag pgbPerJaar, List<MptInzet> mpt) {
        public Thuiskosten {
            mpt = mpt == null ? List.of() : List.copyOf(mpt);
        }
    }

    /** One mpt module (code from the tariff tables, e.g. PV) and its units per week. */
    public record MptInzet(String module, BigDecimal eenhedenPerWeek) {
    }
}
