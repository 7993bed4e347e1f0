package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;

/**
 * The ceiling of one budget at home: its explanation lines, which add up exactly to the total, the split over pgb
 * and mpt (RULES L-02: one budget, split) and the notes on what was asked for but does not count.
 */
public final class Budgetplafond {

    private final Budgetvraag vraag;
    private final List<Toelichtingsregel> regels;
    private final long totaalCenten;
    private final List<Melding> meldingen;

    Budgetplafond(Budgetvraag vraag, List<Toelichtingsregel> regels, List<Melding> meldingen) {
        this.vraag = vraag;
        // the engine hands over either an immutable shared list or a fresh list it no longer touches
        this.regels = regels instanceof ArrayList ? Collections.unmodifiableList(regels) : regels;
        this.meldingen = meldingen.isEmpty() ? List.of() : Collections.unmodifiableList(meldingen);
        long som = 0;
        for (Toelichtingsregel regel : regels) {
            som += regel.centen();
        }
        this.totaalCenten = som;
    }

    public Budgetvraag vraag() {
        return vraag;
    }

    public List<Toelichtingsregel> regels() {
        return regels;
    }

    public long totaalCenten() {
        return totaalCenten;
    }

    /** The sum of the lines. */
    public Bedrag totaal() {
        return Bedrag.centen(totaalCenten);
    }

    public List<Melding> meldingen() {
        return meldingen;
    }

    /** The total split over pgb and mpt; the parts add up exactly to the total. */
    public Map<Leveringsvorm, Bedrag> verdeling() {
        long pgb = 0;
        long mpt = 0;
        for (Toelichtingsregel regel : regels) {
            switch (regel.toerekening()) {
                case PGB -> pgb += regel.centen();
                case MPT -> mpt += regel.centen();
                case NAAR_VERDELING -> {
                    long pgbDeel = vraag.verdeling().pgbDeel(regel.centen());
                    pgb += pgbDeel;
                    mpt += regel.centen() - pgbDeel;
                }
            }
        }
        Map<Leveringsvorm, Bedrag> verdeling = new EnumMap<>(Leveringsvorm.class);
        if (vraag.verdeling().heeftPgb()) {
            verdeling.put(Leveringsvorm.PGB, Bedrag.centen(pgb));
        }
        if (vraag.verdeling().heeftMpt() || mpt != 0) {
            verdeling.put(Leveringsvorm.MPT, Bedrag.centen(mpt));
        }
        return verdeling;
    }
}
