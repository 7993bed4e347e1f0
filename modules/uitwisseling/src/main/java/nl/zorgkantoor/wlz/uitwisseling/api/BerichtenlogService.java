package nl.zorgkantoor.wlz.uitwisseling.api;

import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;

/**
 * The message log of the exchange as the admin UI and the work list see it: every inbound and outbound iWlz message,
 * paged on the server and limited to the caller's zorgkantoorregio (a MEDEWERKER or BEOORDELAAR sees the messages
 * whose zorgkantoorcode is the own region; anyone else sees none). Every call checks the role.
 */
public interface BerichtenlogService {

    /** One page of the messages that match, newest first. */
    Pagina<BerichtRegel> zoek(BerichtZoekvraag vraag, int eerste, int grootte);

    /** The message with its XML; empty when it does not exist or lies outside the caller's region. */
    Optional<BerichtDetail> detail(long id);

    /**
     * Sends a rejected outbound message again (issue 4: "a rejected class raises a work item"): a copy with a new
     * Identificatie (TR056) goes into the outbox; the rejected one leaves the work list.
     *
     * @return the id of the new outbox message
     * @throws IllegalStateException with a Dutch message when the message is not a rejected outbound message
     */
    long verstuurOpnieuw(long berichtId);

    /**
     * For the work list: outbound messages the partner rejected (a class with a retour code other than 0200) and that
     * were not sent again, newest first; {@link Pagina#totaal()} is the count.
     */
    Pagina<BerichtRegel> afgewezenBerichten(int eerste, int grootte);
}
