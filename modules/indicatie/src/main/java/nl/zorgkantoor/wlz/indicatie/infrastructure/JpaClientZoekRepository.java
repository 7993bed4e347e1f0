package nl.zorgkantoor.wlz.indicatie.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.zorgkantoor.wlz.indicatie.domain.Client;
import nl.zorgkantoor.wlz.indicatie.domain.ClientZoekRepository;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;

/** JPQL search with a count query beside it; the region is always part of the where clause (index ix_client_regio). */
@ApplicationScoped
public class JpaClientZoekRepository implements ClientZoekRepository {

    @PersistenceContext(unitName = "indicatie")
    private EntityManager em;

    @Override
    public Pagina<Client> zoek(ZorgkantoorRegio regio, String bsn, String naamDeel, LocalDate geboortedatum,
                               Volgorde volgorde, boolean aflopend, int eerste, int grootte) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where c.regioCode = :regio");
        parameters.put("regio", regio.code());
        if (bsn != null) {
            where.append(" and c.bsn = :bsn");
            parameters.put("bsn", bsn);
        }
        if (naamDeel != null) {
            where.append(" and (lower(c.achternaam) like :naam escape '!' or lower(c.voornaam) like :naam escape '!')");
            parameters.put("naam", "%" + naamDeel.toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (geboortedatum != null) {
            where.append(" and c.geboortedatum = :geboortedatum");
            parameters.put("geboortedatum", geboortedatum);
        }
        String richting = aflopend ? " desc" : " asc";
        String order = switch (volgorde) {
            case ACHTERNAAM -> " order by c.achternaam" + richting + ", c.voornaam" + richting + ", c.id" + richting;
            case GEBOORTEDATUM -> " order by c.geboortedatum" + richting + ", c.id" + richting;
            case ID -> " order by c.id" + richting;
        };
        TypedQuery<Client> rijen = em.createQuery("select c from Client c" + where + order, Client.class);
        TypedQuery<Long> aantal = em.createQuery("select count(c) from Client c" + where, Long.class);
        parameters.forEach((naam, waarde) -> {
            rijen.setParameter(naam, waarde);
            aantal.setParameter(naam, waarde);
        });
        return new Pagina<>(rijen.setFirstResult(eerste).setMaxResults(grootte).getResultList(),
                aantal.getSingleResult(), eerste, grootte);
    }
}
