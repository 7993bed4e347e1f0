package nl.zorgkantoor.wlz.budget.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
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

    private volatile Tarieftabel tabel;

    public Tarieftabel tabel() {
        Tarieftabel huidig = tabel;
        if (huidig == null) {
            huidig = ververs();
        }
        return huidig;
    }

    /** Reloads after a new tariff version was stored. */
    public synchronized Tarieftabel ververs() {
        tabel = Tarieftabel.van(bron.alleVersies());
        return tabel;
    }
}
