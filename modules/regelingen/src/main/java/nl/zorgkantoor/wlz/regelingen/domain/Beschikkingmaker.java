package nl.zorgkantoor.wlz.regelingen.domain;

import java.time.LocalDate;

/** Port: renders the decision letter of a decided case. */
public interface Beschikkingmaker {

    byte[] maak(Regelingaanvraag aanvraag, Clientsituatie client, LocalDate datum);
}
