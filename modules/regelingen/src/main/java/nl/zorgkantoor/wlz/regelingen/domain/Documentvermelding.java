package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** A document attached to a case: type, the date on the document, the file; the content is stored apart. */
@Embeddable
public class Documentvermelding {

    @Column(name = "inhoud_id", nullable = false)
    private long inhoudId;
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private Documenttype type;
    @Column(name = "documentdatum", nullable = false)
    private LocalDate documentdatum;
    @Column(name = "bestandsnaam", nullable = false, length = 200)
    private String bestandsnaam;
    @Column(name = "mime_type", nullable = false, length = 40)
    private String mimeType;
    @Column(name = "grootte", nullable = false)
    private int grootte;
    @Column(name = "toegevoegd_door", nullable = false, length = 100)
    private String toegevoegdDoor;
    @Column(name = "toegevoegd_op", nullable = false)
    private Instant toegevoegdOp;

    protected Documentvermelding() {
    }

    Documentvermelding(long inhoudId, Documenttype type, LocalDate documentdatum, Bestand bestand, String door,
                       Instant op) {
        this.inhoudId = inhoudId;
        this.type = type;
        this.documentdatum = documentdatum;
        this.bestandsnaam = bestand.naam();
        this.mimeType = bestand.mimeType();
        this.grootte = bestand.grootte();
        this.toegevoegdDoor = door;
        this.toegevoegdOp = op;
    }

    public long inhoudId() {
        return inhoudId;
    }

    public Documenttype type() {
        return type;
    }

    public LocalDate documentdatum() {
        return documentdatum;
    }

    public String bestandsnaam() {
        return bestandsnaam;
    }

    public String mimeType() {
        return mimeType;
    }

    public int grootte() {
        return grootte;
    }

    public String toegevoegdDoor() {
        return toegevoegdDoor;
    }

    public Instant toegevoegdOp() {
        return toegevoegdOp;
    }
}
