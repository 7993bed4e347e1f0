package nl.zorgkantoor.wlz.budget.domain.berekening;

/** To which part of a mixed budget an explanation line belongs (RULES L-02). */
public enum Toerekening {
    /** Split over pgb and mpt in the proportion of the {@link Leveringsverdeling}. */
    NAAR_VERDELING,
    /** Only the pgb part (pab, RULES P-01). */
    PGB,
    /** Only the mpt part (a toeslag not allowed with pgb, or the switch "alleen zorg in natura", RULES B-02). */
    MPT
}
