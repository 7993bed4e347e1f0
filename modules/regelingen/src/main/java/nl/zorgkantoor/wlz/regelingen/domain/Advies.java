package nl.zorgkantoor.wlz.regelingen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** An advice asked for a case (the CCE for gedragsproblematiek, RULES M-04) and, once given, its outcome. */
@Embeddable
public class Advies {

    public static final String CCE = "CCE";

    @Column(name = "advies_adviseur", length = 100)
    private String adviseur;
    @Column(name = "advies_vraag", length = 2000)
    private String vraag;
    @Column(name = "advies_gevraagd_op")
    private Instant gevraagdOp;
    @Column(name = "advies_datum")
    private LocalDate adviesdatum;
    @Column(name = "advies_positief")
    private Boolean positief;
    @Column(name = "advies_toelichting", length = 2000)
    private String toelichting;

    protected Advies() {
    }

    Advies(String adviseur, String vraag, Instant gevraagdOp) {
        this.adviseur = adviseur;
        this.vraag = vraag;
        this.gevraagdOp = gevraagdOp;
    }

    Advies metUitkomst(LocalDate datum, boolean positief, String toelichting) {
        Advies a = new Advies(adviseur, vraag, gevraagdOp);
        a.adviesdatum = datum;
        a.positief = positief;
        a.toelichting = toelichting;
        return a;
    }

    public String adviseur() {
        return adviseur;
    }

    public String vraag() {
        return vraag;
    }

    public Instant gevraagdOp() {
        return gevraagdOp;
    }

    public LocalDate adviesdatum() {
        return adviesdatum;
    }

    public Boolean positief() {
        return positief;
    }

    public String toelichting() {
        return toelichting;
    }

    public boolean isVastgelegd() {
        return adviesdatum != null;
    }

    public boolean isVanCce() {
        return CCE.equalsIgnoreCase(adviseur);
    }
}
