package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Actie;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One recorded step of a case: what, from which to which state, who, when and why. Never changed afterwards. */
@Embeddable
public class Stap {

    @Enumerated(EnumType.STRING)
    @Column(name = "actie", nullable = false, length = 40)
    private Actie actie;
    @Enumerated(EnumType.STRING)
    @Column(name = "van_status", nullable = false, length = 20)
    private Status van;
    @Enumerated(EnumType.STRING)
    @Column(name = "naar_status", nullable = false, length = 20)
    private Status naar;
    @Column(name = "wie", nullable = false, length = 100)
    private String wie;
    @Column(name = "wanneer", nullable = false)
    private Instant wanneer;
    @Column(name = "waarom", length = 2000)
    private String waarom;

    protected Stap() {
    }

    Stap(Actie actie, Status van, Status naar, String wie, Instant wanneer, String waarom) {
        this.actie = Objects.requireNonNull(actie);
        this.van = Objects.requireNonNull(van);
        this.naar = Objects.requireNonNull(naar);
        this.wie = Objects.requireNonNull(wie);
        this.wanneer = Objects.requireNonNull(wanneer);
        this.waarom = waarom;
    }

    public Actie actie() {
        return actie;
    }

    public Status van() {
        return van;
    }

    public Status naar() {
        return naar;
    }

    public String wie() {
        return wie;
    }

    public Instant wanneer() {
        return wanneer;
    }

    public String waarom() {
        return waarom;
    }
}
