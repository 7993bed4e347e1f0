package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.time.Instant;
import java.util.Objects;

/**
 * Who delivered one tariff version, when and from where: a Flyway migration from the repository's CSV files, or a
 * BEHEERDER's import in the admin UI (RULES B-03: tariff tables are data with provenance).
 */
public record Tariefversie(int versie, String omschrijving, String herkomst, String geladenDoor, Instant geladenOp) {

    public Tariefversie {
        if (versie < 1) {
            throw new IllegalArgumentException("Tariefversie moet positief zijn");
        }
        omschrijving = tekst(omschrijving, "omschrijving", 200);
        herkomst = tekst(herkomst, "herkomst", 200);
        geladenDoor = tekst(geladenDoor, "geladen door", 100);
        Objects.requireNonNull(geladenOp, "moment van laden ontbreekt");
    }

    private static String tekst(String waarde, String veld, int maximum) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("Vul de " + veld + " van de tariefversie in.");
        }
        String schoon = waarde.strip();
        if (schoon.length() > maximum) {
            throw new IllegalArgumentException("De " + veld + " van de tariefversie is langer dan " + maximum
                    + " tekens.");
        }
        return schoon;
    }
}
