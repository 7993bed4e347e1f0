package nl.zorgkantoor.wlz.regelingen.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.domain.Regelingaanvraag;
import nl.zorgkantoor.wlz.regelingen.domain.RegelingaanvraagRepository;

/**
 * The cases in schema regelingen, through JPA; runs in the caller's transaction.
 *
 * <p>A session bean, not a CDI bean: the EAR initialises its modules in order, and Weld would resolve a CDI bean's
 * {@code @PersistenceContext} before this module's persistence unit exists, failing the whole deployment.
 */
@Stateless
public class JpaRegelingaanvraagRepository implements RegelingaanvraagRepository {

    private static final Set<Status> LOPEND = EnumSet.of(Status.ONTVANGEN, Status.IN_BEHANDELING,
            Status.ADVIES_GEVRAAGD, Status.TOEGEKEND);

    @PersistenceContext(unitName = "regelingen")
    private EntityManager em;

    @Override
    public Optional<Regelingaanvraag> vind(long id) {
        return Optional.ofNullable(em.find(Regelingaanvraag.class, id));
    }

    @Override
    public Regelingaanvraag bewaar(Regelingaanvraag aanvraag) {
        if (aanvraag.id() == null) {
            em.persist(aanvraag);
        }
        // Write now: a concurrent decision by someone else fails here, inside the use case, not at commit.
        em.flush();
        return aanvraag;
    }

    @Override
    public Set<Soort> lopendeToekenningen(long clientId, LocalDate peildatum, Long behalve) {
        List<Soort> soorten = em.createQuery("select distinct a.soort from Regelingaanvraag a where a.clientId = :c"
                        + " and a.status = :toegekend and a.besluit.ingangsdatum <= :d"
                        + " and (a.besluit.einddatum is null or a.besluit.einddatum >= :d) and a.id <> :behalve",
                        Soort.class)
                .setParameter("c", clientId).setParameter("toegekend", Status.TOEGEKEND).setParameter("d", peildatum)
                .setParameter("behalve", behalve == null ? -1L : behalve).getResultList();
        return soorten.isEmpty() ? Set.of() : EnumSet.copyOf(soorten);
    }

    @Override
    public boolean heeftLopendeMeerzorg(long clientId) {
        return em.createQuery("select count(a) from Regelingaanvraag a where a.clientId = :c and a.soort = :s"
                        + " and a.status in :lopend", Long.class)
                .setParameter("c", clientId).setParameter("s", Soort.MEERZORG).setParameter("lopend", LOPEND)
                .getSingleResult() > 0;
    }

    @Override
    public List<Long> teVerlopen(LocalDate vandaag, int max) {
        return em.createQuery("select a.id from Regelingaanvraag a where a.status = :toegekend"
                        + " and a.besluit.einddatum < :vandaag order by a.id", Long.class)
                .setParameter("toegekend", Status.TOEGEKEND).setParameter("vandaag", vandaag)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Regelingaanvraag> vanClient(long clientId) {
        return em.createQuery("select a from Regelingaanvraag a where a.clientId = :c order by a.id desc",
                Regelingaanvraag.class).setParameter("c", clientId).getResultList();
    }

    @Override
    public long bewaarInhoud(byte[] inhoud) {
        Documentinhoud d = new Documentinhoud(inhoud);
        em.persist(d);
        return d.id();
    }

    @Override
    public Optional<byte[]> inhoud(long inhoudId) {
        return Optional.ofNullable(em.find(Documentinhoud.class, inhoudId)).map(Documentinhoud::inhoud);
    }

    @Override
    public void bewaarBeschikking(long aanvraagId, byte[] pdf, Instant op) {
        em.persist(new Beschikkingbestand(aanvraagId, pdf, op));
    }

    @Override
    public Optional<byte[]> beschikking(long aanvraagId) {
        return Optional.ofNullable(em.find(Beschikkingbestand.class, aanvraagId)).map(Beschikkingbestand::pdf);
    }
}
