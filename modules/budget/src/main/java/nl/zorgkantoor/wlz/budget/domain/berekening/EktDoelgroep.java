package nl.zorgkantoor.wlz.budget.domain.berekening;

/** The groups that could get ekt until 30 June 2018 (RULES E-03); from 1 July 2018 everyone at home can. */
public enum EktDoelgroep {
    JONGER_DAN_23,
    OUDER_VAN_MINDERJARIG_KIND,
    /** Somatic or physical/sensory disability without verstandelijke handicap, psychiatric or psychogeriatric
     *  condition, to work or study from home. */
    WERKT_OF_STUDEERT_THUIS,
    /** VV10 palliatief-terminaal, as far as needed (RULES E-04). */
    PALLIATIEF_TERMINAAL,
    /** None of the above; possible from 1 July 2018. */
    GEEN
}
