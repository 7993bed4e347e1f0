package nl.zorgkantoor.wlz.regelingen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;

/**
 * One line of a grant: the yearly amount for one leveringsvorm, so a client with pgb and zorg in natura sees both
 * parts apart (RULES L-02). The grant's total is the sum of its lines.
 */
@Embeddable
public class Besluitregel {

    @Enumerated(EnumType.STRING)
    @Column(name = "leveringsvorm", nullable = false, length = 10)
    private Leveringsvorm leveringsvorm;
    @Column(name = "omschrijving", nullable = false, length = 200)
    private String omschrijving;
    @Column(name = "bedrag_per_jaar", nullable = false, precision = 14, scale = 2)
    private BigDecimal bedragPerJaar;

    protected Besluitregel() {
    }

    public Besluitregel(Leveringsvorm leveringsvorm, String omschrijving, Bedrag bedragPerJaar) {
        this.leveringsvorm = Objects.requireNonNull(leveringsvorm, "leveringsvorm ontbreekt");
        if (omschrijving == null || omschrijving.isBlank()) {
            throw new RegelOvertreding("Elke regel van het besluit heeft een omschrijving.");
        }
        if (bedragPerJaar == null || bedragPerJaar.isNegatief()) {
            throw new RegelOvertreding("Het bedrag voor " + leveringsvorm.omschrijving() + " moet 0 of meer zijn.");
        }
        this.omschrijving = omschrijving.strip();
        this.bedragPerJaar = bedragPerJaar.euro();
    }

    public Leveringsvorm leveringsvorm() {
        return leveringsvorm;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public Bedrag bedragPerJaar() {
        return new Bedrag(bedragPerJaar);
    }
}
