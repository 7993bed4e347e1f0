package nl.zorgkantoor.wlz.uitwisseling.api;

import java.time.LocalDate;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;

/**
 * A zorgtoewijzing the zorgkantoor makes for a client's indicatiebesluit (RULES L-01), sent as AW33.
 *
 * @param aanbieder      iWlz AGB code of the zorgaanbieder that receives it
 * @param redenAfwijking why the leveringsvorm differs from the client's wish in the besluit (RULES L-01); null when
 *                       it does not differ. Blank counts as none.
 */
public record NieuweToewijzing(long clientId, long besluitnummer, String aanbieder, Leveringsvorm leveringsvorm,
                               LocalDate ingangsdatum, String redenAfwijking) {

    /** Longest reason kept (the column of the outbox row). */
    public static final int MAX_REDEN = 500;

    public NieuweToewijzing {
        Objects.requireNonNull(aanbieder, "aanbieder");
        if (!aanbieder.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("AGB-code van de aanbieder moet uit 8 cijfers bestaan: " + aanbieder);
        }
        Objects.requireNonNull(leveringsvorm, "leveringsvorm");
        Objects.requireNonNull(ingangsdatum, "ingangsdatum");
        redenAfwijking = redenAfwijking == null || redenAfwijking.isBlank() ? null : redenAfwijking.strip();
        if (redenAfwijking != null && redenAfwijking.length() > MAX_REDEN) {
            throw new IllegalArgumentException("De reden van de afwijking is langer dan " + MAX_REDEN + " tekens");
        }
    }

    /** A toewijzing in the leveringsvorm the client asked for (or without a recorded wish). */
    public NieuweToewijzing(long clientId, long besluitnummer, String aanbieder, Leveringsvorm leveringsvorm,
                            LocalDate ingangsdatum) {
        this(clientId, besluitnummer, aanbieder, leveringsvorm, ingangsdatum, null);
    }
}
