package nl.zorgkantoor.wlz.indicatie.api;

import java.time.LocalDate;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/**
 * An indicatiebesluit as the CIZ sent it (iWlz IO31), with the person it is about. The client is registered in
 * {@code regio} when the zorgkantoor does not know him yet.
 *
 * @param leveringsvormVoorkeur the client's wish when it names one leveringsvorm, else null
 * @param grondslag1            iWlz Grondslag01 (COD736, RULES I-03), null when absent
 * @param grondslag2            iWlz Grondslag02, null when absent
 */
public record OntvangenIndicatiebesluit(Bsn bsn, String voornaam, String achternaam, char geslacht,
                                        LocalDate geboortedatum, ZorgkantoorRegio regio, long besluitnummer,
                                        Zorgprofiel zorgprofiel, Leveringsvorm leveringsvormVoorkeur,
                                        Periode geldigheid, boolean meerzorgOnderzoek, LocalDate afgiftedatum,
                                        String grondslag1, String grondslag2) {

    public OntvangenIndicatiebesluit {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(achternaam, "achternaam");
        Objects.requireNonNull(geboortedatum, "geboortedatum");
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(zorgprofiel, "zorgprofiel");
        Objects.requireNonNull(geldigheid, "geldigheid");
    }
}
