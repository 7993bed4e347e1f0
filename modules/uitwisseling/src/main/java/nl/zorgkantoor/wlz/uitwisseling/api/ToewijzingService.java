package nl.zorgkantoor.wlz.uitwisseling.api;

import java.util.Optional;

/** Sends zorgtoewijzingen (AW33) to zorgaanbieders through the outbox; the one entry point for the UI. */
public interface ToewijzingService {

    /**
     * Writes the AW33 into the outbox in the caller's transaction; the sender delivers it later.
     *
     * @return the id of the outgoing message
     */
    long wijsToe(NieuweToewijzing toewijzing);

    /**
     * The same for a zorgkantoor staff member in the cliëntdossier: only a medewerker or beoordelaar of the client's
     * region may make it ({@link nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException} otherwise).
     *
     * @return the id of the outgoing message
     */
    long wijsToeDoorMedewerker(NieuweToewijzing toewijzing);

    Optional<Verzendstatus> status(long id);
}
