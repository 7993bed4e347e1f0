package nl.zorgkantoor.wlz.regelingen.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The beschikking PDF of a decided case, stored with it. */
@Entity
@Table(name = "beschikking")
class Beschikkingbestand {

    @Id
    @Column(name = "aanvraag_id")
    private Long aanvraagId;
    @Column(name = "pdf", nullable = false)
    private byte[] pdf;
    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    protected Beschikkingbestand() {
    }

    Beschikkingbestand(long aanvraagId, byte[] pdf, Instant aangemaaktOp) {
        this.aanvraagId = aanvraagId;
        this.pdf = pdf;
        this.aangemaaktOp = aangemaaktOp;
    }

    byte[] pdf() {
        return pdf;
    }
}
