package nl.zorgkantoor.wlz.uitwisseling.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One message that crossed the border of the zorgkantoor, in or out, with its raw XML, its retour and what the
 * exchange made of it. Written in the same transaction as the business change it caused, so the log and the data
 * never disagree.
 */
@Entity
@Table(name = "bericht")
public class Berichtlog {

    /** What became of a message. */
    public enum Status {
        /** Checked; the retour says per class what was found, the clean classes are stored. */
        VERWERKT,
        /** Rejected as a whole (0001): not parseable, schema-invalid, too large, wrong header. */
        AFGEKEURD,
        /** The same message again (TR056): the stored retour was returned, nothing changed. */
        HERHAALD,
        /** Another message reusing an Identificatie (TR056, 9056): nothing stored. */
        DUBBELE_IDENTIFICATIE,
        /** An outbound message without an endpoint for its receiver: a work item, not retried. */
        ONBESTELBAAR
    }

    /**
     * Drawn from bericht_seq by {@link BerichtlogRepository} before the row is written: an inbound message's retour
     * carries "R" + id, so the row can be inserted once, complete, after its retour exists.
     */
    @Id
    private Long id;

    // What the message was is written once; an inbound row is completed with its retour after it got its id (the
    // retour carries "R" + id), and that update must not send the heenbericht again.
    @Column(nullable = false, length = 3, updatable = false)
    private String richting;

    @Column(nullable = false, length = 6, updatable = false)
    private String berichtsoort;

    @Column(nullable = false, length = 12, updatable = false)
    private String afzender;

    @Column(length = 12, updatable = false)
    private String ontvanger;

    @Column(length = 12, updatable = false)
    private String identificatie;

    @Column(name = "inhoud_hash", nullable = false, length = 64, updatable = false)
    private String inhoudHash;

    @Column(nullable = false, length = 30)
    private String status;

    @Column(name = "retour_codes", length = 4000)
    private String retourCodes;

    @Column(length = 2000)
    private String toelichting;

    @Column(name = "heen_xml", length = 10_000_000, updatable = false)
    private String heenXml;

    @Column(name = "retour_xml", length = 10_000_000)
    private String retourXml;

    @Column(name = "ontvangen_op", nullable = false, updatable = false)
    private Instant ontvangenOp;

    @Column(name = "duur_ms", nullable = false)
    private long duurMs;

    /** The zorgkantoorregio of the message (its zorgkantoorcode); null when the header could not be read. */
    @Column(length = 4)
    private String regio;

    /** For an outbound message: its row in the outbox. */
    @Column(name = "uitgaand_id")
    private Long uitgaandId;

    protected Berichtlog() {
    }

    public Berichtlog(String richting, String berichtsoort, String afzender, String ontvanger, String identificatie,
                      String inhoudHash, String heenXml, Instant ontvangenOp) {
        this.richting = Objects.requireNonNull(richting);
        this.berichtsoort = Objects.requireNonNull(berichtsoort);
        this.afzender = Objects.requireNonNull(afzender);
        this.ontvanger = ontvanger;
        this.identificatie = identificatie;
        this.inhoudHash = Objects.requireNonNull(inhoudHash);
        this.heenXml = heenXml;
        this.ontvangenOp = Objects.requireNonNull(ontvangenOp);
        this.status = Status.VERWERKT.name();
    }

    /** Records the outcome: status, the codes of the retour (a short summary), the retour itself and the time taken. */
    public void afgerond(Status status, String retourCodes, String toelichting, String retourXml, long duurMs) {
        this.status = status.name();
        this.retourCodes = afgekapt(retourCodes, 4000);
        this.toelichting = afgekapt(toelichting, 2000);
        this.retourXml = retourXml;
        this.duurMs = duurMs;
    }

    void nummer(long nummer) {
        id = nummer;
    }

    /** The region isolation of the message log: which zorgkantoorregio's staff may see this message. */
    public void inRegio(String zorgkantoorcode) {
        this.regio = zorgkantoorcode;
    }

    public void vanUitgaand(long uitgaandId) {
        this.uitgaandId = uitgaandId;
    }

    private static String afgekapt(String tekst, int max) {
        return tekst == null || tekst.length() <= max ? tekst : tekst.substring(0, max);
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

    public String identificatie() {
        return identificatie;
    }

    String inhoudHash() {
        return inhoudHash;
    }

    public Status status() {
        return Status.valueOf(status);
    }

    public String retourCodes() {
        return retourCodes;
    }

    public String toelichting() {
        return toelichting;
    }

    public String heenXml() {
        return heenXml;
    }

    public String retourXml() {
        return retourXml;
    }

    public Instant ontvangenOp() {
        return ontvangenOp;
    }

    public long duurMs() {
        return duurMs;
    }

    public String richting() {
        return richting;
    }

    public String ontvanger() {
        return ontvanger;
    }

    public String regio() {
        return regio;
    }

    public Long uitgaandId() {
        return uitgaandId;
    }
}
