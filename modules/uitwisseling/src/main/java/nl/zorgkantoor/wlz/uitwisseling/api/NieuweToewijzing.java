package nl.zorgkantoor.wlz.uitwisseling.api;

import java.time.LocalDate;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;

/**
 * A zorgtoewijzing the zorgkantoor makes for a client's indicatiebesluit (RULES L-01), sent as AW33.
 *
 * @param aanbieder iWlz AGB code of the zorgaanbieder that receives it
 */
public record NieuweToewijzing(long clientId, long besluitnummer, String aanbieder, Leveringsvorm leveringsvorm,
                               LocalDate ingangsdatum) {

    public NieuweToewijzing {
        Objects.requireNonNull(aanbieder, "aanbieder");
        if (!aanbieder.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("AGB-code van de aanbieder moet uit 8 cijfers bestaan: " + aanbieder);
        }
        Objects.requireNonNull(leveringsvorm, "leveringsvorm");
        Objects.requireNonNull(ingangsdatum, "ingangsdatum");
    }
}
