package nl.zorgkantoor.wlz.regelingen.api;

/**
 * Which cases a list shows and in which order. The region is never part of it: it comes from the login.
 *
 * @param soort      only this regeling, or null for all
 * @param status     only this state, or null for all
 * @param alleenOpen only cases not yet decided (the beslistermijn runs); ignored when {@code status} is given
 * @param clientId   only this client's cases, or null
 */
public record Aanvraagfilter(Soort soort, Status status, boolean alleenOpen, Long clientId, Sortering sortering,
                             boolean aflopend) {

    public Aanvraagfilter {
        sortering = sortering == null ? Sortering.BESLISTERMIJN : sortering;
    }

    /** The orders a list can be sorted in; each maps to an indexed column, ties broken by case number. */
    public enum Sortering {
        BESLISTERMIJN, AANVRAAGDATUM, AANVRAAGNUMMER, CLIENT, SOORT, STATUS
    }
}
