package nl.zorgkantoor.wlz.regelingen.domain;

import java.time.LocalDate;

/** Port to the toezicht context (RULES O-01). */
public interface Wachtlijst {

    boolean wachtOpOpname(long clientId, LocalDate peildatum);
}
