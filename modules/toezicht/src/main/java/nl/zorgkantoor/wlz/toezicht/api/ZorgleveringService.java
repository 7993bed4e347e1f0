package nl.zorgkantoor.wlz.toezicht.api;

import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/** The care delivered to clients: the exchange reports starts and ends, the cliëntdossier reads a client's history. */
public interface ZorgleveringService {

    /**
     * AW35 melding aanvang zorg. Idempotent: the same aanbieder, profile and begindatum again changes nothing.
     *
     * @param bron who reported it, e.g. "AW35"
     */
    void aanvang(long clientId, ZorgkantoorRegio regio, Zorgprofiel zorgprofiel, Leveringsvorm leveringsvorm,
                 String aanbieder, LocalDate begindatum, String bron);

    /**
     * AW39 einde zorg: closes the open delivery of that aanbieder (and profile, when given) on {@code einddatum}.
     *
     * @return false when there was no open delivery to close (already closed, or never started)
     */
    boolean einde(long clientId, String aanbieder, Zorgprofiel zorgprofiel, LocalDate einddatum, String mutatiecode);

    /**
     * The delivery history of one client, newest first. Staff see clients of their own region only; a toezichthouder
     * sees no client data at all.
     */
    List<Zorglevering> vanClient(long clientId, ZorgkantoorRegio clientRegio);
}
