package nl.zorgkantoor.wlz.toezicht.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * iWlz Leveringsstatus (COD167), the waiting status of a client (RULES W-01). 1 "actief wachtend" exists until
 * 2020 and maps to 7 for trends; 4 and 5 end the wait.
 */
public enum Leveringsstatus {
    ACTIEF_WACHTEND("1", "Actief wachtend (tot 2021)"),
    WACHT_OP_VOORKEUR("2", "Wacht op voorkeur"),
    WACHT_UIT_VOORZORG("3", "Wacht uit voorzorg"),
    IN_ZORG("4", "In zorg"),
    EINDE_ZORGVRAAG("5", "Einde zorgvraag"),
    URGENT_PLAATSEN("6", "Urgent plaatsen"),
    ACTIEF_PLAATSEN("7", "Actief plaatsen");

    private final String code;
    private final String omschrijving;

    Leveringsstatus(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** True for the statuses that count as waiting for admission. */
    public boolean isWachtend() {
        return this != IN_ZORG && this != EINDE_ZORGVRAAG;
    }

    /** RULES W-01: the pre-2021 "actief wachtend" is reported as "actief plaatsen" in trends. */
    public Leveringsstatus voorTrend() {
        return this == ACTIEF_WACHTEND ? ACTIEF_PLAATSEN : this;
    }

    public static Optional<Leveringsstatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
