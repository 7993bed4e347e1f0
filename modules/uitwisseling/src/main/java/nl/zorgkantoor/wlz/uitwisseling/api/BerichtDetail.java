package nl.zorgkantoor.wlz.uitwisseling.api;

import java.util.List;

/**
 * One message with its XML (pretty-printed, as text: the page escapes it) and its retour codes explained in words.
 */
public record BerichtDetail(BerichtRegel regel, String toelichting, String heenXml, String retourXml,
                            List<Retourcode> retourcodes) {

    /** A retour code with its meaning from the iWlz code list (LDT_RetourCode, iwlz.md §3). */
    public record Retourcode(String code, String omschrijving) {
    }
}
