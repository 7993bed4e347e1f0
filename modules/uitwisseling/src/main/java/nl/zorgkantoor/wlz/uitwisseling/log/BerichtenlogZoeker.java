package nl.zorgkantoor.wlz.uitwisseling.log;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtDetail;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtRegel;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtZoekvraag;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtenlogService;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Retourcodes;
import nl.zorgkantoor.wlz.uitwisseling.bericht.XmlWeergave;
import nl.zorgkantoor.wlz.uitwisseling.uitgaand.Herverzending;

/**
 * The message log for people: set-based, paged SQL over {@code uitwisseling.bericht}, always restricted to the
 * caller's zorgkantoorregio (the region comes from the login, never from the request).
 */
@Stateless
@Local(BerichtenlogService.class)
public class BerichtenlogZoeker implements BerichtenlogService {

    private static final String KOLOMMEN = "b.id, b.richting, b.berichtsoort, b.afzender, b.ontvanger, b.identificatie,"
            + " b.status, b.retour_codes, b.ontvangen_op, b.duur_ms, b.regio, b.uitgaand_id, u.status,"
            + " u.toelichting";
    private static final String VAN = " from uitwisseling.bericht b"
            + " left join uitwisseling.uitgaand_bericht u on u.id = b.uitgaand_id";

    @PersistenceContext(unitName = "uitwisseling")
    private EntityManager em;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @EJB
    private Herverzending herverzending;

    @Override
    public Pagina<BerichtRegel> zoek(BerichtZoekvraag vraag, int eerste, int grootte) {
        String regio = eigenRegio();
        StringBuilder waar = new StringBuilder(" where b.regio = ?1");
        List<Object> params = new ArrayList<>(List.of(regio));
        if (vraag.berichtsoort() != null) {
            params.add(vraag.berichtsoort());
            waar.append(" and b.berichtsoort = ?").append(params.size());
        }
        if (vraag.partner() != null) {
            params.add(vraag.partner());
            waar.append(" and (case when b.richting = 'IN' then b.afzender else b.ontvanger end) = ?").append(params.size());
        }
        if (vraag.richting() != null) {
            params.add(vraag.richting());
            waar.append(" and b.richting = ?").append(params.size());
        }
        if (vraag.status() != null) {
            params.add(vraag.status());
            waar.append(" and b.status = ?").append(params.size());
        }
        if (vraag.retourcode() != null) {
            params.add("%," + vraag.retourcode() + ",%");
            waar.append(" and (',' || b.retour_codes || ',') like ?").append(params.size());
        }
        if (vraag.vanaf() != null) {
            params.add(Timestamp.valueOf(vraag.vanaf().atStartOfDay()));
            waar.append(" and b.ontvangen_op >= ?").append(params.size());
        }
        if (vraag.totEnMet() != null) {
            params.add(Timestamp.valueOf(vraag.totEnMet().plusDays(1).atStartOfDay()));
            waar.append(" and b.ontvangen_op < ?").append(params.size());
        }
        if (vraag.bsn() != null) {
            params.add(vraag.bsn());
            waar.append(" and exists (select 1 from uitwisseling.bericht_bsn s where s.bericht_id = b.id and s.bsn = ?")
                    .append(params.size()).append(')');
        }
        return pagina(waar.toString(), params, eerste, grootte);
    }

    @Override
    public Pagina<BerichtRegel> afgewezenBerichten(int eerste, int grootte) {
        String regio = eigenRegio();
        return pagina(" where b.regio = ?1 and b.richting = 'UIT' and u.status in ('AFGEWEZEN', 'ONBESTELBAAR')", List.of(regio), eerste,
                grootte);
    }

    @Override
    public Optional<BerichtDetail> detail(long id) {
        String regio = eigenRegio();
        List<BerichtRegel> regels = regels(" where b.id = ?1 and b.regio = ?2", List.of(id, regio), 0, 1);
        if (regels.isEmpty()) {
            return Optional.empty();
        }
        Berichtlog b = em.find(Berichtlog.class, id);
        List<BerichtDetail.Retourcode> codes = b.retourCodes() == null ? List.of()
                : Arrays.stream(b.retourCodes().split(",")).map(String::trim).filter(c -> !c.isEmpty()).distinct()
                .map(c -> new BerichtDetail.Retourcode(c, Retourcodes.omschrijving(c))).toList();
        return Optional.of(new BerichtDetail(regels.get(0), b.toelichting(), XmlWeergave.ingesprongen(b.heenXml()),
                XmlWeergave.ingesprongen(b.retourXml()), codes));
    }

    @Override
    public long verstuurOpnieuw(long berichtId) {
        BerichtDetail detail = detail(berichtId).orElseThrow(() ->
                new IllegalStateException("Bericht " + berichtId + " bestaat niet of valt buiten uw regio."));
        if (!detail.regel().isOpnieuwTeVersturen()) {
            throw new IllegalStateException("Alleen een uitgaand bericht dat de ontvanger afwees of dat onbestelbaar"
                    + " was kan opnieuw verstuurd worden.");
        }
        return herverzending.opnieuw(detail.regel().uitgaandId());
    }

    /** Only regional staff see messages, and only those of their own zorgkantoorregio. */
    private String eigenRegio() {
        Gebruiker g = huidigeGebruiker.get();
        g.controleerRol(Rollen.MEDEWERKER, Rollen.BEOORDELAAR);
        return g.regioOptioneel().map(r -> r.code()).orElseThrow(() ->
                new nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException("Geen toegang: u hoort bij geen regio."));
    }

    private Pagina<BerichtRegel> pagina(String waar, List<Object> params, int eerste, int grootte) {
        int begrensd = Pagina.begrensd(grootte);
        int start = Math.max(0, eerste);
        Query telling = em.createNativeQuery("select count(*)" + VAN + waar);
        zet(telling, params);
        long totaal = ((Number) telling.getSingleResult()).longValue();
        return new Pagina<>(regels(waar, params, start, begrensd), totaal, start, begrensd);
    }

    private List<BerichtRegel> regels(String waar, List<Object> params, int eerste, int grootte) {
        Query q = em.createNativeQuery("select " + KOLOMMEN + VAN + waar + " order by b.ontvangen_op desc, b.id desc");
        zet(q, params);
        List<?> rijen = q.setFirstResult(eerste).setMaxResults(grootte).getResultList();
        List<BerichtRegel> regels = new ArrayList<>(rijen.size());
        for (Object o : rijen) {
            Object[] r = (Object[]) o;
            regels.add(new BerichtRegel(((Number) r[0]).longValue(), tekst(r[1]), tekst(r[2]), tekst(r[3]),
                    tekst(r[4]), tekst(r[5]), tekst(r[6]), tekst(r[7]), tijdstip(r[8]), ((Number) r[9]).longValue(),
                    tekst(r[10]), r[11] == null ? null : ((Number) r[11]).longValue(), tekst(r[12]), tekst(r[13])));
        }
        return regels;
    }

    private static void zet(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }

    private static String tekst(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static Instant tijdstip(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (o instanceof OffsetDateTime d) {
            return d.toInstant();
        }
        return (Instant) o;
    }
}
