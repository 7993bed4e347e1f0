package nl.zorgkantoor.wlz.regelingen.domain;

/** The outcome of a besluit. */
public enum Uitkomst {
    TOEGEKEND, AFGEWEZEN
}
