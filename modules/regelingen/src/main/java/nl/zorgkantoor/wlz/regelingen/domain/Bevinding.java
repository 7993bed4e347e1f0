package nl.zorgkantoor.wlz.regelingen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The outcome of one rule for one case: which rule (RULES id), met or not, and why in plain Dutch. */
@Embeddable
public class Bevinding {

    @Column(name = "regel", nullable = false, length = 10)
    private String regel;
    @Column(name = "voldaan", nullable = false)
    private boolean voldaan;
    @Column(name = "uitleg", nullable = false, length = 500)
    private String uitleg;

    protected Bevinding() {
    }

    public Bevinding(String regel, boolean voldaan, String uitleg) {
        this.regel = Objects.requireNonNull(regel);
        this.voldaan = voldaan;
        this.uitleg = Objects.requireNonNull(uitleg);
    }

    public static Bevinding voldaan(String regel, String uitleg) {
        return new Bevinding(regel, true, uitleg);
    }

    public static Bevinding nietVoldaan(String regel, String uitleg) {
        return new Bevinding(regel, false, uitleg);
    }

    public static Bevinding als(boolean voldaan, String regel, String alsVoldaan, String alsNiet) {
        return new Bevinding(regel, voldaan, voldaan ? alsVoldaan : alsNiet);
    }

    public String regel() {
        return regel;
    }

    public boolean isVoldaan() {
        return voldaan;
    }

    public String uitleg() {
        return uitleg;
    }

    @Override
    public String toString() {
        return regel + (voldaan ? " voldaan: " : " niet voldaan: ") + uitleg;
    }
}
