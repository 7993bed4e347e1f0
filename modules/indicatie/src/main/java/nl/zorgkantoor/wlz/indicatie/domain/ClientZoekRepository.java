package nl.zorgkantoor.wlz.indicatie.domain;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;

/** Port: set-based search over the clients of one region, one page at a time. */
public interface ClientZoekRepository {

    enum Volgorde { ACHTERNAAM, GEBOORTEDATUM, ID }

    /**
     * @param bsn           exact BSN, or null
     * @param naamDeel      part of first or last name (case-insensitive), or null
     * @param geboortedatum exact date, or null
     */
    Pagina<Client> zoek(ZorgkantoorRegio regio, String bsn, String naamDeel, LocalDate geboortedatum,
                        Volgorde volgorde, boolean aflopend, int eerste, int grootte);
}
