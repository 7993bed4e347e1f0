package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Everything the rules look at for one case, gathered once by the application layer: the case, the client's
 * situation, the regelingen the client already has on the reference date, and the data of other contexts.
 *
 * @param lopendeRegelingen granted regelingen of the client in force on the reference date, this case excluded
 * @param wachtOpOpname     RULES O-01, asked of the toezicht context only for overbruggingszorg (else false)
 * @param urennorm          RULES M-02, null when unknown for the profile
 * @param normDagen         RULES O-02, the region's acceptable duration of overbruggingszorg
 */
public record Toetsingscontext(Regelingaanvraag aanvraag, Clientsituatie client, Set<Soort> lopendeRegelingen,
                               boolean wachtOpOpname, BigDecimal urennorm, int normDagen) {

    public Toetsingscontext {
        lopendeRegelingen = Set.copyOf(lopendeRegelingen);
    }

    /** The reference date: rules are evaluated as they were valid on the application date. */
    public LocalDate peildatum() {
        return aanvraag.aanvraagdatum();
    }

    public Aanvraagfeiten feiten() {
        return aanvraag.feiten();
    }
}
