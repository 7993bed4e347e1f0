package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.uitwisseling.api.UitvoeringsgegevensService;
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import nl.zorgkantoor.wlz.uitwisseling.verwerking.Zorgkantoor;

/**
 * Builds the AW317s of a period per region set-based: one query over the views the contexts publish
 * ({@code toezicht.v_leveringsstatus}, {@code indicatie.v_indicatiebesluit}) returns every leveringsstatus that held
 * in the period with its client and besluit, sorted; the rows are cut into messages of at most
 * {@code wlz.zorginstituut.max.clienten} clients (default 1000) and go into the outbox to the Zorginstituut, each
 * region in its own transaction together with the record that the period was sent.
 */
@Stateless
@LocalBean
@Local(UitvoeringsgegevensService.class)
public class Uitvoeringsgegevens implements UitvoeringsgegevensService {

    private static final Logger LOG = Logger.getLogger(Uitvoeringsgegevens.class.getName());

    /** The receiver of AW317 in the outbox; its endpoint is {@code wlz.partner.ZIN.url}. */
    public static final String ZIN = "ZIN";

    private static final String REGELS = """
            select b.bsn, b.geslacht, b.geboortedatum, b.besluitnummer, b.afgiftedatum, b.ingangsdatum, b.einddatum,
                   b.grondslag_1, b.grondslag_2, b.leveringsvorm_voorkeur, l.inschrijving_id,
                   l.inschrijving_ingangsdatum, l.zorgprofiel, l.status, l.classificatie, l.aanbieder, l.ingangsdatum
            from toezicht.v_leveringsstatus l
            join indicatie.v_indicatiebesluit b on b.client_id = l.client_id
            where l.regio_code = ?1 and l.ingangsdatum <= ?3
              and (l.einddatum is null or l.einddatum > ?2 or (l.einddatum = l.ingangsdatum and l.ingangsdatum >= ?2))
              and b.besluitnummer = (select max(j.besluitnummer) from indicatie.v_indicatiebesluit j
                                     where j.client_id = l.client_id and j.ingangsdatum <= ?3)
            order by b.bsn, b.besluitnummer, l.inschrijving_id, l.ingangsdatum, l.status""";

    @EJB
    private UitgaandRepository uitgaand;

    @PersistenceContext(unitName = "uitwisseling")
    private EntityManager em;

