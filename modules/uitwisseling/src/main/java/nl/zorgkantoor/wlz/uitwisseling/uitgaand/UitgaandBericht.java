package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An iWlz message the zorgkantoor owes a partner. Created in the transaction of the business change, so it is never
 * lost; each failed attempt pushes the next one back (doubling, at most an hour) until the partner answers.
 */
@Entity
@Table(name = "uitgaand_bericht")
public class UitgaandBericht {

    public static final String TE_VERZENDEN = "TE_VERZENDEN";
    public static final String AFGELEVERD = "AFGELEVERD";
    public static final String AFGEWEZEN = "AFGEWEZEN";
    /** A rejected message an administrator sent again as a new message: no longer a work item. */
    public static final String OPNIEUW_VERSTUURD = "OPNIEUW_VERSTUURD";
    /** No endpoint is known for the receiver: not retried, a work item until an administrator sends it again. */
    public static final String ONBESTELBAAR = "ONBESTELBAAR";
    static final Duration MAX_WACHTTIJD = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "uitgaand_bericht_seq", sequenceName = "uitgaand_bericht_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uitgaand_bericht_seq")
    private Long id;

    @Column(nullable = false, length = 6)
    private String berichtsoort;

    @Column(nullable = false, length = 12)
    private String afzender;

    @Column(nullable = false, length = 12)
    private String ontvanger;

    @Column(nullable = false, length = 12)
    private String identificatie;

    @Column(length = 10_000_000)
    private String xml;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(nullable = false)
    private int pogingen;

    @Column(name = "volgende_poging", nullable = false)
    private Instant volgendePoging;

    @Column(name = "laatste_fout", length = 2000)
    private String laatsteFout;

    @Column(name = "retour_codes", length = 4000)
    private String retourCodes;

    @Column(name = "retour_xml", length = 10_000_000)
    private String retourXml;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @Column(name = "afgeleverd_op")
    private Instant afgeleverdOp;

    /** What the zorgkantoor recorded with the message, e.g. why a toewijzing deviates from the client's wish. */
    @Column(length = 600)
    private String toelichting;

    protected UitgaandBericht() {
    }

    /**
     * The Identificatie and the XML follow once the id is known (see {@link #metInhoud}); Hibernate inserts the state
     * of the persist call, so the row starts with a placeholder Identificatie and is updated in the same transaction.
     */
    public UitgaandBericht(String berichtsoort, String afzender, String ontvanger, Instant nu) {
        this.identificatie = "-";
        this.berichtsoort = Objects.requireNonNull(berichtsoort);
        this.afzender = Objects.requireNonNull(afzender);
        this.ontvanger = Objects.requireNonNull(ontvanger);
        this.status = TE_VERZENDEN;
        this.volgendePoging = nu;
        this.aangemaaktOp = nu;
    }

    void metInhoud(String identificatie, String xml) {
        this.identificatie = Objects.requireNonNull(identificatie);
        this.xml = Objects.requireNonNull(xml);
    }

    void metToelichting(String toelichting) {
        this.toelichting = toelichting;
    }

    /** A failed attempt: wait basis × 2^(attempts−1), at most an hour, before the next. */
    void mislukt(String fout, Instant nu, Duration basis) {
        pogingen++;
        laatsteFout = fout == null || fout.length() <= 2000 ? fout : fout.substring(0, 2000);
        Duration wacht = basis.multipliedBy(1L << Math.min(pogingen - 1, 20));
        volgendePoging = nu.plus(wacht.compareTo(MAX_WACHTTIJD) > 0 ? MAX_WACHTTIJD : wacht);
    }

    /** The partner answered: delivered, and rejected when any class has a code other than 0200. */
    void beantwoord(String retourXml, String retourCodes, boolean afgewezen, Instant nu) {
        pogingen++;
        this.retourXml = retourXml;
        this.retourCodes = retourCodes;
        this.status = afgewezen ? AFGEWEZEN : AFGELEVERD;
        this.afgeleverdOp = nu;
        this.laatsteFout = null;
    }

    void onbestelbaar(String reden, Instant nu) {
        this.status = ONBESTELBAAR;
        this.laatsteFout = reden;
        this.volgendePoging = nu;
    }

    /** A message that may be sent again as a new one: rejected by the partner, or undeliverable. */
    boolean isOpnieuwTeVersturen() {
        return AFGEWEZEN.equals(status) || ONBESTELBAAR.equals(status);
    }

    void opnieuwVerstuurd(long nieuwId, Instant nu) {
        this.status = OPNIEUW_VERSTUURD;
        this.laatsteFout = "Opnieuw verstuurd als bericht " + nieuwId + " op " + nu;
    }

    /** The Identificatie of an outgoing message, unique per sender and berichtsoort (TR056): T plus the outbox id. */
    static String identificatieVoor(long id) {
        return "T" + id;
    }

    public Long id() {
        return id;
    }

    public String berichtsoort() {
        return berichtsoort;
    }

    public String afzender() {
        return afzender;
    }

    public String ontvanger() {
        return ontvanger;
    }

    public String identificatie() {
        return identificatie;
    }

    public String xml() {
        return xml;
    }

    public String status() {
        return status;
    }

    public int pogingen() {
        return pogingen;
    }

    public Instant volgendePoging() {
        return volgendePoging;
    }

    public String laatsteFout() {
        return laatsteFout;
    }

    public String retourCodes() {
        return retourCodes;
    }

    public String toelichting() {
        return toelichting;
    }
}
