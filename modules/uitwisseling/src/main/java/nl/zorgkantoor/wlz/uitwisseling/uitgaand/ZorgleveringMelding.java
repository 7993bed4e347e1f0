package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import org.w3c.dom.Element;

/**
 * Tells the CAK that care started (CA317) or ended (CA319), for the eigen bijdrage (issue 4 "Out"): written into the
 * outbox in the transaction that processes the AW35 or AW39, so the melding exists exactly when the zorglevering was
 * taken over; the {@link Verzender} delivers it and processes the CA318/CA320. Every announced GeleverdeZorg is kept
 * in {@code cak_zorglevering}, because a CA319 must name it by its GeleverdeZorgID (TR118).
 */
@Stateless
public class ZorgleveringMelding {

    /** The receiver of CA317/CA319 in the outbox; its endpoint is {@code wlz.partner.CAK.url}. */
    public static final String CAK = "CAK";

    /** AW39 Mutatiecodes that end the care at this aanbieder: 17 overplaatsing, 19/20 beëindigd, 21 overdracht. */
    private static final Set<String> EINDE_ZORG = Set.of("17", "19", "20", "21");

    @EJB
    private UitgaandRepository uitgaand;

    @PersistenceContext(unitName = "uitwisseling")
    private EntityManager em;

    @Inject
    private Klok klok;

    /**
     * @param records the GeleverdZorgzwaartepakket elements of one client of the AW35 that were taken over
     * @return the id of the outbox message
     */
    public long meldAanvang(String zorgkantoor, String bsn, List<Element> records) {
        var nu = klok.nu();
        UitgaandBericht bericht = uitgaand.bewaar(new UitgaandBericht("CA317", zorgkantoor, CAK, nu.toInstant()));
        String identificatie = UitgaandBericht.identificatieVoor(bericht.id());
        List<Ca317Bouwer.GeleverdeZorg> zorg = records.stream().map(r -> new Ca317Bouwer.GeleverdeZorg(
                UUID.randomUUID().toString(), LocalDate.parse(tekst(r, "Begindatum")), tekst(r, "ZzpCode"),
                tekst(r, "Instelling"), tekst(r, "Klasse"), tekst(r, "Leveringsvorm"))).toList();
        String xml = Ca317Bouwer.bouw(identificatie, nu.toLocalDate(), zorgkantoor, bsn, zorg);
        valideer(xml, "CA317.xsd", bsn);
        bericht.metInhoud(identificatie, xml);
        for (Ca317Bouwer.GeleverdeZorg z : zorg) {
            em.createNativeQuery("insert into uitwisseling.cak_zorglevering (geleverde_zorg_id, bsn, instelling,"
                            + " zzp_code, startdatum, uitgaand_id) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, z.id()).setParameter(2, bsn).setParameter(3, z.instelling())
                    .setParameter(4, z.zzpCode()).setParameter(5, z.startdatum()).setParameter(6, bericht.id())
                    .executeUpdate();
        }
        return bericht.id();
    }

    /**
     * The einde zorg in an AW39 (Mutatiecode 17, 19, 20, 21) of care the CAK knows from a CA317 becomes a CA319
     * MutatieZorg with Mutatiecode 20 when the toewijzing is kept, else 19 (CS067); a withdrawn einde zorg
     * (StatusAanlevering 3) withdraws it at the CAK too. Mutaties of care the CAK was never told about (no AW35 yet)
     * have nothing to change there.
     *
     * @param mutaties the MutatieZorgzwaartepakket elements of one client of the AW39 that were taken over
     * @return the id of the outbox message, empty when nothing concerned the CAK
     */
    public Optional<Long> meldMutatie(String zorgkantoor, String bsn, List<Element> mutaties) {
        List<Ca319Bouwer.MutatieZorg> regels = new ArrayList<>();
        for (Element m : mutaties) {
            String code = tekst(m, "Mutatiecode");
            if (!EINDE_ZORG.contains(code)) {
                continue;
            }
            String cakCode = "20".equals(code) ? "20" : "19";
            LocalDate datum = LocalDate.parse(tekst(m, "Mutatiedatum"));
            String status = tekst(m, "StatusAanlevering");
            if ("1".equals(status)) {
                geleverdeZorg(bsn, m, datum, "einde_datum is null and startdatum <= ?4", null).ifPresent(id -> {
                    regels.add(new Ca319Bouwer.MutatieZorg(id, cakCode, datum, "1"));
                    em.createNativeQuery("update uitwisseling.cak_zorglevering set einde_mutatiecode = ?1,"
                                    + " einde_datum = ?2 where geleverde_zorg_id = ?3")
                            .setParameter(1, cakCode).setParameter(2, datum).setParameter(3, id).executeUpdate();
                });
            } else if ("3".equals(status)) {
                geleverdeZorg(bsn, m, datum, "einde_datum = ?4 and einde_mutatiecode = ?5", cakCode).ifPresent(id -> {
                    regels.add(new Ca319Bouwer.MutatieZorg(id, cakCode, datum, "3"));
                    em.createNativeQuery("update uitwisseling.cak_zorglevering set einde_mutatiecode = null,"
                            + " einde_datum = null where geleverde_zorg_id = ?1").setParameter(1, id).executeUpdate();
                });
            }
        }
        if (regels.isEmpty()) {
            return Optional.empty();
        }
        var nu = klok.nu();
        UitgaandBericht bericht = uitgaand.bewaar(new UitgaandBericht("CA319", zorgkantoor, CAK, nu.toInstant()));
        String identificatie = UitgaandBericht.identificatieVoor(bericht.id());
        String xml = Ca319Bouwer.bouw(identificatie, nu.toLocalDate(), zorgkantoor, bsn, regels);
        valideer(xml, "CA319.xsd", bsn);
        bericht.metInhoud(identificatie, xml);
        return Optional.of(bericht.id());
    }

    /** The GeleverdeZorgID of the latest announced care of this client at this Instelling with this ZZP. */
    private Optional<String> geleverdeZorg(String bsn, Element mutatie, LocalDate datum, String voorwaarde,
                                           String cakCode) {
        var query = em.createNativeQuery("select geleverde_zorg_id from uitwisseling.cak_zorglevering"
                        + " where bsn = ?1 and instelling = ?2 and zzp_code = ?3 and " + voorwaarde
                        + " order by startdatum desc")
                .setParameter(1, bsn).setParameter(2, tekst(mutatie, "Instelling"))
                .setParameter(3, tekst(mutatie, "ZzpCode")).setParameter(4, datum);
        if (cakCode != null) {
            query.setParameter(5, cakCode);
        }
        List<?> ids = query.setMaxResults(1).getResultList();
        return ids.stream().findFirst().map(Object::toString);
    }

    private static void valideer(String xml, String xsd, String bsn) {
        try {
            Schemas.valideer(VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8)), xsd);
        } catch (OngeldigBericht e) {
            throw new IllegalStateException(xsd + " voor " + bsn + " is niet geldig: " + e.getMessage(), e);
        }
    }

    private static String tekst(Element record, String naam) {
        var lijst = record.getElementsByTagNameNS(record.getNamespaceURI(), naam);
        return lijst.getLength() == 0 ? null : lijst.item(0).getTextContent().trim();
    }
}
