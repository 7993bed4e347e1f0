package nl.zorgkantoor.wlz.budget.domain.signaal;

/** Why an administrator closes a signal: required, so that every closed signal can be accounted for. */
public record Sluitreden(String tekst) {

    public Sluitreden {
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("Geef een reden om het signaal te sluiten");
        }
        tekst = tekst.strip();
        if (tekst.length() > 1000) {
            throw new IllegalArgumentException("De reden is te lang (hoogstens 1000 tekens)");
        }
    }
}
