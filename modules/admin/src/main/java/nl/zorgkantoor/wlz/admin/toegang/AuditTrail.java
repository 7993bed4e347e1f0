package nl.zorgkantoor.wlz.admin.toegang;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;

/**
 * The audit trail in the spirit of NEN 7513: who saw or changed which client's data, when, how, and from where —
 * including the attempts that were refused. Lines are appended in their own transaction, so a refused or failed
 * action still leaves its line; they are never updated or deleted. Only a BEHEERDER reads the trail.
 */
@Stateless
public class AuditTrail {

    private static final int CONTROLE_BLOK = 1_000;

    @PersistenceContext(unitName = "toegang")
    private EntityManager em;

    @Inject
    private Klok klok;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    /**
     * Appends a line for the calling user. The chain head is locked for the few milliseconds of the insert, so
     * concurrent requests form one gap-free chain.
     *
     * @param herkomst where the request came from (the remote address as the server saw it)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void leg(Actie actie, boolean toegestaan, Long clientId, String onderwerp, String details,
                    String herkomst) {
        Gebruiker wie = huidigeGebruiker.get();
        Object[] kop = (Object[]) em.createNativeQuery(
                        "select laatste_volgnummer, laatste_hash from toegang.audit_keten where id = 1 for update")
                .getSingleResult();
        long volgnummer = ((Number) kop[0]).longValue() + 1;
        AuditRegel regel = new AuditRegel(volgnummer, klok.nu().toLocalDateTime(), wie.naam(),
                String.join(",", new TreeSet<>(wie.rollen())), wie.regioOptioneel().map(r -> r.code()).orElse(null),
                actie, toegestaan, clientId, onderwerp, details, herkomst, (String) kop[1]);
        em.persist(regel);
        em.createNativeQuery("update toegang.audit_keten set laatste_volgnummer = ?1, laatste_hash = ?2 where id = 1")
                .setParameter(1, volgnummer).setParameter(2, regel.getHash()).executeUpdate();
    }

    /** Newest first, one page. */
    @RolesAllowed(Rollen.BEHEERDER)
    public Pagina<AuditRegel> zoek(AuditZoekvraag vraag, int eerste, int grootte) {
        int begrensd = Pagina.begrensd(grootte);
        Map<String, Object> parameters = new TreeMap<>();
        String where = voorwaarden(vraag, parameters);
        TypedQuery<AuditRegel> rijen = em.createQuery(
                "select a from AuditRegel a" + where + " order by a.volgnummer desc", AuditRegel.class);
        TypedQuery<Long> aantal = em.createQuery("select count(a) from AuditRegel a" + where, Long.class);
        parameters.forEach((k, v) -> {
            rijen.setParameter(k, v);
            aantal.setParameter(k, v);
        });
        return new Pagina<>(rijen.setFirstResult(Math.max(0, eerste)).setMaxResults(begrensd).getResultList(),
                aantal.getSingleResult(), Math.max(0, eerste), begrensd);
    }

    /**
     * Recomputes the hash chain from the first line to the last, in blocks.
     *
     * @return the volgnummer of the first line that does not fit the chain (changed, removed or inserted), or empty
     * when the whole trail is intact
     */
    @RolesAllowed(Rollen.BEHEERDER)
    public Optional<Long> controleerKeten() {
        String vorigeHash = "0".repeat(64);
        long verwacht = 1;
        while (true) {
            List<AuditRegel> blok = em.createQuery(
                            "select a from AuditRegel a where a.volgnummer >= :van order by a.volgnummer", AuditRegel.class)
                    .setParameter("van", verwacht).setMaxResults(CONTROLE_BLOK).getResultList();
            for (AuditRegel regel : blok) {
                if (regel.getVolgnummer() != verwacht || !regel.getVorigeHash().equals(vorigeHash)
                        || !regel.berekenHash().equals(regel.getHash())) {
                    return Optional.of(verwacht);
                }
                vorigeHash = regel.getHash();
                verwacht++;
            }
            em.clear();
            if (blok.size() < CONTROLE_BLOK) {
                Object[] kop = (Object[]) em.createNativeQuery(
                        "select laatste_volgnummer, laatste_hash from toegang.audit_keten where id = 1").getSingleResult();
                boolean kopKlopt = ((Number) kop[0]).longValue() == verwacht - 1 && vorigeHash.equals(kop[1]);
                return kopKlopt ? Optional.empty() : Optional.of(verwacht);
            }
        }
    }

    private static String voorwaarden(AuditZoekvraag vraag, Map<String, Object> parameters) {
        List<String> delen = new ArrayList<>();
        if (vraag.gebruiker() != null && !vraag.gebruiker().isBlank()) {
            delen.add("a.gebruiker = :gebruiker");
            parameters.put("gebruiker", vraag.gebruiker().trim());
        }
        if (vraag.clientId() != null) {
            delen.add("a.clientId = :clientId");
            parameters.put("clientId", vraag.clientId());
        }
        if (vraag.actie() != null) {
            delen.add("a.actie = :actie");
            parameters.put("actie", vraag.actie());
        }
        if (vraag.vanaf() != null) {
            delen.add("a.tijdstip >= :vanaf");
            parameters.put("vanaf", vraag.vanaf().atStartOfDay());
        }
        if (vraag.totEnMet() != null) {
            delen.add("a.tijdstip < :tot");
            parameters.put("tot", vraag.totEnMet().plusDays(1).atStartOfDay());
        }
        return delen.isEmpty() ? "" : " where " + String.join(" and ", delen);
    }
}
