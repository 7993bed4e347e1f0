package nl.zorgkantoor.wlz.uitwisseling.partner;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.uitwisseling.api.KetenpartnerBeheer;
import nl.zorgkantoor.wlz.uitwisseling.api.KetenpartnerView;

/**
 * The chain partners and where their messages go. The sender asks {@link #endpoint(String)}: the address in the table,
 * else (for a partner without one) {@code wlz.partner.<code>.url} or the template {@code wlz.partner.url} with
 * {@code {agb}}, so a property set at run time still works where the table names nothing; a BEHEERDER changes the
 * table through {@link KetenpartnerBeheer}.
 */
@Stateless
@LocalBean
@Local(KetenpartnerBeheer.class)
public class Ketenpartners implements KetenpartnerBeheer {

    private static final Logger LOG = Logger.getLogger(Ketenpartners.class.getName());

    @PersistenceContext(unitName = "uitwisseling")
    private EntityManager em;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Inject
    private Klok klok;

    @Override
    public List<KetenpartnerView> partners() {
        huidigeGebruiker.get().controleerRol(Rollen.BEHEERDER);
        return em.createQuery("select p from Ketenpartner p order by p.code", Ketenpartner.class).getResultList()
                .stream().map(Ketenpartner::view).toList();
    }

    @Override
    public KetenpartnerView wijzigEndpoint(String code, String endpoint) {
        var gebruiker = huidigeGebruiker.get();
        gebruiker.controleerRol(Rollen.BEHEERDER);
        Ketenpartner partner = Optional.ofNullable(code == null ? null : em.find(Ketenpartner.class, code))
                .orElseThrow(() -> new IllegalArgumentException("Ketenpartner " + code + " bestaat niet."));
        partner.wijzigEndpoint(endpoint, gebruiker.naam(), klok.nu().toInstant());
        LOG.info(() -> "Endpoint van ketenpartner " + code + " gewijzigd door " + gebruiker.naam());
        return partner.view();
    }

    /** Where messages for this partner go, or empty when nowhere is configured. */
    public Optional<String> endpoint(String code) {
        Ketenpartner partner = em.find(Ketenpartner.class, code);
        if (partner != null && partner.endpoint() != null) {
            return Optional.of(partner.endpoint());
        }
        String url = System.getProperty("wlz.partner." + code + ".url");
        if (url == null) {
            String sjabloon = System.getProperty("wlz.partner.url");
            url = sjabloon == null ? null : sjabloon.replace("{agb}", code);
        }
        return Optional.ofNullable(url);
    }

    /**
     * Once per database, at the first start with the table: a partner without an address gets the one its
     * {@code wlz.partner.<code>.url} property names (the configuration of before the table); a property for an
     * unknown code adds the partner. Later starts leave the table to the administrators.
     */
    public void neemPropertiesOver() {
        if (((Number) em.createNativeQuery("select count(*) from uitwisseling.ketenpartner_inrichting")
                .getSingleResult()).intValue() > 0) {
            return;
        }
        em.createNativeQuery("insert into uitwisseling.ketenpartner_inrichting (overgenomen_op) values (?1)")
                .setParameter(1, java.sql.Timestamp.from(klok.nu().toInstant())).executeUpdate();
        for (String naam : System.getProperties().stringPropertyNames()) {
            if (!naam.startsWith("wlz.partner.") || !naam.endsWith(".url") || naam.equals("wlz.partner.url")) {
                continue;
            }
            String code = naam.substring("wlz.partner.".length(), naam.length() - ".url".length());
            if (code.isEmpty() || code.length() > 12) {
                continue;
            }
            Ketenpartner partner = em.find(Ketenpartner.class, code);
            if (partner == null) {
                partner = new Ketenpartner(code, "Ketenpartner " + code);
                em.persist(partner);
            }
            if (partner.endpoint() == null) {
                try {
                    partner.wijzigEndpoint(System.getProperty(naam), "systeemproperty " + naam, klok.nu().toInstant());
                } catch (IllegalArgumentException e) {
                    LOG.warning(() -> naam + " is geen geldig adres en is niet overgenomen: " + e.getMessage());
                }
            }
        }
    }
}
