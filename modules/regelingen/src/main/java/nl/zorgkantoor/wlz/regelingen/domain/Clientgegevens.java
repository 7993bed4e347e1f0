package nl.zorgkantoor.wlz.regelingen.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Port to the indicatie context: the client's situation on a reference date. */
public interface Clientgegevens {

    Optional<Clientsituatie> situatie(long clientId, LocalDate peildatum);
}
