package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zorgkantoor.wlz.kernel.platform.Klok;

/**
 * Sends a message the partner rejected once more, as a new outbox message: the same content under a new Identificatie
 * and Dagtekening, because TR056 makes the partner refuse a reused Identificatie (9056).
 */
@Stateless
public class Herverzending {

    private static final Pattern IDENTIFICATIE = Pattern.compile("(<(?:\\w+:)?Identificatie>)[^<]*(</(?:\\w+:)?Identificatie>)");
    private static final Pattern DAGTEKENING = Pattern.compile("(<(?:\\w+:)?Dagtekening>)[^<]*(</(?:\\w+:)?Dagtekening>)");

    @EJB
    private UitgaandRepository uitgaand;

    @Inject
    private Klok klok;

    /** @return the id of the new outbox message */
    public long opnieuw(long uitgaandId) {
        UitgaandBericht oud = uitgaand.zoek(uitgaandId)
                .orElseThrow(() -> new IllegalStateException("Uitgaand bericht " + uitgaandId + " bestaat niet."));
        if (!oud.isOpnieuwTeVersturen()) {
            throw new IllegalStateException("Alleen een bericht dat de ontvanger afwees of dat onbestelbaar was kan"
                    + " opnieuw verstuurd worden (dit bericht: " + oud.status() + ").");
        }
        var nu = klok.nu();
        Instant tijdstip = nu.toInstant();
        UitgaandBericht nieuw = uitgaand.bewaar(new UitgaandBericht(oud.berichtsoort(), oud.afzender(),
                oud.ontvanger(), tijdstip));
        String identificatie = UitgaandBericht.identificatieVoor(nieuw.id());
        nieuw.metInhoud(identificatie, metKop(oud.xml(), identificatie, nu.toLocalDate().toString()));
        nieuw.metToelichting(oud.toelichting());
        oud.opnieuwVerstuurd(nieuw.id(), tijdstip);
        return nieuw.id();
    }

    /** The first Identificatie and Dagtekening of a message are those of its header (BerichtIdentificatie). */
    static String metKop(String xml, String identificatie, String dagtekening) {
        String metId = IDENTIFICATIE.matcher(xml).replaceFirst("$1" + Matcher.quoteReplacement(identificatie) + "$2");
        return DAGTEKENING.matcher(metId).replaceFirst("$1" + dagtekening + "$2");
    }
}
