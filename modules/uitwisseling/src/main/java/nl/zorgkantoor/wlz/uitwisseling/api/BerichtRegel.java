package nl.zorgkantoor.wlz.uitwisseling.api;

import java.time.Instant;

/**
 * One message of the log as a list shows it, without its XML.
 *
 * @param uitgaandStatus for an outbound message the state of its outbox row (AFGELEVERD, AFGEWEZEN, …), else null
 * @param toelichting    what the zorgkantoor recorded with an outbound message (e.g. the reason an AW33 deviates from
 *                       the client's wish, RULES L-01), else null
 */
public record BerichtRegel(long id, String richting, String berichtsoort, String afzender, String ontvanger,
                           String identificatie, String status, String retourCodes, Instant tijdstip, long duurMs,
                           String regio, Long uitgaandId, String uitgaandStatus,
                           String toelichting) {

    /**
     * An outbound message the partner rejected (a class with a code other than 0200), or that could not be delivered
     * because no endpoint was set (ONBESTELBAAR): it may be sent again.
     */
    public boolean isOpnieuwTeVersturen() {
        return "AFGEWEZEN".equals(uitgaandStatus) || "ONBESTELBAAR".equals(uitgaandStatus);
    }
}
