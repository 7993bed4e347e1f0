package nl.zorgkantoor.wlz.uitwisseling.regels;

import java.util.Optional;

/**
 * The correction protocol of StatusAanlevering (1 eerste, 2 gewijzigd, 3 verwijderen, 9 ongewijzigd) against the
 * history of the same logical key (RULES X-03, iwlz.md §7).
 */
public final class Aanleverstatus {

    public static final String EERSTE = "1";
    public static final String GEWIJZIGD = "2";
    public static final String VERWIJDEREN = "3";

    private Aanleverstatus() {
    }

    /** The retourcode the new status gets given the stored one, or empty when the delivery is allowed. */
    public static Optional<String> controleer(String nieuw, Optional<String> opgeslagen) {
        boolean actief = opgeslagen.filter(s -> !VERWIJDEREN.equals(s)).isPresent();
        boolean verwijderd = opgeslagen.filter(VERWIJDEREN::equals).isPresent();
        return switch (nieuw) {
            // TR074: a first delivery must have a key that is not active yet
            case EERSTE -> actief ? Optional.of("9074") : Optional.empty();
            // TR063: removing needs an earlier delivery of the same key that is still there
            case VERWIJDEREN -> actief ? Optional.empty() : Optional.of("9063");
            // TR104: a removed record cannot be changed; TR103: a change needs an earlier first delivery
            case GEWIJZIGD -> verwijderd ? Optional.of("9104") : actief ? Optional.empty() : Optional.of("9103");
            default -> Optional.empty();
        };
    }
}
