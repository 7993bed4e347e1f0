package nl.zorgkantoor.wlz.toezicht.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;
import nl.zorgkantoor.wlz.toezicht.api.Zorglevering;

/**
 * A period in which one aanbieder delivers a zorgprofiel to a client: opened by the AW35 melding aanvang zorg,
 * closed by the AW39 that reports the end (overplaatsing, beëindiging, overdracht). Region, sector and profile are
 * fixed at the start, as the figures per region count them.
 */
@Entity
@Table(name = "zorglevering")
public class Zorgleveringsperiode {

    @Id
    @SequenceGenerator(name = "zorglevering_seq", sequenceName = "zorglevering_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zorglevering_seq")
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "regio_code", nullable = false, length = 4)
    private String regioCode;

    @Column(nullable = false, length = 3)
    private String sector;

    @Column(nullable = false, length = 10)
    private String zorgprofiel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Leveringsvorm leveringsvorm;

    @Column(nullable = false, length = 8)
    private String aanbieder;

    @Column(nullable = false)
    private LocalDate begindatum;

    private LocalDate einddatum;

    @Column(name = "mutatiecode_einde", length = 2)
    private String mutatiecodeEinde;

    @Column(name = "gemeld_op", nullable = false)
    private Instant gemeldOp;

    @Column(nullable = false, length = 100)
    private String bron;

    protected Zorgleveringsperiode() {
    }

    public static Zorgleveringsperiode aanvang(long clientId, ZorgkantoorRegio regio, Zorgprofiel zorgprofiel,
                                               Leveringsvorm leveringsvorm, String aanbieder, LocalDate begindatum,
                                               Instant gemeldOp, String bron) {
        if (regio == null || zorgprofiel == null || leveringsvorm == null || begindatum == null) {
            throw new OngeldigeWachtlijstMelding("Regio, zorgprofiel, leveringsvorm en begindatum zijn nodig om een"
                    + " zorglevering te registreren");
        }
        if (aanbieder == null || !aanbieder.matches("[0-9]{8}")) {
            throw new OngeldigeWachtlijstMelding("AGB-code van de aanbieder moet uit 8 cijfers bestaan: " + aanbieder);
        }
        Zorgleveringsperiode p = new Zorgleveringsperiode();
        p.clientId = clientId;
        p.regioCode = regio.code();
        p.sector = zorgprofiel.sector().name();
        p.zorgprofiel = zorgprofiel.name();
        p.leveringsvorm = leveringsvorm;
        p.aanbieder = aanbieder;
        p.begindatum = begindatum;
        p.gemeldOp = Objects.requireNonNull(gemeldOp, "gemeldOp");
        p.bron = Objects.requireNonNull(bron, "bron");
        return p;
    }

    /**
     * Ends the delivery. An end before the start is not taken over: the aanbieder's AW39 contradicts its own AW35,
     * and the message must still be answered.
     *
     * @return false when it had already ended or the date lies before the start
     */
    public boolean beeindig(LocalDate datum, String mutatiecode) {
        if (einddatum != null || datum.isBefore(begindatum)) {
            return false;
        }
        einddatum = datum;
        mutatiecodeEinde = mutatiecode;
        return true;
    }

    public Zorglevering alsView() {
        return new Zorglevering(clientId, aanbieder, Zorgprofiel.valueOf(zorgprofiel), leveringsvorm, begindatum,
                einddatum, mutatiecodeEinde, bron);
    }

    public String zorgprofiel() {
        return zorgprofiel;
    }
}
