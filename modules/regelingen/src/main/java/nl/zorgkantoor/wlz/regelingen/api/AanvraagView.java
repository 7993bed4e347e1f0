package nl.zorgkantoor.wlz.regelingen.api;

import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * A case as the UI and the exchange see it: its state, facts, advice, decision, the rules as they stand now, the
 * full history and the attached documents. {@code versie} is what a later command must echo (optimistic locking).
 *
 * @param toetsing the rules of the regeling evaluated on the current facts (empty once decided)
 */
public record AanvraagView(long id, long versie, long clientId, Soort soort, Status status, Aanvrager aanvrager,
                           String aanvragerNaam, LocalDate aanvraagdatum, LocalDate beslistermijn,
                           Zorgprofiel zorgprofiel, String regioCode, Long vorigeAanvraagId,
                           LocalDate clientondersteuningAangebodenOp, LocalDate huisbezoekOp, LocalDate gesprekOp,
                           Aanvraaggegevens gegevens, AdviesView advies, BesluitView besluit,
                           List<BevindingView> toetsing, List<StapView> historie, List<DocumentView> documenten,
                           boolean beschikkingAanwezig) {
}
