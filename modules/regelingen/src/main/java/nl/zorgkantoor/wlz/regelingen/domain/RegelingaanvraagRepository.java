package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: where cases and their documents are kept. */
public interface RegelingaanvraagRepository {

    Optional<Regelingaanvraag> vind(long id);

    /** Stores the case and writes it at once, so a concurrent change by someone else surfaces here. */
    Regelingaanvraag bewaar(Regelingaanvraag aanvraag);

    /** All cases of the client, newest first. */
    List<Regelingaanvraag> vanClient(long clientId);

    /** RULES E-05: the regelingen granted to the client and in force on the date, except the given case. */
    Set<Soort> lopendeToekenningen(long clientId, LocalDate peildatum, Long behalve);

    /** RULES I-04: a meerzorg case already open or granted for this client, so a repeated CIZ flag opens no second. */
    boolean heeftLopendeMeerzorg(long clientId);

    /** Grants whose period ended before the date, at most {@code max}. */
    List<Long> teVerlopen(LocalDate vandaag, int max);

    long bewaarInhoud(byte[] inhoud);

    Optional<byte[]> inhoud(long inhoudId);

    void bewaarBeschikking(long aanvraagId, byte[] pdf, Instant op);

    Optional<byte[]> beschikking(long aanvraagId);
}
