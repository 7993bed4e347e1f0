package nl.zorgkantoor.wlz.budget.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import nl.zorgkantoor.wlz.budget.domain.berekening.Budgetrekenaar;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefbron;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tarieftabel;

/**
 * Holds the tariff tables in force in memory: they change only with a migration or an import, and every budget
 * calculation needs them. Read without locking (the table is immutable); {@link #ververs()} swaps in a new one.
 */
@Singleton
@DependsOn("BudgetSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TarieftabelCache {

    @Inject
    private Tariefbron bron;

    private volatile Budgetrekenaar rekenaar;

    public Tarieftabel tabel() {
        return rekenaar().tabel();
    }

    /** The engine over the tariff tables in force (it precomputes the lines shared by every result). */
    public Budgetrekenaar rekenaar() {
        Budgetrekenaar huidig = rekenaar;
        if (huidig == null) {
            huidig = ververs();
        }
        return huidig;
    }

    /** Reloads after a new tariff version was stored. */
    public synchronized Budgetrekenaar ververs() {
        rekenaar = new Budgetrekenaar(Tarieftabel.van(bron.alleVersies()));
        return rekenaar;
    }
}
