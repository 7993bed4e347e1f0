package nl.zorgkantoor.wlz.regelingen.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;

/** Nightly: grants whose period has passed become verlopen (deadlines themselves are a query, see werkvoorraad). */
@Singleton
public class RegelingenTimer {

    @EJB
    private RegelingenService regelingen;

    @Schedule(hour = "1", minute = "15", persistent = false, info = "Regelingen verlopen")
    void nachtelijks() {
        regelingen.verwerkVerlopen();
    }
}
