package nl.zorgkantoor.wlz.uitwisseling.verwerking;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatiebesluitOntvangst;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.uitwisseling.log.BerichtlogRepository;
import nl.zorgkantoor.wlz.uitwisseling.regels.Kennis;

/** The facts of the stateful rules, read through the indicatie api and the exchange's own log (RULES X-03). */
@ApplicationScoped
public class DatabaseKennis implements Kennis {

    @Inject
    private IndicatiebesluitOntvangst ontvangst;

    @EJB
    private ClientService clienten;

    @EJB
    private IndicatieService indicaties;

    @Inject
    private BerichtlogRepository log;

    @Override
    public OptionalLong hoogsteBesluitnummer(String bsn) {
        return ontvangst.hoogsteBesluitnummer(Bsn.of(bsn));
    }

    @Override
    public boolean clientBekend(String bsn) {
        return clienten.zoekOpBsn(Bsn.of(bsn)).isPresent();
    }

    @Override
    public Optional<String> zzpCodeVanBesluit(String bsn, long besluitnummer) {
        return clienten.zoekOpBsn(Bsn.of(bsn))
                .flatMap(c -> indicaties.indicaties(c.id()).stream()
                        .filter(i -> i.besluitnummer() == besluitnummer).findFirst())
                .map(i -> i.zorgprofiel().zzpCode());
    }

    @Override
    public Optional<String> aanleverstatus(String sleutel) {
        return log.aanleverstatus(sleutel);
    }
}
