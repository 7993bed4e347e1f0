package nl.zorgkantoor.wlz.regelingen.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagRegel;
import nl.zorgkantoor.wlz.regelingen.api.Aanvraagfilter;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Pagina;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Werksignaal;
import nl.zorgkantoor.wlz.regelingen.api.WerkitemView;

/**
 * The administrators' work items, computed in one set-based query over the cases (indexed on status and the
 * deadline columns) and paged on the server, so it scales to every case of every region.
 *
 * <p>A session bean, not a CDI bean: the EAR initialises its modules in order, and Weld would resolve a CDI bean's
 * {@code @PersistenceContext} before this module's persistence unit exists, failing the whole deployment.
 */
@Stateless
public class Werkvoorraad {

    /** Days ahead in which a nearing deadline becomes a work item. */
    static final int BESLISTERMIJN_VOORUIT_DAGEN = 14;
    static final int HERAANVRAAG_VOORUIT_DAGEN = 30;

    private static final String OPEN = "a.status in ('ONTVANGEN', 'IN_BEHANDELING', 'ADVIES_GEVRAAGD')";
    private static final String ZONDER_HERAANVRAAG = "a.status = 'TOEGEKEND' and not exists (select 1 from"
            + " regelingen.aanvraag h where h.vorige_aanvraag_id = a.id and h.status not in ('AFGEWEZEN', 'INGETROKKEN'))";

    @PersistenceContext(unitName = "regelingen")
    private EntityManager em;

    /** @param regioCode only cases of clients in this region, or null for every region */
    public Pagina<WerkitemView> pagina(LocalDate vandaag, Long clientId, String regioCode, int pagina, int grootte) {
        if (pagina < 0 || grootte < 1 || grootte > 500) {
            throw new IllegalArgumentException("pagina >= 0 en grootte 1..500");
        }
        String filter = (clientId == null ? "" : " and a.client_id = :client")
                + (regioCode == null ? "" : " and a.regio_code = :regio");
        String items = "select a.id, a.client_id, a.soort, a.status, 'BESLISTERMIJN_VERSTREKEN' as signaal,"
                + " a.beslistermijn as datum from regelingen.aanvraag a where " + OPEN
                + " and a.beslistermijn < :vandaag" + filter
                + " union all select a.id, a.client_id, a.soort, a.status, 'BESLISTERMIJN_NADERT',"
                + " a.beslistermijn from regelingen.aanvraag a where " + OPEN
                + " and a.beslistermijn >= :vandaag and a.beslistermijn <= :grensBeslis" + filter
                + " union all select a.id, a.client_id, a.soort, a.status, 'HERAANVRAAG_VERSTREKEN',"
                + " a.heraanvraagdatum from regelingen.aanvraag a where " + ZONDER_HERAANVRAAG
                + " and a.heraanvraagdatum < :vandaag" + filter
                + " union all select a.id, a.client_id, a.soort, a.status, 'HERAANVRAAG_NADERT',"
                + " a.heraanvraagdatum from regelingen.aanvraag a where " + ZONDER_HERAANVRAAG
                + " and a.heraanvraagdatum >= :vandaag and a.heraanvraagdatum <= :grensHeraanvraag" + filter
                + " union all select a.id, a.client_id, a.soort, a.status, 'OVERBRUGGING_LANGER_DAN_NORM',"
                + " a.einddatum from regelingen.aanvraag a where a.soort = 'OVERBRUGGINGSZORG'"
                + " and a.status = 'TOEGEKEND' and a.duur_dagen > a.norm_dagen" + filter;
        Query telling = parameters(em.createNativeQuery("select count(*) from (" + items + ") w"), vandaag, clientId,
                regioCode);
        long totaal = ((Number) telling.getSingleResult()).longValue();
        Query lijst = parameters(em.createNativeQuery("select w.* from (" + items + ") w order by w.datum, w.id"),
                vandaag, clientId, regioCode).setFirstResult(pagina * grootte).setMaxResults(grootte);
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = lijst.getResultList();
        return new Pagina<>(rijen.stream().map(Werkvoorraad::item).toList(), totaal, pagina, grootte);
    }

    /**
     * One page of cases, filtered and sorted in SQL (the sort column comes from a closed enum, never from input).
     *
     * @param regioCode only cases of clients in this region, or null for every region
     */
    public Pagina<AanvraagRegel> aanvragen(Aanvraagfilter f, String regioCode, int pagina, int grootte) {
        StringBuilder waar = new StringBuilder(" from regelingen.aanvraag a where 1 = 1");
        Map<String, Object> param = new HashMap<>();
        if (regioCode != null) {
            waar.append(" and a.regio_code = :regio");
            param.put("regio", regioCode);
        }
        if (f.status() != null) {
            waar.append(" and a.status = :status");
            param.put("status", f.status().name());
        } else if (f.alleenOpen()) {
            waar.append(" and ").append(OPEN);
        }
        if (f.soort() != null) {
            waar.append(" and a.soort = :soort");
            param.put("soort", f.soort().name());
        }
        if (f.clientId() != null) {
            waar.append(" and a.client_id = :client");
            param.put("client", f.clientId());
        }
        String richting = f.aflopend() ? " desc" : " asc";
        String kolom = switch (f.sortering()) {
            case BESLISTERMIJN -> "a.beslistermijn";
            case AANVRAAGDATUM -> "a.aanvraagdatum";
            case AANVRAAGNUMMER -> "a.id";
            case CLIENT -> "a.client_id";
            case SOORT -> "a.soort";
            case STATUS -> "a.status";
        };
        Query telling = em.createNativeQuery("select count(*)" + waar);
        Query lijst = em.createNativeQuery("select a.id, a.client_id, a.soort, a.status, a.aanvrager, a.aanvraagdatum,"
                + " a.beslistermijn, a.regio_code" + waar + " order by " + kolom + richting + ", a.id" + richting);
        param.forEach((k, v) -> {
            telling.setParameter(k, v);
            lijst.setParameter(k, v);
        });
        long totaal = ((Number) telling.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = lijst.setFirstResult(pagina * grootte).setMaxResults(grootte).getResultList();
        return new Pagina<>(rijen.stream().map(r -> new AanvraagRegel(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), Soort.valueOf((String) r[2]), Status.valueOf((String) r[3]),
                Aanvrager.valueOf((String) r[4]), datum(r[5]), datum(r[6]), (String) r[7])).toList(), totaal, pagina,
                grootte);
    }

    private static Query parameters(Query q, LocalDate vandaag, Long clientId, String regioCode) {
        q.setParameter("vandaag", Date.valueOf(vandaag))
                .setParameter("grensBeslis", Date.valueOf(vandaag.plusDays(BESLISTERMIJN_VOORUIT_DAGEN)))
                .setParameter("grensHeraanvraag", Date.valueOf(vandaag.plusDays(HERAANVRAAG_VOORUIT_DAGEN)));
        if (clientId != null) {
            q.setParameter("client", clientId);
        }
        if (regioCode != null) {
            q.setParameter("regio", regioCode);
        }
        return q;
    }

    private static WerkitemView item(Object[] r) {
        return new WerkitemView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), Soort.valueOf((String) r[2]),
                Status.valueOf((String) r[3]), Werksignaal.valueOf(((String) r[4]).trim()), datum(r[5]));
    }

    private static LocalDate datum(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
