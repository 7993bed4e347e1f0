package nl.zorgkantoor.wlz.admin.web.werkvoorraad;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.toezicht.api.NzaMelding;
import nl.zorgkantoor.wlz.toezicht.api.NzaMeldingService;

/**
 * Werkvoorraad section: meldingen to the NZa that the report run proposed for the login's region (RULES W-06).
 * They are aggregate figures, not client data; confirming them is for a beheerder (Rapporten), so this is read-only.
 */
@Named
@ViewScoped
public class NzaMeldingenSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int TONEN = 20;

    @EJB
    private NzaMeldingService meldingen;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    private transient List<NzaMelding> voorstellen;

    /** The oldest open proposals of the login's region, read by the database per region, one page at most. */
    public List<NzaMelding> getVoorstellen() {
        if (voorstellen == null) {
            voorstellen = huidigeGebruiker.get().regioOptioneel()
                    .map(regio -> meldingen.openVoorstellen(regio.code(), 0, TONEN).rijen())
                    .orElse(List.of());
        }
        return voorstellen;
    }
}
