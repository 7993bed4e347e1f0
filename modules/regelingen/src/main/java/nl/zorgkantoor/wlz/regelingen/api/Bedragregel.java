package nl.zorgkantoor.wlz.regelingen.api;

import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;

/** One line of a grant: the yearly amount for one leveringsvorm (RULES L-02). */
public record Bedragregel(Leveringsvorm leveringsvorm, String omschrijving, Bedrag bedragPerJaar) {
}
