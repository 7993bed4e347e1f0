package nl.zorgkantoor.wlz.uitwisseling.api;

import java.time.LocalDate;

/**
 * Filters of the message log; every field may be empty (null or blank) and then does not filter.
 *
 * @param berichtsoort e.g. IO31, AW35, AW33
 * @param partner      the chain partner's code (Afzender of an inbound, Ontvanger of an outbound message)
 * @param richting     IN or UIT
 * @param status       VERWERKT, AFGEKEURD, HERHAALD, DUBBELE_IDENTIFICATIE
 * @param retourcode   a code that occurs in the retour, e.g. 9019 or 0001
 * @param vanaf        first day (inclusive) of the period, by the time the message was received or answered
 * @param totEnMet     last day (inclusive)
 * @param bsn          a client in the message
 */
public record BerichtZoekvraag(String berichtsoort, String partner, String richting, String status, String retourcode,
                               LocalDate vanaf, LocalDate totEnMet, String bsn) {

    public static BerichtZoekvraag alles() {
        return new BerichtZoekvraag(null, null, null, null, null, null, null, null);
    }

    public BerichtZoekvraag {
        berichtsoort = leeg(berichtsoort);
        partner = leeg(partner);
        richting = leeg(richting);
        status = leeg(status);
        retourcode = leeg(retourcode);
        bsn = leeg(bsn);
        if (bsn != null && !bsn.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("BSN: negen cijfers.");
        }
        if (retourcode != null && !retourcode.matches("[0-9A-Z]{4}")) {
            throw new IllegalArgumentException("Retourcode: vier tekens, bijvoorbeeld 9019 of 0001.");
        }
        if (vanaf != null && totEnMet != null && totEnMet.isBefore(vanaf)) {
            throw new IllegalArgumentException("De periode eindigt voor ze begint.");
        }
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
