package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * One toeslag in one calendar year as data (RULES B-03): its day tariff, its conditions and the flags that decide
 * whether it counts in a budget at home (RULES B-02).
 *
 * @param instellingsgebonden tied to verblijf in an instelling (e.g. gespecialiseerde epilepsiezorg; the youth
 *                            toeslag, RULES T-03): never in a budget at home
 * @param gebruikelijkeZorg   pays for gebruikelijke zorg (e.g. woonzorg): never in a budget at home
 * @param pgbToegestaan       may be part of a pgb; when false only with zorg in natura (mpt)
 * @param profielen           the zorgprofielen it is meant for; empty = any profile
 * @param leeftijdTot         the client must be younger than this many years; null = any age
 * @param geldigheid          the days in the year on which the toeslag exists
 * @param voorwaarde          the condition in words, as the zorgkantoor checks it (RULES T-02)
 */
public record Toeslag(int jaar, String code, String naam, BigDecimal dagtarief, boolean instellingsgebonden,
                      boolean gebruikelijkeZorg, boolean pgbToegestaan, Set<Zorgprofiel> profielen,
                      Integer leeftijdTot, Periode geldigheid, String voorwaarde, String bron) {

    public Toeslag {
        Tariefjaar.controleer(jaar);
        if (code == null || !code.matches("[A-Z0-9_]{2,40}")) {
            throw new IllegalArgumentException("Ongeldige toeslagcode '" + code + "' (hoofdletters, cijfers en _)");
        }
        if (naam == null || naam.isBlank()) {
            throw new IllegalArgumentException("Toeslag " + code + " heeft geen naam");
        }
        Tariefbedragen.controleerDagtarief(dagtarief, "toeslag " + code);
        profielen = Set.copyOf(profielen);
        if (leeftijdTot != null && (leeftijdTot < 1 || leeftijdTot > 130)) {
            throw new IllegalArgumentException("Toeslag " + code + ": ongeldige leeftijdsgrens " + leeftijdTot);
        }
        Objects.requireNonNull(geldigheid, "geldigheid ontbreekt");
        if (geldigheid.begin().getYear() != jaar || geldigheid.einde().map(e -> e.getYear() != jaar).orElse(true)) {
            throw new IllegalArgumentException("Toeslag " + code + " " + jaar + ": geldigheid " + geldigheid
                    + " ligt niet binnen het tariefjaar");
        }
        voorwaarde = voorwaarde == null ? "" : voorwaarde.strip();
        bron = Tariefbedragen.bron(bron);
    }

    /** RULES B-02: only toeslagen that are neither instellingsgebonden nor for gebruikelijke zorg count at home. */
    public boolean teltThuis() {
        return !instellingsgebonden && !gebruikelijkeZorg;
    }

    public boolean geldtVoorProfiel(Zorgprofiel profiel) {
        return profielen.isEmpty() || profielen.contains(profiel);
    }
}