    @Inject
    private Klok klok;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed(Rollen.BEHEERDER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Uitkomst> verstuur(LocalDate begindatum, LocalDate einddatum) {
        controleer(begindatum, einddatum, klok.vandaag());
        Uitvoeringsgegevens zelf = context.getBusinessObject(Uitvoeringsgegevens.class);
        return Zorgkantoor.codes().stream().map(regio -> zelf.verstuurRegio(regio, begindatum, einddatum)).toList();
    }

    /** CS003: a closed period; TR091: the Dagtekening lies at least 7 days after its end. */
    static void controleer(LocalDate begin, LocalDate eind, LocalDate vandaag) {
        if (begin == null || eind == null) {
            throw new IllegalArgumentException("Geef de begin- en einddatum van de periode.");
        }
        if (eind.isBefore(begin)) {
            throw new IllegalArgumentException("De einddatum " + eind + " ligt voor de begindatum " + begin
                    + " (CS003).");
        }
        if (vandaag.isBefore(eind.plusDays(7))) {
            throw new IllegalArgumentException("De periode tot en met " + eind + " kan pas vanaf "
                    + eind.plusDays(7) + " naar het Zorginstituut: de Dagtekening ligt minstens 7 dagen na het einde"
                    + " van de periode (TR091).");
        }
    }

    /** One region, in its own transaction: its AW317s and the record that the period went. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Uitkomst verstuurRegio(String regio, LocalDate begin, LocalDate eind) {
        List<?> eerder = em.createNativeQuery("select verstuurd_op from uitwisseling.uitvoering_periode"
                + " where regio = ?1 and begindatum = ?2").setParameter(1, regio).setParameter(2, begin)
                .getResultList();
        if (!eerder.isEmpty()) {
            return new Uitkomst(regio, 0, 0, "Periode vanaf " + begin + " is al verstuurd op " + eerder.get(0) + ".");
        }
        List<List<Aw317Bouwer.Regel>> berichten = perBericht(regels(regio, begin, eind), maxClienten());
        int clienten = 0;
        for (List<Aw317Bouwer.Regel> regels : berichten) {
            clienten += (int) regels.stream().map(Aw317Bouwer.Regel::bsn).distinct().count();
            zetInOutbox(regio, begin, eind, regels);
        }
        em.createNativeQuery("insert into uitwisseling.uitvoering_periode (regio, begindatum, einddatum, berichten,"
                        + " clienten, verstuurd_op) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, regio).setParameter(2, begin).setParameter(3, eind)
                .setParameter(4, berichten.size()).setParameter(5, clienten)
                .setParameter(6, java.sql.Timestamp.from(klok.nu().toInstant())).executeUpdate();
        int aantal = clienten;
        LOG.info(() -> "AW317 " + regio + " " + begin + ".." + eind + ": " + berichten.size() + " bericht(en), "
                + aantal + " cliënten");
        return new Uitkomst(regio, berichten.size(), clienten, berichten.isEmpty()
                ? "Geen wachtende cliënten in deze periode: niets te melden." : "In de outbox gezet.");
    }

    private void zetInOutbox(String regio, LocalDate begin, LocalDate eind, List<Aw317Bouwer.Regel> regels) {
        var nu = klok.nu();
        UitgaandBericht bericht = uitgaand.bewaar(new UitgaandBericht("AW317", regio, ZIN, nu.toInstant()));
        String identificatie = UitgaandBericht.identificatieVoor(bericht.id());
        String xml = Aw317Bouwer.bouw(identificatie, nu.toLocalDate(), regio, begin, eind, regels);
        try {
            Schemas.valideer(VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8)), "AW317.xsd");
        } catch (OngeldigBericht e) {
            throw new IllegalStateException("AW317 voor regio " + regio + " is niet geldig: " + e.getMessage(), e);
        }
        bericht.metInhoud(identificatie, xml);
    }

    private List<Aw317Bouwer.Regel> regels(String regio, LocalDate begin, LocalDate eind) {
        List<?> rijen = em.createNativeQuery(REGELS).setParameter(1, regio).setParameter(2, begin)
                .setParameter(3, eind).getResultList();
        List<Aw317Bouwer.Regel> regels = new ArrayList<>(rijen.size());
        for (Object rij : rijen) {
            Object[] r = (Object[]) rij;
            regels.add(new Aw317Bouwer.Regel(tekst(r[0]), tekst(r[1]), datum(r[2]), ((Number) r[3]).longValue(),
                    datum(r[4]), datum(r[5]), datum(r[6]), tekst(r[7]), tekst(r[8]), tekst(r[9]),
                    ((Number) r[10]).longValue(), datum(r[11]), tekst(r[12]), tekst(r[13]), tekst(r[14]),
                    tekst(r[15]), datum(r[16])));
        }
        return regels;
    }

    /** Cuts the sorted rows into messages of at most {@code max} clients; a client is never split. */
    static List<List<Aw317Bouwer.Regel>> perBericht(List<Aw317Bouwer.Regel> regels, int max) {
        List<List<Aw317Bouwer.Regel>> berichten = new ArrayList<>();
        List<Aw317Bouwer.Regel> huidig = new ArrayList<>();
        int clienten = 0;
        String vorige = null;
        for (Aw317Bouwer.Regel r : regels) {
            if (!r.bsn().equals(vorige)) {
                if (clienten == max) {
                    berichten.add(huidig);
                    huidig = new ArrayList<>();
                    clienten = 0;
                }
                clienten++;
                vorige = r.bsn();
            }
            huidig.add(r);
        }
        if (!huidig.isEmpty()) {
            berichten.add(huidig);
        }
        return berichten;
    }

    private static int maxClienten() {
        return Math.max(1, Integer.getInteger("wlz.zorginstituut.max.clienten", 1000));
    }

    private static String tekst(Object o) {
        return o == null ? null : o.toString().trim();
    }

    private static LocalDate datum(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }
}
