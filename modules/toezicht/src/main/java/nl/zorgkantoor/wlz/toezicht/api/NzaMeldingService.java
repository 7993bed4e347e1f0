package nl.zorgkantoor.wlz.toezicht.api;

import java.util.List;

/** RULES W-06: meldingen to the NZa are proposed by the report run and confirmed or rejected by an administrator. */
public interface NzaMeldingService {

    /** Proposals still waiting for an administrator, oldest first. */
    List<NzaMelding> voorstellen();

    NzaMelding bevestig(long meldingId, String beheerder);

    NzaMelding verwerp(long meldingId, String beheerder);
}
