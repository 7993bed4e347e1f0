package nl.zorgkantoor.wlz.budget.domain.tarief;

import nl.zorgkantoor.wlz.kernel.Bedrag;

import java.math.BigDecimal;
import java.util.Objects;

/** One module of the modulair pakket thuis with its tariff per unit in one calendar year. */
public record MptModule(int jaar, String code, String omschrijving, Eenheid eenheid, BigDecimal tarief, String bron) {

    /** The unit an mpt module is delivered and priced in. */
    public enum Eenheid { UUR, DAGDEEL, DAG }

    public MptModule {
        Tariefjaar.controleer(jaar);
        if (code == null || !code.matches("[A-Z0-9_]{1,20}")) {
            throw new IllegalArgumentException("Ongeldige mpt-modulecode '" + code + "'");
        }
        if (omschrijving == null || omschrijving.isBlank()) {
            throw new IllegalArgumentException("Mpt-module " + code + " heeft geen omschrijving");
        }
        Objects.requireNonNull(eenheid, "eenheid ontbreekt");
        Tariefbedragen.controleerDagtarief(tarief, "mpt-module " + code);
        bron = Tariefbedragen.bron(bron);
    }

    public Bedrag tariefBedrag() {
        return new Bedrag(tarief);
    }
}
