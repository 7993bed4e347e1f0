package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import java.time.LocalDate;
import java.util.List;

/**
 * What an assessor proposes to decide: the outcome, from when and for how many months, the yearly amount per
 * leveringsvorm, the motivation and, where a rule asks for it, the confirmation of a beoordelaar (RULES E-04) and
 * the efficiency note for a household with several entitled persons (RULES E-07).
 */
public record Besluitvoorstel(Uitkomst uitkomst, LocalDate ingangsdatum, int maanden, List<Besluitregel> regels,
                              String motivering, String wie, String bevestigdDoorBeoordelaar,
                              String doelmatigheidsnotitie) {

    public Besluitvoorstel {
        if (uitkomst == null) {
            throw new RegelOvertreding("Kies toekennen of afwijzen.");
        }
        if (wie == null || wie.isBlank()) {
            throw new RegelOvertreding("Vermeld wie het besluit neemt.");
        }
        regels = regels == null ? List.of() : List.copyOf(regels);
        motivering = leegIsNull(motivering);
        bevestigdDoorBeoordelaar = leegIsNull(bevestigdDoorBeoordelaar);
        doelmatigheidsnotitie = leegIsNull(doelmatigheidsnotitie);
        if (uitkomst == Uitkomst.TOEGEKEND) {
            if (ingangsdatum == null) {
                throw new RegelOvertreding("Een toekenning heeft een ingangsdatum.");
            }
            if (maanden < 1 || maanden > 60) {
                throw new RegelOvertreding("De looptijd van een toekenning ligt tussen 1 en 60 maanden.");
            }
        } else if (motivering == null) {
            throw new RegelOvertreding("Een afwijzing heeft een motivering.");
        }
    }

    private static String leegIsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
