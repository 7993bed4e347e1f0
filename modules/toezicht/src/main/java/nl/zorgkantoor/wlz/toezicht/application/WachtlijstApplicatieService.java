package nl.zorgkantoor.wlz.toezicht.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.LeveringsstatusMelding;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;
import nl.zorgkantoor.wlz.toezicht.api.Wachtgeschiedenis;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;
import nl.zorgkantoor.wlz.toezicht.api.WachtstatusRegel;
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

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    /** A dossier shows at most this many statuses and periods: enough for any real history, bounded for a page. */
    static final int MAXIMUM_IN_DOSSIER = 100;

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

    @Override
    public void legVastDoorMedewerker(LeveringsstatusMelding melding) {
        Gebruiker gebruiker = huidigeGebruiker.get();
        gebruiker.controleerRol(Rollen.MEDEWERKER, Rollen.BEOORDELAAR);
        if (melding == null || melding.regio() == null) {
            throw new OngeldigeWachtlijstMelding("De regio van de cliënt ontbreekt");
        }
        gebruiker.controleerClient(melding.regio());
        if (melding.ingangsdatum() != null && melding.ingangsdatum().isAfter(klok.vandaag())) {
            throw new OngeldigeWachtlijstMelding("De ingangsdatum ligt in de toekomst; leg een status vast die al geldt.");
        }
        registreer(new LeveringsstatusMelding(melding.clientId(), melding.regio(), melding.zorgprofiel(),
                melding.status(), melding.classificatie(), melding.aanbieder(), melding.ingangsdatum(),
                klok.nu().toInstant(), gebruiker.naam()));
    }

    @Override
    public Wachtgeschiedenis geschiedenis(long clientId, ZorgkantoorRegio clientRegio) {
        Gebruiker gebruiker = huidigeGebruiker.get();
        if (!gebruiker.isAnoniem()) {
            gebruiker.controleerClient(clientRegio);
        }
        List<WachtstatusRegel> statussen = new ArrayList<>();
        List<Periode> overbrugging = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("select s.status, s.classificatie, s.aanbieder,"
                    + " s.ingangsdatum, s.einddatum, s.gemeld_op, s.bron from toezicht.wachtstatus s"
                    + " join toezicht.wachtlijst_inschrijving i on i.id = s.inschrijving_id where i.client_id = ?"
                    + " order by s.ingangsdatum desc, s.id desc")) {
                st.setLong(1, clientId);
                st.setMaxRows(MAXIMUM_IN_DOSSIER);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Date einde = rs.getDate(5);
                        statussen.add(new WachtstatusRegel(Leveringsstatus.vanCode(rs.getString(1)).orElseThrow(),
                                rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                                einde == null ? null : einde.toLocalDate(), rs.getTimestamp(6).toInstant(),
                                rs.getString(7)));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("select o.ingangsdatum, o.einddatum"
                    + " from toezicht.overbruggingszorg o join toezicht.wachtlijst_inschrijving i"
                    + " on i.id = o.inschrijving_id where i.client_id = ? order by o.ingangsdatum desc, o.id desc")) {
                st.setLong(1, clientId);
                st.setMaxRows(MAXIMUM_IN_DOSSIER);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Date einde = rs.getDate(2);
                        overbrugging.add(new Periode(rs.getDate(1).toLocalDate(),
                                einde == null ? null : einde.toLocalDate()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Wachtlijstgeschiedenis lezen mislukt: " + e.getMessage(), e);
        }
        return new Wachtgeschiedenis(statussen, overbrugging);
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
