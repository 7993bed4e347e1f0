package nl.zorgkantoor.wlz.toezicht.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.LeveringsstatusMelding;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;
import nl.zorgkantoor.wlz.toezicht.domain.WachtlijstRepository;
import nl.zorgkantoor.wlz.toezicht.domain.Wachtlijstinschrijving;

/** The one entry point for waiting-list changes: the exchange (AW39, AW35), the admin UI and regelingen. */
@Stateless
@Local(WachtlijstService.class)
public class WachtlijstApplicatieService implements WachtlijstService {

    private static final Logger LOG = Logger.getLogger(WachtlijstApplicatieService.class.getName());

    /**
     * RULES O-01: waiting "for admission" are the statuses that ask for a place; "wacht uit voorzorg" (3) is a
     * precaution without a wish to be admitted now (toezicht.md), so it gives no ground for overbruggingszorg.
     */
    static final Set<Leveringsstatus> WACHT_OP_OPNAME = EnumSet.of(Leveringsstatus.URGENT_PLAATSEN,
            Leveringsstatus.ACTIEF_PLAATSEN, Leveringsstatus.WACHT_OP_VOORKEUR, Leveringsstatus.ACTIEF_WACHTEND);

    @Inject
    private WachtlijstRepository wachtlijst;

    @Inject
    private Klok klok;

    @Override
    public void registreer(LeveringsstatusMelding melding) {
        valideer(melding);
        Leveringsstatus status = melding.status();
        var open = wachtlijst.openInschrijving(melding.clientId());
        if (!status.isWachtend()) {
            // RULES W-01: 4 "in zorg" and 5 "einde zorgvraag" end the wait.
            open.ifPresentOrElse(
                    i -> i.beeindig(status, melding.ingangsdatum(), melding.aanbieder()),
                    () -> LOG.fine(() -> "Einde wachten voor cliënt " + melding.clientId() + " zonder open inschrijving"));
            return;
        }
        if (open.isPresent()) {
            open.get().wijzigStatus(status, melding.classificatie(), melding.aanbieder(), melding.ingangsdatum(),
                    gemeldOp(melding), melding.bron());
            return;
        }
        if (wachtlijst.kentStatus(melding.clientId(), status.code(), melding.ingangsdatum())) {
            return; // the same report again, for an entry that has closed since
        }
        wachtlijst.bewaar(Wachtlijstinschrijving.open(melding.clientId(), melding.regio(), melding.zorgprofiel(),
                status, melding.classificatie(), melding.aanbieder(), melding.ingangsdatum(), gemeldOp(melding),
                melding.bron()));
    }

    @Override
    public void aanvangZorg(long clientId, String aanbieder, LocalDate aanvangsdatum) {
        Objects.requireNonNull(aanvangsdatum, "aanvangsdatum");
        wachtlijst.openInschrijving(clientId)
                .ifPresent(i -> i.beeindig(Leveringsstatus.IN_ZORG, aanvangsdatum, aanbieder));
    }

    @Override
    public boolean wachtOpOpname(long clientId, LocalDate peildatum) {
        return wachtlijst.inschrijvingenOp(clientId, peildatum).stream()
                .flatMap(i -> i.statusOp(peildatum).stream())
                .anyMatch(WACHT_OP_OPNAME::contains);
    }

    private Instant gemeldOp(LeveringsstatusMelding melding) {
        return melding.gemeldOp() != null ? melding.gemeldOp() : klok.nu().toInstant();
    }

    private static void valideer(LeveringsstatusMelding m) {
        if (m == null || m.status() == null) {
            throw new OngeldigeWachtlijstMelding("Leveringsstatus ontbreekt");
        }
        if (m.ingangsdatum() == null) {
            throw new OngeldigeWachtlijstMelding("Ingangsdatum van de leveringsstatus ontbreekt");
        }
        if (m.bron() == null || m.bron().isBlank()) {
            throw new OngeldigeWachtlijstMelding("Bron van de leveringsstatus ontbreekt");
        }
        if (m.status().isWachtend() && (m.regio() == null || m.zorgprofiel() == null)) {
            throw new OngeldigeWachtlijstMelding("Regio en zorgprofiel zijn nodig om een wachtstatus te registreren");
        }
    }
}
