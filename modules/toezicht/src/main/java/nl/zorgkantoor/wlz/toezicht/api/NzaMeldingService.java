package nl.zorgkantoor.wlz.toezicht.api;

import nl.zorgkantoor.wlz.kernel.platform.Pagina;

/** RULES W-06: meldingen to the NZa are proposed by the report run and confirmed or rejected by an administrator. */
public interface NzaMeldingService {

    /**
     * Number of proposals still waiting for an administrator (the work queue's counter).
     *
     * @param regioCode a zorgkantoorcode, {@link Cijfertabel#LANDELIJK} for the national ones, or null for all
     */
    long aantalOpen(String regioCode);

    /**
     * One page of the proposals still waiting, oldest first; {@code grootte} is clamped by {@link Pagina#begrensd}.
     *
     * @param regioCode as in {@link #aantalOpen(String)}
     */
    Pagina<NzaMelding> openVoorstellen(String regioCode, int eerste, int grootte);

    NzaMelding bevestig(long meldingId, String beheerder);

    /** Dismisses a proposal; the reason is required and kept with the melding. */
    NzaMelding verwerp(long meldingId, String beheerder, String reden);
}
