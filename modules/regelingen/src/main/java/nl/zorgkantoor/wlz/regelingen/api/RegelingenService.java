package nl.zorgkantoor.wlz.regelingen.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point for every use case of the regelingen (meerzorg, toeslag, extra kosten thuis, pab,
 * overbruggingszorg), shared by the admin UI and the exchange. Each command is one transaction; every refusal is a
 * {@link RegelingFout} with a Dutch message and the RULES ids, and leaves the case unchanged. Commands that change
 * the state of a case carry the {@code versie} the user saw, so two assessors cannot both decide.
 */
public interface RegelingenService {

    AanvraagView dienIn(AanvraagIndienen opdracht);

    /** A heraanvraag continues a grant (RULES M-06); null gegevens reuse the known facts (RULES M-07). */
    AanvraagView dienHeraanvraagIn(long vorigeAanvraagId, LocalDate aanvraagdatum, Aanvraaggegevens gegevens,
                                   String wie);

    AanvraagView neemInBehandeling(long aanvraagId, long versie, String wie);

    AanvraagView werkGegevensBij(long aanvraagId, long versie, Aanvraaggegevens gegevens, String wie, String waarom);

    /** RULES M-04: e.g. the CCE for gedragsproblematiek. */
    AanvraagView vraagAdvies(long aanvraagId, long versie, String adviseur, String vraag, String wie);

    AanvraagView legAdviesVast(long aanvraagId, long versie, LocalDate adviesdatum, boolean positief,
                               String toelichting, String wie);

    /** RULES M-04: the optional home visit. */
    AanvraagView legHuisbezoekVast(long aanvraagId, LocalDate datum, String verslag, String wie);

    /** RULES P-03: the zorgkantoor saw the client in person. */
    AanvraagView legGesprekVast(long aanvraagId, LocalDate datum, String verslag, String wie);

    AanvraagView voegDocumentToe(DocumentToevoegen opdracht);

    /** Decides and stores the beschikking (PDF) with the case. */
    AanvraagView besluit(Besluiten opdracht);

    AanvraagView trekIn(long aanvraagId, long versie, String reden, String wie);

    Optional<AanvraagView> zoek(long aanvraagId);

    /** All cases of one client, newest first (a client has a handful). */
    List<AanvraagView> vanClient(long clientId);

    /**
     * Work items for administrators, sorted by the date that matters, paged on the server.
     *
     * @param clientId only this client's items, or null for all
     */
    Pagina<WerkitemView> werkvoorraad(Long clientId, int pagina, int grootte);

    /**
     * The cases of the caller's region (staff without a region see none; the exchange and system calls see all),
     * filtered and sorted in the database and paged on the server.
     */
    Pagina<AanvraagRegel> aanvragen(Aanvraagfilter filter, int pagina, int grootte);

    /** Marks grants whose period has passed as verlopen; run nightly by a timer. Returns how many. */
    int verwerkVerlopen();

    Optional<byte[]> beschikking(long aanvraagId);

    Optional<byte[]> document(long aanvraagId, long documentId);
}
