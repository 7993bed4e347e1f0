package nl.zorgkantoor.wlz.regelingen.api;

/** The outcome of a besluit. */
public enum Uitkomst {
    TOEGEKEND, AFGEWEZEN
}
